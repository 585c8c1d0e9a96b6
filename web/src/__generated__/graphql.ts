/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddOwnershipInput = {
  ownedId: string | number;
  ownerId: string | number;
  /** In (0, 100]; an entity's owners may hold at most 100% in total. */
  percentage: number;
};

export type AssetClass =
  | 'BOND'
  | 'COMMODITY'
  | 'CRYPTO'
  | 'EQUITY'
  | 'ETF'
  | 'FUTURE'
  | 'FX'
  | 'INDEX'
  | 'OPTION';

/**
 * A backtest: either kind + parameters, or strategyId (its kind, parameters and
 * universe, unless symbols are given). Decisions at the close of bar t fill at the
 * open of bar t+1 in both modes.
 */
export type BacktestInput = {
  fees?: FeeModelInput | null | undefined;
  from: string;
  /** At most 10,000 combinations. */
  grid?: Array<ParameterRangeInput> | null | undefined;
  initialCash?: number | null | undefined;
  interval?: BacktestInterval | null | undefined;
  kind?: string | null | undefined;
  mode?: BacktestMode | null | undefined;
  parameters?: unknown;
  /** Seed of the fill model's randomness (a run is reproducible bit for bit). */
  seed?: number | null | undefined;
  slippage?: SlippageModelInput | null | undefined;
  strategyId?: string | number | null | undefined;
  symbols?: Array<string> | null | undefined;
  to: string;
};

/** Bar intervals a backtest can run on (both are stored by marketdata). */
export type BacktestInterval =
  | 'D1'
  | 'M1';

export type BacktestMode =
  /** Bar by bar through the order engine (the one paper trading uses): every order type. */
  | 'EVENT'
  /** Whole arrays at once (positions from signals, returns from positions): fastest, market orders only. */
  | 'VECTORIZED';

export type BacktestStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/**
 * Bar intervals. M1 and D1 are stored; M5, M15 and H1 are aggregated from M1
 * bars in SQL at query time (TimescaleDB time_bucket, or date_bin on plain
 * PostgreSQL).
 */
export type BarInterval =
  | 'D1'
  | 'H1'
  | 'M1'
  | 'M5'
  | 'M15';

/** Take-profit and stop-loss children of a bracket: placed once the entry fills, one cancels the other. */
export type BracketInput = {
  stopLossPrice?: number | null | undefined;
  takeProfitPrice?: number | null | undefined;
};

export type CashEntryKind =
  | 'DEPOSIT'
  | 'FEE'
  | 'TRADE'
  | 'WITHDRAWAL';

export type CashInput = {
  /** Positive amount. */
  amount: number;
  portfolioId: string | number;
  ts?: string | null | undefined;
};

export type CollateralAssetInput = {
  assetId: string;
  available: number;
  /** Annual funding or opportunity cost per unit of market value. */
  costRate: number;
  eligibleAccountIds?: Array<string | number> | null | undefined;
  /** e.g. cash, govt, equity: the group limits refer to it. */
  group: string;
  /** 0 ≤ haircut < 1. */
  haircut: number;
};

export type CollateralGroupLimitInput = {
  group: string;
  maxShare: number;
};

export type CollateralKind =
  | 'CASH'
  | 'SECURITY';

export type CollateralMovementInput = {
  accountId: string | number;
  /** Cash currency (defaults to the account's). */
  currency?: string | null | undefined;
  maturity?: string | null | undefined;
  note?: string | null | undefined;
  /** Units of the security, or the cash amount; must be positive. */
  quantity: number;
  /** Bond rating (AAA…D) stated at deposit; drives the haircut. */
  rating?: string | null | undefined;
  /** Security to move; omit for cash. */
  symbol?: string | null | undefined;
};

export type CollateralRequirementInput = {
  accountId: string | number;
  /** Collateral value to cover; defaults to the account's house requirement. */
  amount?: number | null | undefined;
  groupLimits?: Array<CollateralGroupLimitInput> | null | undefined;
  /** No single asset may cover more than this share of the requirement. */
  maxSharePerAsset?: number | null | undefined;
};

export type CovarianceEstimator =
  /** RiskMetrics exponentially weighted, zero mean, decay `ewmaLambda`. */
  | 'EWMA'
  | 'LEDOIT_WOLF'
  | 'SAMPLE';

export type CreateEntityInput = {
  kind: EntityKind;
  name: string;
};

export type CreateGoalInput = {
  entityId: string | number;
  name: string;
  portfolioIds: Array<string | number>;
  priority?: number | null | undefined;
  targetAmount: number;
  targetDate: string;
};

export type CreateRiskLimitInput = {
  active?: boolean | null | undefined;
  kind: RiskLimitKind;
  portfolioId: string | number;
  /** > 0; a fraction for CONCENTRATION and DRAWDOWN. */
  threshold: number;
};

export type EntityKind =
  | 'COMPANY'
  | 'FOUNDATION'
  | 'PERSON'
  | 'TRUST';

/** Fees per fill: perShare × quantity + bps of the notional, at least minimum. */
export type FeeModelInput = {
  bps?: number | null | undefined;
  minimum?: number | null | undefined;
  perShare?: number | null | undefined;
};

/** Indicators computed by `Instrument.indicators`. */
export type IndicatorKind =
  /** Wilder's average true range from high, low and close (period 14). */
  | 'ATR'
  /** Bollinger bands of closes: middle SMA ± stdDevs standard deviations (period 20, stdDevs 2). */
  | 'BOLLINGER'
  /** Exponential moving average of closes (period, default 20). */
  | 'EMA'
  /** MACD of closes: fast EMA − slow EMA, its signal EMA and the histogram (12, 26, 9). */
  | 'MACD'
  /** Wilder's relative strength index of closes, 0–100 (period 14). */
  | 'RSI'
  /** Simple moving average of closes (period, default 20). */
  | 'SMA';

/** One indicator to compute; parameters that do not apply to its kind are refused. */
export type IndicatorSpec = {
  /** Fast EMA period, 1–500, less than slow; MACD. */
  fast?: number | null | undefined;
  kind: IndicatorKind;
  /** Look-back in bars, 1–500 (2–500 for Bollinger); SMA, EMA, BOLLINGER, RSI, ATR. */
  period?: number | null | undefined;
  /** Signal EMA period, 1–500; MACD. */
  signal?: number | null | undefined;
  /** Slow EMA period, 2–500; MACD. */
  slow?: number | null | undefined;
  /** Band width in standard deviations, greater than 0 and at most 10; BOLLINGER. */
  stdDevs?: number | null | undefined;
};

export type InstrumentFilter = {
  active?: boolean | null | undefined;
  assetClass?: AssetClass | null | undefined;
  currency?: string | null | undefined;
  exchange?: string | null | undefined;
  /** Case-insensitive match on symbol or name. */
  search?: string | null | undefined;
};

export type MarginCallEventStatus =
  | 'ACKNOWLEDGED'
  | 'ESCALATED'
  | 'LIQUIDATED'
  | 'MET'
  | 'OPEN';

export type MarginCallKind =
  /** Equity below the broker's house requirement (maintenance × houseMultiplier). */
  | 'HOUSE'
  /** Equity below the regulatory maintenance requirement. */
  | 'MAINTENANCE'
  /** Equity below the minimum equity (Reg T $2,000; $25,000 for pattern day traders). */
  | 'REGULATORY';

export type MarginCallResolution =
  | 'LIQUIDATED'
  | 'MET';

export type MarginCallStatus =
  | 'ESCALATED'
  | 'LIQUIDATED'
  | 'MET'
  | 'OPEN';

export type MarginMethodology =
  /** Risk-based: worst loss over a ±15% price × volatility grid per product group (TIMS-like). */
  | 'PORTFOLIO'
  /** Strategy-based: Regulation T initial, FINRA 4210 maintenance, option rules. */
  | 'REG_T';

