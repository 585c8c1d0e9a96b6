import type { Flat, MarginAccount, MarginCall, MarginWarning, Refine, SqlRow } from '@nautilus/db';
import type { MarginUtilizationEvent } from '@nautilus/runtime';
import type { MarginPosition, MarginRequirement, Methodology } from '../domain/margin/types.ts';

/** A `margin_account` row, as resolvers see it (the MarginAccount mapper). */
export type AccountRow = Flat<Refine<
  SqlRow<
    Pick<MarginAccount, 'id' | 'ownerEntityId' | 'name' | 'broker' | 'methodology' | 'currency' | 'houseMultiplier' | 'crossMargin' | 'minimumTransferAmount' | 'callDueHours'>,
    'id' | 'ownerEntityId'
  >,
  { methodology: Methodology }
> & { portfolioIds: string[] }>;

/** One collateral holding (cash or a security) from the `collateral_holding` view. */
export interface HoldingRow {
  instrumentId: string | null;
  symbol: string | null;
  assetClass: string | null;
  currency: string;
  quantity: number;
  rating: string | null;
  /** Years to maturity at load time (bonds). */
  maturity: Date | null;
}

/** A position as loaded: option terms carry the expiry date; time to expiry and volatility are filled in at valuation. */
export interface BookPosition extends MarginPosition {
  optionExpiry?: Date;
}

/**
 * Everything the monitor needs to value one account without a query: the
 * positions of its portfolios, their cash, and the collateral posted.
 */
export interface AccountBook {
  account: AccountRow;
  /** Positions netted across the account's portfolios; `price` is filled in from the price map. */
  positions: BookPosition[];
  /** Cash of the linked portfolios (negative = a margin loan). */
  cash: number;
  holdings: HoldingRow[];
  /** Instruments whose price moves this account: positions, option underlyings, collateral securities. */
  instrumentIds: string[];
}

/** The live evaluation of an account at some prices. */
export interface AccountEvaluation {
  accountId: string;
  /** Epoch ms of the latest price used. */
  asOf: number;
  marketValue: number;
  cash: number;
  collateralMarketValue: number;
  collateralValue: number;
  equity: number;
  requirement: MarginRequirement;
  houseRequirement: number;
  minimumEquity: number;
  excess: number;
  buyingPower: number;
  dayTradingBuyingPower: number;
  utilization: number;
  /** The kind of call the figures warrant now (before hysteresis), or null. */
  breach: { kind: MarginCallKindName; requirement: number; deficit: number } | null;
}

export type MarginCallKindName = 'MAINTENANCE' | 'HOUSE' | 'REGULATORY';
export type MarginCallStatusName = 'OPEN' | 'MET' | 'ESCALATED' | 'LIQUIDATED';

/** A `margin_call` row (the MarginCall mapper). */
export type MarginCallRow = Refine<
  SqlRow<
    Pick<MarginCall, 'id' | 'accountId' | 'kind' | 'status' | 'amountDue' | 'minimumTransferAmount' | 'equity' | 'requirement' | 'raisedAt' | 'dueAt' | 'acknowledgedAt' | 'closedAt' | 'liquidationPlan'>,
    'accountId'
  >,
  { kind: MarginCallKindName; status: MarginCallStatusName; liquidationPlan: StoredLiquidationPlan }
>;

export interface StoredLiquidationPlan {
  steps: Array<{ instrumentId: string; symbol: string; quantity: number; value: number; cost: number; requirementReleased: number }>;
  totalCost: number;
  cured: boolean;
  remainingDeficit: number;
}

/** A `margin_warning` row (the MarginWarning mapper). */
export type MarginWarningRow = Flat<Refine<
  SqlRow<Pick<MarginWarning, 'id' | 'accountId' | 'kind' | 'ts' | 'utilization' | 'probability' | 'distanceToCall' | 'horizonDays'>, 'accountId'>,
  { kind: 'PREDICTED' | 'UTILIZATION' }
> & { expectedDaysToCall: MarginWarning['expectedDays'] }>;

/** The MarginUtilization mapper: the bus event's figures, with its time as a Date. */
export type UtilizationRecord = Omit<MarginUtilizationEvent, 'ts'> & { ts: Date };

/** The CrossMarginOffset mapper. */
export interface CrossMarginOffsetRecord {
  symbolA: string;
  symbolB: string;
  correlation: number;
  credit: number;
  accountIds: string[];
}

/** The CrossMargin mapper. */
export interface CrossMarginRecord {
  accounts: AccountRow[];
  standalone: number;
  combined: number;
  saving: number;
  offsets: CrossMarginOffsetRecord[];
}

/** The CollateralAllocationLine mapper. */
export interface AllocationLineRecord {
  accountId: string;
  assetId: string;
  marketValue: number;
  collateralValue: number;
  cost: number;
}