export type MarginWarningKind =
  /** The Monte Carlo probability of a call within the horizon rose above the threshold. */
  | 'PREDICTED'
  /** Utilisation rose above the warning level. */
  | 'UTILIZATION';

export type OptimizationConstraints = {
  /** Benchmark for MIN_TRACKING_ERROR and maxTrackingError (default: the portfolio's benchmarkSymbol). */
  benchmarkSymbol?: string | null | undefined;
  covariance?: CovarianceEstimator | null | undefined;
  /** Confidence α in (0, 1) of the CVaR minimised by MEAN_CVAR and reported for every method. */
  cvarConfidence?: number | null | undefined;
  /** Decay λ in (0, 1) of the EWMA covariance (RiskMetrics daily: 0.94). */
  ewmaLambda?: number | null | undefined;
  /** Minimum and/or maximum total weight per group of holdings (not for RISK_PARITY / HRP). */
  groups?: Array<WeightGroup> | null | undefined;
  longOnly?: boolean | null | undefined;
  /** Trading days of history used (default 252, at least 30). */
  lookbackDays?: number | null | undefined;
  /**
   * Largest annualised tracking error (volatility of the portfolio's return
   * minus the benchmark's) against the benchmark (not for RISK_PARITY / HRP).
   */
  maxTrackingError?: number | null | undefined;
  /**
   * Largest Σ|wᵢ − w₀ᵢ| against the current weights w₀ (holdings at latest
   * prices over their total, cash excluded), in [0, 2] (not for RISK_PARITY / HRP).
   */
  maxTurnover?: number | null | undefined;
  maxWeight?: number | null | undefined;
  minWeight?: number | null | undefined;
  /** Annualised risk-free rate (MAX_SHARPE and the reported Sharpe). */
  riskFreeRate?: number | null | undefined;
  /** Annualised target return (TARGET_RETURN; optional floor for MEAN_CVAR). */
  targetReturn?: number | null | undefined;
  /** Annualised target volatility (TARGET_VOLATILITY). */
  targetVolatility?: number | null | undefined;
};

export type OptimizationMethod =
  /**
   * Black-Litterman: equilibrium returns π = δΣw_mkt blended with the views of
   * the `blackLitterman` argument, then its `objective` (max Sharpe by default)
   * on the posterior returns and covariance.
   */
  | 'BLACK_LITTERMAN'
  | 'HRP'
  | 'MAX_SHARPE'
  /**
   * Minimise the historical CVaR at `cvarConfidence` of the daily loss over the
   * lookback's returns (Rockafellar-Uryasev LP); with `targetReturn`, subject to
   * an annualised expected return of at least that.
   */
  | 'MEAN_CVAR'
  /** Minimise the tracking error against the benchmark (`benchmarkSymbol`, else the portfolio's). */
  | 'MIN_TRACKING_ERROR'
  | 'MIN_VARIANCE'
  | 'RISK_PARITY'
  | 'TARGET_RETURN'
  | 'TARGET_VOLATILITY';

/** One more order of an OCO group (same portfolio and symbol as the order placed). */
export type OrderLegInput = {
  expireAt?: string | null | undefined;
  limitPrice?: number | null | undefined;
  quantity: number;
  side: OrderSide;
  stopPrice?: number | null | undefined;
  timeInForce?: TimeInForce | null | undefined;
  trailAmount?: number | null | undefined;
  trailPercent?: number | null | undefined;
  type: OrderType;
};

export type OrderSide =
  | 'BUY'
  | 'SELL';

export type OrderStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'FILLED'
  | 'PARTIALLY_FILLED'
  | 'REJECTED'
  | 'SUBMITTED'
  /** A stop, stop-limit or trailing stop whose trigger was reached (working as a market or limit order). */
  | 'TRIGGERED';

export type OrderType =
  | 'LIMIT'
  | 'MARKET'
  | 'MARKET_ON_CLOSE'
  | 'MARKET_ON_OPEN'
  | 'STOP'
  | 'STOP_LIMIT'
  | 'TRAILING_STOP';

/** One parameter of a sweep and the values it takes; the grid is the product of all. */
export type ParameterRangeInput = {
  name: string;
  values: Array<unknown>;
};

export type PlaceOrderInput = {
  bracket?: BracketInput | null | undefined;
  /** Required for GTD. */
  expireAt?: string | null | undefined;
  /** Required for LIMIT and STOP_LIMIT. */
  limitPrice?: number | null | undefined;
  /** Further orders in the same symbol placed with this one as an OCO group: the first fill cancels the others. */
  oco?: Array<OrderLegInput> | null | undefined;
  portfolioId: string | number;
  /** Positive. */
  quantity: number;
  /**
   * Only reduces the portfolio's position (checked against it at placement: an
   * order that would not reduce it is REJECTED, a larger one is capped at it).
   */
  reduceOnly?: boolean | null | undefined;
  side: OrderSide;
  /** Required for STOP and STOP_LIMIT. */
  stopPrice?: number | null | undefined;
  /** The strategy the order is for, if any. */
  strategyId?: string | number | null | undefined;
  symbol: string;
  timeInForce?: TimeInForce | null | undefined;
  /** TRAILING_STOP: one of trailAmount (price units) or trailPercent (0..100). */
  trailAmount?: number | null | undefined;
  trailPercent?: number | null | undefined;
  type: OrderType;
};

export type RecordTradesInput = {
  portfolioId: string | number;
  /** 1..1000 trades, checked in ts order, written all or none. */
  trades: Array<TradeInput>;
};

export type RiskLimitKind =
  /** Largest |e_i| / Σ|e_i| of one position above threshold (fraction, e.g. 0.25). */
  | 'CONCENTRATION'
  /** Largest peak-to-trough drawdown of the lookback P&L path above threshold (fraction). */
  | 'DRAWDOWN'
  /** Gross exposure Σ|e_i| above threshold (currency; e_i = value, delta-adjusted for options). */
  | 'EXPOSURE'
  /** Report VaR above threshold (currency). */
  | 'VAR';

export type RiskValuation =
  /** Last daily close on or before a past asOf (options without one: Black-Scholes value). */
  | 'CLOSE'
  /** Live last prices from marketdata (asOf omitted or now). */
  | 'LIVE';

export type SignalDirection =
  | 'FLAT'
  | 'LONG'
  | 'SHORT';

export type SlippageKind =
  /** A share of the fill bar's high-low range against the order (paper trading: of the quote's spread). */
  | 'BAR_RANGE'
  /** A fixed number of basis points against the order. */
  | 'BPS'
  /** Impact growing with the order's share of the bar's volume: bps × sqrt(quantity / volume). */
  | 'VOLUME';

export type SlippageModelInput = {
  kind: SlippageKind;
  /** bps for BPS and VOLUME, the share (0..1) for BAR_RANGE. */
  value: number;
};

export type StrategyStatus =
  /** Emits live signals on the clock (and places paper orders when autoTrade is on). */
  | 'ACTIVE'
  /** Configured but idle. */
  | 'PAUSED';

export type TargetWeight = {
  symbol: string;
  weight: number;
};

export type TimeInForce =
  | 'DAY'
  | 'FOK'
  | 'GTC'
  | 'GTD'
  | 'IOC';

export type TradeInput = {
  /**
   * Idempotency key of the system that recorded it (at most 32 characters, e.g.
   * `strategy-fill:42` for a paper fill): a trade this portfolio already holds
   * under the key is answered as stored and not written again.
   */
  externalId?: string | null | undefined;
  /** Zero or more (default 0). */
  fees?: number | null | undefined;
  /** Positive, at most 10 decimal places. */
  price: number;
  /** Positive, at most 10 decimal places. */
  quantity: number;
  side: TradeSide;
  symbol: string;
  /** When it executed: not more than 5 minutes in the future. */
  ts: string;
};

export type TradeSide =
  | 'BUY'
  | 'SELL';

export type TrafficLight =
  | 'GREEN'
  | 'RED'
  | 'YELLOW';

export type UpdateRiskLimitInput = {
  active?: boolean | null | undefined;
  threshold?: number | null | undefined;
};

export type VaRMethod =
  /** Delta-normal with a Cornish-Fisher skew/kurtosis adjusted quantile (Zangari 1996). */
  | 'CORNISH_FISHER'
  /**
   * Delta-gamma-normal: P&L ≈ δᵀr + ½rᵀΓr with r ~ N(0, hΣ); the exact mean,
   * variance, skewness and kurtosis of that quadratic form feed a
   * Cornish-Fisher quantile (Zangari 1996; Jorion, Value at Risk, "VaR Methods").
   * Equals PARAMETRIC for a book without options.
   */
  | 'DELTA_GAMMA'
  /** Historical with EWMA (λ = 0.94) volatility rescaling (Hull & White 1998). */
  | 'FILTERED_HISTORICAL'
  /** Empirical quantile of portfolio P&L over the lookback, scaled by √horizon (options: δ·r + ½Γr² per day). */
  | 'HISTORICAL'
  /** Correlated normal shocks via accel portfolioRisk (seeded); options at their dollar delta (linear). */
  | 'MONTE_CARLO'
  /** Delta-normal: z·σ_p (Jorion ch. 7), options at their dollar delta. */
  | 'PARAMETRIC';

/**
 * A limit on the total weight of a set of holdings: either listed `symbols` or
 * every holding of an `assetClass` (marketdata's instrument class: equity, etf,
 * index, fx, crypto, commodity, bond, future, option). Give exactly one.
 */
export type WeightGroup = {
  assetClass?: string | null | undefined;
  maxWeight?: number | null | undefined;
  minWeight?: number | null | undefined;
  /** Used in messages. */
  name: string;
  symbols?: Array<string> | null | undefined;
};

export type LiveQuotesSubscriptionVariables = Exact<{
  symbols: Array<string> | string;
}>;


export type LiveQuotesSubscription = { quotes: { symbol: string, bid: number, ask: number, last: number, ts: string } };

export type LiveMarginUtilizationSubscriptionVariables = Exact<{
  accountId: string | number;
}>;


export type LiveMarginUtilizationSubscription = { marginUtilization: { accountId: string, equity: number, maintenanceRequirement: number, houseRequirement: number, excess: number, utilization: number, inCall: boolean, ts: string } };

export type LiveMarginCallsSubscriptionVariables = Exact<{
  accountIds?: Array<string | number> | string | number | null | undefined;
}>;


export type LiveMarginCallsSubscription = { marginCallRaised: { id: string, kind: MarginCallKind, amountDue: number, dueAt: string, raisedAt: string, account: { id: string, name: string } } };

export type LiveMarginWarningsSubscriptionVariables = Exact<{
  accountIds?: Array<string | number> | string | number | null | undefined;
}>;


export type LiveMarginWarningsSubscription = { marginWarning: { id: string, kind: MarginWarningKind, probability: number | null, utilization: number, ts: string, account: { id: string, name: string } } };

export type FamilyPageQueryVariables = Exact<{ [key: string]: never; }>;


export type FamilyPageQuery = { entities: Array<{ id: string, name: string, kind: EntityKind, owns: Array<{ percentage: number, owned: { id: string } }>, ownedBy: Array<{ percentage: number, owner: { id: string, name: string } }>, portfolios: Array<{ id: string, name: string }> }> };

export type FamilyEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type FamilyEntityQuery = { entity: { id: string, name: string, kind: EntityKind, consolidated: { cash: number, portfolios: Array<{ share: number, portfolio: { id: string, name: string } }>, positions: Array<{ symbol: string, quantity: number, costBasis: number, instrument: { id: string, lastPrice: number | null, assetClass: AssetClass, multiplier: number, latestQuote: { ts: string } | null, bars: Array<{ ts: string, close: number }> } }> } } | null };

export type FamilyGoalsQueryVariables = Exact<{
  id: string | number;
}>;


export type FamilyGoalsQuery = { entity: { id: string, goals: Array<{ id: string, name: string, targetAmount: number, targetDate: string, priority: number, portfolios: Array<{ id: string, name: string }>, progress: { currentValue: number, fundedRatio: number, yearsRemaining: number, drift: number, volatility: number, probabilityOfReaching: number, standardError: number, paths: number } }> } | null };

export type FamilyCreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type FamilyCreateGoalMutation = { createGoal: { id: string, name: string } };

export type FamilyCreateEntityMutationVariables = Exact<{
  input: CreateEntityInput;
}>;


export type FamilyCreateEntityMutation = { createEntity: { id: string, name: string } };

export type FamilyAddOwnershipMutationVariables = Exact<{
  input: AddOwnershipInput;
}>;


export type FamilyAddOwnershipMutation = { addOwnership: { percentage: number } };

export type MarginAccountDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type MarginAccountDetailQuery = { marginAccount: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number, owner: { id: string, name: string, crossMargin: { standalone: number, combined: number, saving: number, accounts: Array<{ id: string, name: string }>, offsets: Array<{ symbolA: string, symbolB: string, correlation: number, credit: number }> } }, portfolios: Array<{ id: string, name: string }>, status: { equity: number, marketValue: number, cash: number, collateralValue: number, initialRequirement: number, maintenanceRequirement: number, houseRequirement: number, concentrationAddOn: number, excess: number, buyingPower: number, utilization: number, inCall: boolean, asOf: string }, requirementLines: Array<{ symbol: string, rule: string, initial: number, maintenance: number }>, collateral: { marketValue: number, collateralValue: number, holdings: Array<{ kind: CollateralKind, symbol: string | null, currency: string, quantity: number, price: number, marketValue: number, haircut: number, collateralValue: number, eligible: boolean, reason: string | null }> }, liveCall: { id: string, kind: MarginCallKind, amountDue: number, dueAt: string } | null, calls: Array<{ id: string, kind: MarginCallKind, status: MarginCallStatus, amountDue: number, equity: number, requirement: number, raisedAt: string, dueAt: string, acknowledgedAt: string | null, closedAt: string | null, history: Array<{ status: MarginCallEventStatus, ts: string, note: string | null }> }>, warnings: Array<{ id: string, kind: MarginWarningKind, ts: string, utilization: number, probability: number | null }> } | null };

export type AccountCallRaisedSubscriptionVariables = Exact<{
  accountIds?: Array<string | number> | string | number | null | undefined;
}>;


export type AccountCallRaisedSubscription = { marginCallRaised: { id: string } };

export type AccountWarningSubscriptionVariables = Exact<{
  accountIds?: Array<string | number> | string | number | null | undefined;
}>;


export type AccountWarningSubscription = { marginWarning: { id: string } };

export type MarginAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type MarginAccountsQuery = { marginAccounts: Array<{ id: string, name: string, broker: string, currency: string, methodology: MarginMethodology, owner: { id: string, name: string }, portfolios: Array<{ id: string, name: string }>, status: { equity: number, maintenanceRequirement: number, houseRequirement: number, excess: number, buyingPower: number, utilization: number, inCall: boolean, asOf: string }, liveCall: { id: string, kind: MarginCallKind, amountDue: number, dueAt: string } | null }> };

export type MarginCallPredictionQueryVariables = Exact<{
  id: string | number;
  horizonDays?: number | null | undefined;
  paths?: number | null | undefined;
}>;


export type MarginCallPredictionQuery = { marginAccount: { id: string, callPrediction: { probability: number, standardError: number, distanceToCall: number | null, expectedDaysToCall: number | null, alreadyInCall: boolean, horizonDays: number, paths: number, steps: number } } | null };

export type AcknowledgeMarginCallMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type AcknowledgeMarginCallMutation = { acknowledgeMarginCall: { id: string, status: MarginCallStatus, acknowledgedAt: string | null } };

export type ResolveMarginCallMutationVariables = Exact<{
  id: string | number;
  resolution: MarginCallResolution;
  note?: string | null | undefined;
}>;


export type ResolveMarginCallMutation = { resolveMarginCall: { id: string, status: MarginCallStatus, closedAt: string | null } };

export type DepositCollateralMutationVariables = Exact<{
  input: CollateralMovementInput;
}>;


export type DepositCollateralMutation = { depositCollateral: { id: string, status: { equity: number, utilization: number } } };

export type WithdrawCollateralMutationVariables = Exact<{
  input: CollateralMovementInput;
}>;


export type WithdrawCollateralMutation = { withdrawCollateral: { id: string, status: { equity: number, utilization: number } } };

export type OptimizeCollateralQueryVariables = Exact<{
  requirements: Array<CollateralRequirementInput> | CollateralRequirementInput;
  assets: Array<CollateralAssetInput> | CollateralAssetInput;
}>;


export type OptimizeCollateralQuery = { optimizeCollateral: { totalCost: number, naiveCost: number | null, saving: number | null, allocation: Array<{ assetId: string, marketValue: number, collateralValue: number, cost: number }> } };

export type MarketInstrumentQueryVariables = Exact<{
  symbol: string;
}>;


export type MarketInstrumentQuery = { instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, tickSize: number, lastPrice: number | null, latestQuote: { bid: number, ask: number, last: number, ts: string } | null, daily: Array<{ ts: string, close: number }> } | null };

export type MarketBarsQueryVariables = Exact<{
  symbol: string;
  interval: BarInterval;
  limit?: number | null | undefined;
}>;


export type MarketBarsQuery = { instrument: { id: string, bars: Array<{ ts: string, open: number, high: number, low: number, close: number, volume: number }> } | null };

export type MarketIndicatorsQueryVariables = Exact<{
  symbol: string;
  interval: BarInterval;
  limit?: number | null | undefined;
  specs: Array<IndicatorSpec> | IndicatorSpec;
}>;


export type MarketIndicatorsQuery = { instrument: { id: string, indicators: { ts: Array<string>, lines: Array<{ spec: number, label: string, name: string, overlay: boolean, values: Array<number | null> }> } } | null };

export type InstrumentsPageQueryVariables = Exact<{
  filter?: InstrumentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InstrumentsPageQuery = { instruments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, tickSize: number, lastPrice: number | null, latestQuote: { bid: number, ask: number, last: number, ts: string } | null } }> } };

export type WatchedInstrumentQueryVariables = Exact<{
  symbol: string;
}>;


export type WatchedInstrumentQuery = { instrument: { id: string, symbol: string, name: string, tickSize: number, lastPrice: number | null, latestQuote: { last: number, ts: string } | null, daily: Array<{ ts: string, close: number }> } | null };

export type OverviewPageQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewPageQuery = { entities: Array<{ id: string, name: string, kind: EntityKind, ownedBy: Array<{ owner: { id: string } }> }>, portfolios: { totalCount: number, edges: Array<{ node: { id: string, name: string, baseCurrency: string, strategy: string | null, cash: number, owner: { id: string, name: string }, positions: Array<{ id: string, symbol: string, quantity: number, costBasis: number, realizedPnl: number, instrument: { id: string, lastPrice: number | null, multiplier: number, latestQuote: { ts: string } | null, bars: Array<{ ts: string, close: number }> } }> } }> } };

export type OverviewOpenCallsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewOpenCallsQuery = { marginCalls: Array<{ id: string, kind: MarginCallKind, amountDue: number, dueAt: string, raisedAt: string, account: { id: string, name: string, currency: string } }> };

export type OverviewBreachesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OverviewBreachesSubscription = { riskLimitBreached: { id: string, portfolioId: string, value: number, threshold: number, limit: { id: string, kind: RiskLimitKind }, report: { id: string, asOf: string } } };

export type OverviewMarginCallsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OverviewMarginCallsSubscription = { marginCallRaised: { id: string, kind: MarginCallKind, amountDue: number, dueAt: string, raisedAt: string, account: { id: string, name: string, currency: string } } };

export type OverviewMarginWarningsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OverviewMarginWarningsSubscription = { marginWarning: { id: string, kind: MarginWarningKind, ts: string, utilization: number, probability: number | null, account: { id: string, name: string } } };

export type PortfolioCashQueryVariables = Exact<{
  id: string | number;
}>;


export type PortfolioCashQuery = { portfolio: { id: string, cash: number, cashEntries: Array<{ id: string, amount: number, kind: CashEntryKind, ts: string }> } | null };

export type PortfolioDepositMutationVariables = Exact<{
  input: CashInput;
}>;


export type PortfolioDepositMutation = { depositCash: { id: string, amount: number } };

export type PortfolioWithdrawMutationVariables = Exact<{
  input: CashInput;
}>;


export type PortfolioWithdrawMutation = { withdrawCash: { id: string, amount: number } };

export type PortfolioOptimizeQueryVariables = Exact<{
  id: string | number;
  method: OptimizationMethod;
  constraints?: OptimizationConstraints | null | undefined;
}>;


export type PortfolioOptimizeQuery = { optimizePortfolio: { method: OptimizationMethod, expectedReturn: number, volatility: number, sharpe: number, cvar: number, cvarConfidence: number, turnover: number | null, observations: number, weights: Array<{ symbol: string, weight: number }>, frontier: Array<{ expectedReturn: number, volatility: number, sharpe: number }> } };

export type PortfolioRebalanceMutationVariables = Exact<{
  id: string | number;
  targets: Array<TargetWeight> | TargetWeight;
  execute?: boolean | null | undefined;
}>;


export type PortfolioRebalanceMutation = { proposeRebalance: { portfolioValue: number, executed: boolean, trades: Array<{ symbol: string, side: TradeSide, quantity: number, price: number }> } };

export type PortfolioPerformanceQueryVariables = Exact<{
  id: string | number;
}>;


export type PortfolioPerformanceQuery = { portfolio: { id: string, performance: { from: string | null, to: string | null, observations: number, timeWeightedReturn: number | null, moneyWeightedReturn: number | null, annualizedReturn: number | null, volatility: number | null, sharpe: number | null, sortino: number | null, maxDrawdown: number | null, maxDrawdownPeak: string | null, maxDrawdownTrough: string | null, beta: number | null, alpha: number | null, trackingError: number | null, informationRatio: number | null, series: Array<{ date: string, cumulativeReturn: number, benchmarkReturn: number | null }> } } | null };

export type PortfolioDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PortfolioDetailQuery = { portfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, cash: number, owner: { id: string, name: string }, positions: Array<{ id: string, symbol: string, quantity: number, averageCost: number | null, costBasis: number, realizedPnl: number, instrument: { id: string, name: string, lastPrice: number | null, assetClass: AssetClass, multiplier: number, latestQuote: { ts: string } | null, bars: Array<{ ts: string, close: number }> } }> } | null };

export type PortfolioListQueryVariables = Exact<{ [key: string]: never; }>;


export type PortfolioListQuery = { portfolios: { totalCount: number, edges: Array<{ node: { id: string, name: string, strategy: string | null, benchmarkSymbol: string | null, baseCurrency: string, cash: number, owner: { id: string, name: string }, positions: Array<{ id: string, symbol: string, quantity: number, costBasis: number, realizedPnl: number, instrument: { id: string, lastPrice: number | null, multiplier: number, latestQuote: { ts: string } | null, bars: Array<{ ts: string, close: number }> } }> } }> } };

export type PortfolioTradesQueryVariables = Exact<{
  id: string | number;
}>;


export type PortfolioTradesQuery = { portfolio: { id: string, trades: { totalCount: number, edges: Array<{ node: { id: string, symbol: string, side: TradeSide, quantity: number, price: number, fees: number, ts: string } }> } } | null };

export type PortfolioRecordTradesMutationVariables = Exact<{
  input: RecordTradesInput;
}>;


export type PortfolioRecordTradesMutation = { recordTrades: Array<{ id: string, symbol: string, side: TradeSide, quantity: number, price: number }> };

export type RiskBacktestQueryVariables = Exact<{
  id: string | number;
  confidence: number;
  method: VaRMethod;
  lookbackDays: number;
  windowDays: number;
}>;


export type RiskBacktestQuery = { portfolio: { id: string, varBacktest: { confidence: number, method: VaRMethod, windowDays: number, exceptions: number, kupiecStatistic: number, kupiecPValue: number, christoffersenStatistic: number, christoffersenPValue: number, zone: TrafficLight, exceedances: Array<{ date: string, pnl: number, var: number }> } } | null };

export type RiskDistributionQueryVariables = Exact<{
  id: string | number;
  bars: number;
}>;


export type RiskDistributionQuery = { portfolio: { id: string, positions: Array<{ id: string, symbol: string, quantity: number, instrument: { id: string, lastPrice: number | null, multiplier: number, bars: Array<{ ts: string, close: number }> } }> } | null };

export type RiskLimitsQueryVariables = Exact<{
  id: string | number;
}>;


export type RiskLimitsQuery = { portfolio: { id: string, riskLimits: Array<{ id: string, kind: RiskLimitKind, threshold: number, active: boolean, createdAt: string }> } | null };

export type RiskCreateLimitMutationVariables = Exact<{
  input: CreateRiskLimitInput;
}>;


export type RiskCreateLimitMutation = { createRiskLimit: { id: string, kind: RiskLimitKind, threshold: number, active: boolean } };

export type RiskUpdateLimitMutationVariables = Exact<{
  id: string | number;
  input: UpdateRiskLimitInput;
}>;


export type RiskUpdateLimitMutation = { updateRiskLimit: { id: string, threshold: number, active: boolean } };

export type RiskDeleteLimitMutationVariables = Exact<{
  id: string | number;
}>;


export type RiskDeleteLimitMutation = { deleteRiskLimit: { id: string } };

export type RiskLimitBreachesSubscriptionVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type RiskLimitBreachesSubscription = { riskLimitBreached: { id: string, value: number, threshold: number, limit: { id: string, kind: RiskLimitKind }, report: { id: string, asOf: string, method: VaRMethod } } };

export type RiskByMethodQueryVariables = Exact<{
  id: string | number;
  confidence: number;
  horizonDays: number;
  lookbackDays: number;
}>;


export type RiskByMethodQuery = { portfolio: { id: string, historical: { method: VaRMethod, var: number, es: number }, filtered: { method: VaRMethod, var: number, es: number }, parametric: { method: VaRMethod, var: number, es: number }, cornishFisher: { method: VaRMethod, var: number, es: number }, deltaGamma: { method: VaRMethod, var: number, es: number }, monteCarlo: { method: VaRMethod, var: number, es: number } } | null };

export type RiskReportPageQueryVariables = Exact<{
  id: string | number;
  method: VaRMethod;
  confidence: number;
  horizonDays: number;
  lookbackDays: number;
}>;


export type RiskReportPageQuery = { portfolio: { id: string, name: string, baseCurrency: string, riskReport: { id: string, asOf: string, method: VaRMethod, confidence: number, horizonDays: number, var: number, es: number, portfolioValue: number, valuation: RiskValuation, volatility: number, contributions: Array<{ symbol: string, weight: number, marginalVar: number, componentVar: number }>, stress: Array<{ scenario: string, pnl: number, return: number }>, greeks: { delta: number, gamma: number, vega: number, theta: number, rho: number, byUnderlying: Array<{ symbol: string, spot: number, volatility: number, delta: number, gamma: number, vega: number, theta: number }> } | null, exposures: { byAssetClass: Array<{ key: string, gross: number, net: number, share: number }>, byCurrency: Array<{ key: string, gross: number, net: number, share: number }> } | null, correlation: { factors: number, averagePairwise: number | null, strongest: Array<{ symbolA: string, symbolB: string, correlation: number }> } | null, breaches: Array<{ id: string, value: number, threshold: number, limit: { id: string, kind: RiskLimitKind } }>, computedWith: { backend: string, paths: number, millis: number } } } | null };

export type RiskPortfoliosQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskPortfoliosQuery = { portfolios: { edges: Array<{ node: { id: string, name: string, owner: { name: string }, riskLimits: Array<{ id: string, active: boolean }> } }> } };

export type StrategiesRunBacktestMutationVariables = Exact<{
  input: BacktestInput;
}>;


export type StrategiesRunBacktestMutation = { runBacktest: { id: string, status: BacktestStatus, progress: number } };

export type StrategiesCancelBacktestMutationVariables = Exact<{
  id: string | number;
}>;


export type StrategiesCancelBacktestMutation = { cancelBacktest: { id: string, status: BacktestStatus, progress: number, error: string | null } };

export type StrategiesBacktestProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type StrategiesBacktestProgressSubscription = { backtestProgress: { id: string, status: BacktestStatus, progress: number, error: string | null } };

export type StrategiesBacktestQueryVariables = Exact<{
  id: string | number;
}>;


export type StrategiesBacktestQuery = { backtest: { id: string, status: BacktestStatus, progress: number, error: string | null, kind: string, symbols: Array<string>, from: string, to: string, mode: BacktestMode, initialCash: number, metrics: { totalReturn: number | null, cagr: number | null, volatility: number | null, sharpe: number | null, sortino: number | null, maxDrawdown: number | null, winRate: number | null, profitFactor: number | null, tradeCount: number | null, probabilisticSharpe: number | null } | null, equityCurve: Array<{ ts: string, equity: number, drawdown: number }>, trades: Array<{ symbol: string, side: string, quantity: number, entryTs: string, entryPrice: number, exitTs: string | null, exitPrice: number | null, pnl: number | null, returnPct: number | null }>, drawdowns: Array<{ start: string, trough: string, end: string | null, depth: number, length: number }>, sweep: Array<{ parameters: unknown, metrics: { sharpe: number | null, totalReturn: number | null } }> } | null };

export type StrategiesOrdersQueryVariables = Exact<{
  portfolioId: string | number;
}>;


export type StrategiesOrdersQuery = { orders: Array<{ id: string, symbol: string, side: OrderSide, type: OrderType, quantity: number, filledQuantity: number, averagePrice: number | null, limitPrice: number | null, stopPrice: number | null, status: OrderStatus, reason: string | null, createdAt: string, strategy: { name: string } | null }> };

export type StrategiesOrderEventsSubscriptionVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type StrategiesOrderEventsSubscription = { orderEvents: { id: string, orderId: string, status: OrderStatus, reason: string | null, fillQuantity: number | null, fillPrice: number | null, ts: string } };

export type StrategiesPlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type StrategiesPlaceOrderMutation = { placeOrder: { id: string, status: OrderStatus } };

export type StrategiesCancelOrderMutationVariables = Exact<{
  id: string | number;
}>;


export type StrategiesCancelOrderMutation = { cancelOrder: { id: string, status: OrderStatus } };

export type StrategiesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StrategiesPageQuery = { strategies: Array<{ id: string, name: string, kind: string, status: StrategyStatus, autoTrade: boolean, universe: Array<string>, parameters: unknown, portfolio: { id: string, name: string } | null, signals: Array<{ id: string, symbol: string, direction: SignalDirection, strength: number, ts: string }> }>, strategyKinds: Array<{ kind: string, title: string, parameters: Array<{ name: string, type: string, default: number, min: number, max: number }> }> };

export type StrategiesLiveSignalsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StrategiesLiveSignalsSubscription = { signals: { id: string, symbol: string, direction: SignalDirection, strength: number, horizon: string, ts: string, strategy: { id: string, name: string } } };

export type StrategiesSetStatusMutationVariables = Exact<{
  id: string | number;
  status: StrategyStatus;
}>;


export type StrategiesSetStatusMutation = { setStrategyStatus: { id: string, status: StrategyStatus } };

export type SystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemStatusQuery = { system: { checkedAt: string, timeoutMs: number, engines: Array<{ name: string, title: string, description: string, url: string, healthy: boolean, ready: boolean, problem: string | null, version: string | null, nodeVersion: string | null, uptimeSeconds: number | null, accelerated: boolean, metrics: { requests: number, errors: number, meanLatencyMs: number | null, residentMemoryBytes: number | null, cpuSeconds: number | null, errorsByCode: Array<{ code: string, count: number }> } | null }>, acceleration: Array<{ engine: string, devices: Array<{ kind: string, name: string, detail: string }>, backends: Array<{ name: string, available: boolean, reason: string, device: string | null }>, calibration: { path: string | null, note: string, measuredAt: string | null, machine: string | null, entryCount: number, workloads: Array<{ workload: string, size: number, label: string, fastest: string, timings: Array<{ backend: string, ms: number }> }> }, decisions: Array<{ at: string, workload: string, size: number, backend: string, reason: string, failedBackend: string | null }>, failures: Array<{ at: string, backend: string, workload: string, message: string }> }> } };


export const LiveQuotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveQuotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbols"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbols"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbols"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"bid"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}}]}}]}}]} as unknown as DocumentNode<LiveQuotesSubscription, LiveQuotesSubscriptionVariables>;
export const LiveMarginUtilizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveMarginUtilization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marginUtilization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"equity"}},{"kind":"Field","name":{"kind":"Name","value":"maintenanceRequirement"}},{"kind":"Field","name":{"kind":"Name","value":"houseRequirement"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"inCall"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}}]}}]}}]} as unknown as DocumentNode<LiveMarginUtilizationSubscription, LiveMarginUtilizationSubscriptionVariables>;
export const LiveMarginCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveMarginCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marginCallRaised"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LiveMarginCallsSubscription, LiveMarginCallsSubscriptionVariables>;
export const LiveMarginWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveMarginWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marginWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LiveMarginWarningsSubscription, LiveMarginWarningsSubscriptionVariables>;
export const FamilyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"owns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"owned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portfolios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FamilyPageQuery, FamilyPageQueryVariables>;
export const FamilyEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"consolidated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"portfolios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"costBasis"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastPrice"}},{"kind":"Field","name":{"kind":"Name","value":"assetClass"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"latestQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"D1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"close"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FamilyEntityQuery, FamilyEntityQueryVariables>;
export const FamilyGoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyGoals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"portfolios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"fundedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"yearsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}},{"kind":"Field","name":{"kind":"Name","value":"volatility"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityOfReaching"}},{"kind":"Field","name":{"kind":"Name","value":"standardError"}},{"kind":"Field","name":{"kind":"Name","value":"paths"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FamilyGoalsQuery, FamilyGoalsQueryVariables>;
export const FamilyCreateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FamilyCreateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FamilyCreateGoalMutation, FamilyCreateGoalMutationVariables>;
export const FamilyCreateEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FamilyCreateEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEntityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FamilyCreateEntityMutation, FamilyCreateEntityMutationVariables>;
export const FamilyAddOwnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FamilyAddOwnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOwnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOwnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentage"}}]}}]}}]} as unknown as DocumentNode<FamilyAddOwnershipMutation, FamilyAddOwnershipMutationVariables>;
export const MarginAccountDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarginAccountDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marginAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"broker"}},{"kind":"Field","name":{"kind":"Name","value":"methodology"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"houseMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"crossMargin"}},{"kind":"Field","name":{"kind":"Name","value":"minimumTransferAmount"}},{"kind":"Field","name":{"kind":"Name","value":"callDueHours"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"crossMargin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standalone"}},{"kind":"Field","name":{"kind":"Name","value":"combined"}},{"kind":"Field","name":{"kind":"Name","value":"saving"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offsets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbolA"}},{"kind":"Field","name":{"kind":"Name","value":"symbolB"}},{"kind":"Field","name":{"kind":"Name","value":"correlation"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portfolios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equity"}},{"kind":"Field","name":{"kind":"Name","value":"marketValue"}},{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"collateralValue"}},{"kind":"Field","name":{"kind":"Name","value":"initialRequirement"}},{"kind":"Field","name":{"kind":"Name","value":"maintenanceRequirement"}},{"kind":"Field","name":{"kind":"Name","value":"houseRequirement"}},{"kind":"Field","name":{"kind":"Name","value":"concentrationAddOn"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"buyingPower"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"inCall"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirementLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"initial"}},{"kind":"Field","name":{"kind":"Name","value":"maintenance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collateral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketValue"}},{"kind":"Field","name":{"kind":"Name","value":"collateralValue"}},{"kind":"Field","name":{"kind":"Name","value":"holdings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"marketValue"}},{"kind":"Field","name":{"kind":"Name","value":"haircut"}},{"kind":"Field","name":{"kind":"Name","value":"collateralValue"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"liveCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"equity"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}}]}}]}}]} as unknown as DocumentNode<MarginAccountDetailQuery, MarginAccountDetailQueryVariables>;
export const AccountCallRaisedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AccountCallRaised"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marginCallRaised"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccountCallRaisedSubscription, AccountCallRaisedSubscriptionVariables>;
export const AccountWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AccountWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marginWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccountWarningSubscription, AccountWarningSubscriptionVariables>;
export const MarginAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarginAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marginAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"broker"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"methodology"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portfolios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equity"}},{"kind":"Field","name":{"kind":"Name","value":"maintenanceRequirement"}},{"kind":"Field","name":{"kind":"Name","value":"houseRequirement"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"buyingPower"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"inCall"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liveCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]} as unknown as DocumentNode<MarginAccountsQuery, MarginAccountsQueryVariables>;
export const MarginCallPredictionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarginCallPrediction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"horizonDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paths"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marginAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callPrediction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"horizonDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizonDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"paths"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paths"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"standardError"}},{"kind":"Field","name":{"kind":"Name","value":"distanceToCall"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDaysToCall"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyInCall"}},{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"paths"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}}]}}]}}]}}]} as unknown as DocumentNode<MarginCallPredictionQuery, MarginCallPredictionQueryVariables>;
export const AcknowledgeMarginCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeMarginCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeMarginCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeMarginCallMutation, AcknowledgeMarginCallMutationVariables>;
export const ResolveMarginCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveMarginCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarginCallResolution"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveMarginCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<ResolveMarginCallMutation, ResolveMarginCallMutationVariables>;
export const DepositCollateralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepositCollateral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollateralMovementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositCollateral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equity"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}}]}}]}}]}}]} as unknown as DocumentNode<DepositCollateralMutation, DepositCollateralMutationVariables>;
export const WithdrawCollateralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawCollateral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollateralMovementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawCollateral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equity"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawCollateralMutation, WithdrawCollateralMutationVariables>;
export const OptimizeCollateralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OptimizeCollateral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requirements"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollateralRequirementInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assets"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollateralAssetInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optimizeCollateral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requirements"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requirements"}}},{"kind":"Argument","name":{"kind":"Name","value":"assets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assets"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"naiveCost"}},{"kind":"Field","name":{"kind":"Name","value":"saving"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"marketValue"}},{"kind":"Field","name":{"kind":"Name","value":"collateralValue"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}}]}}]}}]} as unknown as DocumentNode<OptimizeCollateralQuery, OptimizeCollateralQueryVariables>;
export const MarketInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assetClass"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"tickSize"}},{"kind":"Field","name":{"kind":"Name","value":"lastPrice"}},{"kind":"Field","name":{"kind":"Name","value":"latestQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bid"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"daily"},"name":{"kind":"Name","value":"bars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"D1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"close"}}]}}]}}]}}]} as unknown as DocumentNode<MarketInstrumentQuery, MarketInstrumentQueryVariables>;
export const MarketBarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketBars"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BarInterval"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}}]}}]}}]} as unknown as DocumentNode<MarketBarsQuery, MarketBarsQueryVariables>;
export const MarketIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BarInterval"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorSpec"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"specs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spec"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"overlay"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketIndicatorsQuery, MarketIndicatorsQueryVariables>;
export const InstrumentsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assetClass"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"exchange"}},{"kind":"Field","name":{"kind":"Name","value":"tickSize"}},{"kind":"Field","name":{"kind":"Name","value":"lastPrice"}},{"kind":"Field","name":{"kind":"Name","value":"latestQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bid"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentsPageQuery, InstrumentsPageQueryVariables>;
export const WatchedInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WatchedInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tickSize"}},{"kind":"Field","name":{"kind":"Name","value":"lastPrice"}},{"kind":"Field","name":{"kind":"Name","value":"latestQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"daily"},"name":{"kind":"Name","value":"bars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"D1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"close"}}]}}]}}]}}]} as unknown as DocumentNode<WatchedInstrumentQuery, WatchedInstrumentQueryVariables>;
export const OverviewPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ownedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portfolios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"costBasis"}},{"kind":"Field","name":{"kind":"Name","value":"realizedPnl"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastPrice"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"latestQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"D1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"close"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewPageQuery, OverviewPageQueryVariables>;
export const OverviewOpenCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewOpenCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marginCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"ESCALATED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewOpenCallsQuery, OverviewOpenCallsQueryVariables>;
export const OverviewBreachesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OverviewBreaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskLimitBreached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"portfolioId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"limit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewBreachesSubscription, OverviewBreachesSubscriptionVariables>;
export const OverviewMarginCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OverviewMarginCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marginCallRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewMarginCallsSubscription, OverviewMarginCallsSubscriptionVariables>;
export const OverviewMarginWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OverviewMarginWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marginWarning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewMarginWarningsSubscription, OverviewMarginWarningsSubscriptionVariables>;
export const PortfolioCashDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioCash"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"cashEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioCashQuery, PortfolioCashQueryVariables>;
export const PortfolioDepositDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortfolioDeposit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CashInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositCash"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<PortfolioDepositMutation, PortfolioDepositMutationVariables>;
export const PortfolioWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortfolioWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CashInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawCash"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<PortfolioWithdrawMutation, PortfolioWithdrawMutationVariables>;
export const PortfolioOptimizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioOptimize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OptimizationMethod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"constraints"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OptimizationConstraints"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optimizePortfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portfolioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"constraints"},"value":{"kind":"Variable","name":{"kind":"Name","value":"constraints"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedReturn"}},{"kind":"Field","name":{"kind":"Name","value":"volatility"}},{"kind":"Field","name":{"kind":"Name","value":"sharpe"}},{"kind":"Field","name":{"kind":"Name","value":"cvar"}},{"kind":"Field","name":{"kind":"Name","value":"cvarConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"turnover"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"frontier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedReturn"}},{"kind":"Field","name":{"kind":"Name","value":"volatility"}},{"kind":"Field","name":{"kind":"Name","value":"sharpe"}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioOptimizeQuery, PortfolioOptimizeQueryVariables>;
export const PortfolioRebalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortfolioRebalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetWeight"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"execute"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeRebalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portfolioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}},{"kind":"Argument","name":{"kind":"Name","value":"execute"},"value":{"kind":"Variable","name":{"kind":"Name","value":"execute"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolioValue"}},{"kind":"Field","name":{"kind":"Name","value":"executed"}},{"kind":"Field","name":{"kind":"Name","value":"trades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioRebalanceMutation, PortfolioRebalanceMutationVariables>;
export const PortfolioPerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"timeWeightedReturn"}},{"kind":"Field","name":{"kind":"Name","value":"moneyWeightedReturn"}},{"kind":"Field","name":{"kind":"Name","value":"annualizedReturn"}},{"kind":"Field","name":{"kind":"Name","value":"volatility"}},{"kind":"Field","name":{"kind":"Name","value":"sharpe"}},{"kind":"Field","name":{"kind":"Name","value":"sortino"}},{"kind":"Field","name":{"kind":"Name","value":"maxDrawdown"}},{"kind":"Field","name":{"kind":"Name","value":"maxDrawdownPeak"}},{"kind":"Field","name":{"kind":"Name","value":"maxDrawdownTrough"}},{"kind":"Field","name":{"kind":"Name","value":"beta"}},{"kind":"Field","name":{"kind":"Name","value":"alpha"}},{"kind":"Field","name":{"kind":"Name","value":"trackingError"}},{"kind":"Field","name":{"kind":"Name","value":"informationRatio"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeReturn"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkReturn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioPerformanceQuery, PortfolioPerformanceQueryVariables>;
export const PortfolioDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkSymbol"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"allowShort"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"averageCost"}},{"kind":"Field","name":{"kind":"Name","value":"costBasis"}},{"kind":"Field","name":{"kind":"Name","value":"realizedPnl"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastPrice"}},{"kind":"Field","name":{"kind":"Name","value":"assetClass"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"latestQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"D1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"close"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioDetailQuery, PortfolioDetailQueryVariables>;
export const PortfolioListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkSymbol"}},{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"costBasis"}},{"kind":"Field","name":{"kind":"Name","value":"realizedPnl"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastPrice"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"latestQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"D1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"close"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioListQuery, PortfolioListQueryVariables>;
export const PortfolioTradesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioTrades"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trades"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioTradesQuery, PortfolioTradesQueryVariables>;
export const PortfolioRecordTradesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortfolioRecordTrades"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTradesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrades"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]} as unknown as DocumentNode<PortfolioRecordTradesMutation, PortfolioRecordTradesMutationVariables>;
export const RiskBacktestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskBacktest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VaRMethod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lookbackDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"varBacktest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"confidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"lookbackDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookbackDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"}},{"kind":"Field","name":{"kind":"Name","value":"kupiecStatistic"}},{"kind":"Field","name":{"kind":"Name","value":"kupiecPValue"}},{"kind":"Field","name":{"kind":"Name","value":"christoffersenStatistic"}},{"kind":"Field","name":{"kind":"Name","value":"christoffersenPValue"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"exceedances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"pnl"}},{"kind":"Field","name":{"kind":"Name","value":"var"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RiskBacktestQuery, RiskBacktestQueryVariables>;
export const RiskDistributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskDistribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bars"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastPrice"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"bars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"D1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bars"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"close"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RiskDistributionQuery, RiskDistributionQueryVariables>;
export const RiskLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskLimits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"riskLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RiskLimitsQuery, RiskLimitsQueryVariables>;
export const RiskCreateLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RiskCreateLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRiskLimitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRiskLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<RiskCreateLimitMutation, RiskCreateLimitMutationVariables>;
export const RiskUpdateLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RiskUpdateLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRiskLimitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRiskLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<RiskUpdateLimitMutation, RiskUpdateLimitMutationVariables>;
export const RiskDeleteLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RiskDeleteLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRiskLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RiskDeleteLimitMutation, RiskDeleteLimitMutationVariables>;
export const RiskLimitBreachesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RiskLimitBreaches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskLimitBreached"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portfolioIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"limit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}}]}}]} as unknown as DocumentNode<RiskLimitBreachesSubscription, RiskLimitBreachesSubscriptionVariables>;
export const RiskByMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskByMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"horizonDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lookbackDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"historical"},"name":{"kind":"Name","value":"riskReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"EnumValue","value":"HISTORICAL"}},{"kind":"Argument","name":{"kind":"Name","value":"confidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"horizonDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizonDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"lookbackDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookbackDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"var"}},{"kind":"Field","name":{"kind":"Name","value":"es"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"filtered"},"name":{"kind":"Name","value":"riskReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"EnumValue","value":"FILTERED_HISTORICAL"}},{"kind":"Argument","name":{"kind":"Name","value":"confidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"horizonDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizonDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"lookbackDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookbackDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"var"}},{"kind":"Field","name":{"kind":"Name","value":"es"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"parametric"},"name":{"kind":"Name","value":"riskReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"EnumValue","value":"PARAMETRIC"}},{"kind":"Argument","name":{"kind":"Name","value":"confidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"horizonDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizonDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"lookbackDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookbackDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"var"}},{"kind":"Field","name":{"kind":"Name","value":"es"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"cornishFisher"},"name":{"kind":"Name","value":"riskReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"EnumValue","value":"CORNISH_FISHER"}},{"kind":"Argument","name":{"kind":"Name","value":"confidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"horizonDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizonDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"lookbackDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookbackDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"var"}},{"kind":"Field","name":{"kind":"Name","value":"es"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"deltaGamma"},"name":{"kind":"Name","value":"riskReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"EnumValue","value":"DELTA_GAMMA"}},{"kind":"Argument","name":{"kind":"Name","value":"confidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"horizonDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizonDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"lookbackDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookbackDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"var"}},{"kind":"Field","name":{"kind":"Name","value":"es"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"monteCarlo"},"name":{"kind":"Name","value":"riskReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"EnumValue","value":"MONTE_CARLO"}},{"kind":"Argument","name":{"kind":"Name","value":"confidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"horizonDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizonDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"lookbackDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookbackDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"paths"},"value":{"kind":"IntValue","value":"20000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"var"}},{"kind":"Field","name":{"kind":"Name","value":"es"}}]}}]}}]}}]} as unknown as DocumentNode<RiskByMethodQuery, RiskByMethodQueryVariables>;
export const RiskReportPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskReportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VaRMethod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"horizonDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lookbackDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"riskReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"confidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}}},{"kind":"Argument","name":{"kind":"Name","value":"horizonDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizonDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"lookbackDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookbackDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"paths"},"value":{"kind":"IntValue","value":"20000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"var"}},{"kind":"Field","name":{"kind":"Name","value":"es"}},{"kind":"Field","name":{"kind":"Name","value":"portfolioValue"}},{"kind":"Field","name":{"kind":"Name","value":"valuation"}},{"kind":"Field","name":{"kind":"Name","value":"volatility"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"marginalVar"}},{"kind":"Field","name":{"kind":"Name","value":"componentVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"pnl"}},{"kind":"Field","name":{"kind":"Name","value":"return"}}]}},{"kind":"Field","name":{"kind":"Name","value":"greeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"gamma"}},{"kind":"Field","name":{"kind":"Name","value":"vega"}},{"kind":"Field","name":{"kind":"Name","value":"theta"}},{"kind":"Field","name":{"kind":"Name","value":"rho"}},{"kind":"Field","name":{"kind":"Name","value":"byUnderlying"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}},{"kind":"Field","name":{"kind":"Name","value":"volatility"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"gamma"}},{"kind":"Field","name":{"kind":"Name","value":"vega"}},{"kind":"Field","name":{"kind":"Name","value":"theta"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byAssetClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correlation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factors"}},{"kind":"Field","name":{"kind":"Name","value":"averagePairwise"}},{"kind":"Field","name":{"kind":"Name","value":"strongest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbolA"}},{"kind":"Field","name":{"kind":"Name","value":"symbolB"}},{"kind":"Field","name":{"kind":"Name","value":"correlation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"limit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"computedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"paths"}},{"kind":"Field","name":{"kind":"Name","value":"millis"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RiskReportPageQuery, RiskReportPageQueryVariables>;
export const RiskPortfoliosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskPortfolios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RiskPortfoliosQuery, RiskPortfoliosQueryVariables>;
export const StrategiesRunBacktestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StrategiesRunBacktest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BacktestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runBacktest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]} as unknown as DocumentNode<StrategiesRunBacktestMutation, StrategiesRunBacktestMutationVariables>;
export const StrategiesCancelBacktestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StrategiesCancelBacktest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBacktest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<StrategiesCancelBacktestMutation, StrategiesCancelBacktestMutationVariables>;
export const StrategiesBacktestProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StrategiesBacktestProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backtestProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<StrategiesBacktestProgressSubscription, StrategiesBacktestProgressSubscriptionVariables>;
export const StrategiesBacktestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategiesBacktest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backtest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"symbols"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"initialCash"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalReturn"}},{"kind":"Field","name":{"kind":"Name","value":"cagr"}},{"kind":"Field","name":{"kind":"Name","value":"volatility"}},{"kind":"Field","name":{"kind":"Name","value":"sharpe"}},{"kind":"Field","name":{"kind":"Name","value":"sortino"}},{"kind":"Field","name":{"kind":"Name","value":"maxDrawdown"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"profitFactor"}},{"kind":"Field","name":{"kind":"Name","value":"tradeCount"}},{"kind":"Field","name":{"kind":"Name","value":"probabilisticSharpe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityCurve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"equity"}},{"kind":"Field","name":{"kind":"Name","value":"drawdown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"entryTs"}},{"kind":"Field","name":{"kind":"Name","value":"entryPrice"}},{"kind":"Field","name":{"kind":"Name","value":"exitTs"}},{"kind":"Field","name":{"kind":"Name","value":"exitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"pnl"}},{"kind":"Field","name":{"kind":"Name","value":"returnPct"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drawdowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"trough"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sweep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharpe"}},{"kind":"Field","name":{"kind":"Name","value":"totalReturn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StrategiesBacktestQuery, StrategiesBacktestQueryVariables>;
export const StrategiesOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategiesOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"portfolioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portfolioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portfolioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"filledQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"averagePrice"}},{"kind":"Field","name":{"kind":"Name","value":"limitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"stopPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StrategiesOrdersQuery, StrategiesOrdersQueryVariables>;
export const StrategiesOrderEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StrategiesOrderEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portfolioIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fillQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"fillPrice"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}}]}}]}}]} as unknown as DocumentNode<StrategiesOrderEventsSubscription, StrategiesOrderEventsSubscriptionVariables>;
export const StrategiesPlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StrategiesPlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StrategiesPlaceOrderMutation, StrategiesPlaceOrderMutationVariables>;
export const StrategiesCancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StrategiesCancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StrategiesCancelOrderMutation, StrategiesCancelOrderMutationVariables>;
export const StrategiesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategiesPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"autoTrade"}},{"kind":"Field","name":{"kind":"Name","value":"universe"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategyKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"default"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<StrategiesPageQuery, StrategiesPageQueryVariables>;
export const StrategiesLiveSignalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StrategiesLiveSignals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"ts"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StrategiesLiveSignalsSubscription, StrategiesLiveSignalsSubscriptionVariables>;
export const StrategiesSetStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StrategiesSetStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StrategyStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStrategyStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StrategiesSetStatusMutation, StrategiesSetStatusMutationVariables>;
export const SystemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}},{"kind":"Field","name":{"kind":"Name","value":"engines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nodeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"uptimeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"accelerated"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"errorsByCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meanLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"residentMemoryBytes"}},{"kind":"Field","name":{"kind":"Name","value":"cpuSeconds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceleration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"device"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}},{"kind":"Field","name":{"kind":"Name","value":"machine"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"workloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fastest"}},{"kind":"Field","name":{"kind":"Name","value":"timings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"ms"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"failedBackend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SystemStatusQuery, SystemStatusQueryVariables>;