/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddOwnershipInput = {
  ownedId: string | number;
  ownerId: string | number;
  /** In (0, 100]; an entity's owners may hold at most 100% in total. */
  percentage: number;
};

export type AllocationSolver =
  /** Fallback: round down, then buy single shares while that reduces the deviation. */
  | 'GREEDY'
  /** HiGHS branch-and-cut on the whole-share MIP. */
  | 'MIP';

export type AmendOrderInput = {
  id: string | number;
  limitPrice?: number | null | undefined;
  quantity?: number | null | undefined;
  stopPrice?: number | null | undefined;
  trailAmount?: number | null | undefined;
  trailPercent?: number | null | undefined;
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

export type BarInput = {
  close: number;
  high: number;
  /** Only stored intervals can be ingested: M1 or D1. */
  interval: BarInterval;
  low: number;
  open: number;
  symbol: string;
  /** Start of the bar; must be aligned to the interval (whole minute / midnight UTC). */
  ts: string;
  volume: number;
};

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

export type BlackLittermanInput = {
  /**
   * Market (capitalisation) weights of the holdings, summing to 1 (holdings left
   * out weigh 0). Default: the current weights by value at the latest prices.
   */
  marketWeights?: Array<TargetWeight> | null | undefined;
  objective?: BlackLittermanObjective | null | undefined;
  /** δ > 0. */
  riskAversion?: number | null | undefined;
  /** τ > 0: uncertainty of the equilibrium relative to Σ. */
  tau?: number | null | undefined;
  viewUncertainty?: ViewUncertainty | null | undefined;
  views?: Array<BlackLittermanView> | null | undefined;
};

export type BlackLittermanObjective =
  /** Max Sharpe ratio of the posterior (default). */
  | 'MAX_SHARPE'
  /** Max quadratic utility μ_BLᵀw − (δ/2)·wᵀΣ_BLw. */
  | 'MAX_UTILITY';

/**
 * A view: `symbol` is expected to return `expectedReturn` (annualised, excess
 * of the risk-free rate), or, with `relativeTo`, to outperform `relativeTo` by
 * `expectedReturn`.
 */
export type BlackLittermanView = {
  /** In (0, 1]. */
  confidence?: number | null | undefined;
  expectedReturn: number;
  relativeTo?: string | null | undefined;
  symbol: string;
};

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

export type CreateMarginAccountInput = {
  broker: string;
  callDueHours?: number | null | undefined;
  crossMargin?: boolean | null | undefined;
  currency?: string | null | undefined;
  houseMultiplier?: number | null | undefined;
  methodology: MarginMethodology;
  minimumTransferAmount?: number | null | undefined;
  name: string;
  ownerId: string | number;
  portfolioIds: Array<string | number>;
};

export type CreatePortfolioInput = {
  allowShort?: boolean | null | undefined;
  baseCurrency?: string | null | undefined;
  benchmarkSymbol?: string | null | undefined;
  entityId: string | number;
  name: string;
  strategy?: string | null | undefined;
};

export type CreateRiskLimitInput = {
  active?: boolean | null | undefined;
  kind: RiskLimitKind;
  portfolioId: string | number;
  /** > 0; a fraction for CONCENTRATION and DRAWDOWN. */
  threshold: number;
};

export type CreateStrategyInput = {
  autoTrade?: boolean | null | undefined;
  kind: string;
  name: string;
  /** Validated against the kind's specs; missing ones take their defaults. */
  parameters?: unknown;
  portfolioId?: string | number | null | undefined;
  status?: StrategyStatus | null | undefined;
  universe: Array<string>;
};

export type DiscreteAllocationInput = {
  /** Cash to turn into whole shares of the optimal weights at the latest prices (> 0). */
  cash: number;
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

export type IngestBarsInput = {
  /** At most 100000 bars per call; existing bars with the same key are replaced. */
  bars: Array<BarInput>;
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

export type OptionContractInput = {
  expiry: string;
  right: string;
  strike: number;
  symbol: string;
  underlyingSymbol: string;
};

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

export type PortfolioFilter = {
  entityId?: string | number | null | undefined;
  /** Case-insensitive substring of the name. */
  search?: string | null | undefined;
  strategy?: string | null | undefined;
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

export type UpdateRiskLimitInput = {
  active?: boolean | null | undefined;
  threshold?: number | null | undefined;
};

export type UpdateStrategyInput = {
  autoTrade?: boolean | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  parameters?: unknown;
  portfolioId?: string | number | null | undefined;
  universe?: Array<string> | null | undefined;
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
 * How a view's confidence C in (0, 1] sets its variance ω in Ω = diag(ω).
 * IDZOREK: ω = τ·pΣpᵀ·(1 − C)/C, so the view moves the unconstrained weights
 * (δΣ)⁻¹μ_BL by C of the way a certain view would (C = 1: the view holds
 * exactly). PROPORTIONAL: ω = τ·pΣpᵀ/C (He & Litterman's Ω = diag(PτΣPᵀ)
 * divided by the confidence; C = 1 weighs the view and the equilibrium equally).
 */
export type ViewUncertainty =
  | 'IDZOREK'
  | 'PROPORTIONAL';

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

export type InstrumentFieldsFragment = { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null };

export type QuoteFieldsFragment = { symbol: string, bid: number, ask: number, last: number, size: number, spread: number, ts: string };

export type BarFieldsFragment = { ts: string, interval: BarInterval, open: number, high: number, low: number, close: number, volume: number };

export type AcknowledgeMarginCallMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type AcknowledgeMarginCallMutation = { acknowledgeMarginCall: { id: string, kind: MarginCallKind, status: MarginCallStatus, amountDue: number, minimumTransferAmount: number, equity: number, requirement: number, raisedAt: string, dueAt: string, acknowledgedAt: string | null, closedAt: string | null, account: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number }, history: Array<{ status: MarginCallEventStatus, ts: string, note: string | null }>, liquidationPlan: { totalCost: number, cured: boolean, remainingDeficit: number } } };

export type AddOwnershipMutationVariables = Exact<{
  input: AddOwnershipInput;
}>;


export type AddOwnershipMutation = { addOwnership: { percentage: number, owner: { id: string, kind: EntityKind, name: string }, owned: { id: string, kind: EntityKind, name: string } } };

export type AmendOrderMutationVariables = Exact<{
  input: AmendOrderInput;
}>;


export type AmendOrderMutation = { amendOrder: { id: string, symbol: string, side: OrderSide, type: OrderType, quantity: number, filledQuantity: number, averagePrice: number | null, limitPrice: number | null, stopPrice: number | null, trailAmount: number | null, trailPercent: number | null, timeInForce: TimeInForce, expireAt: string | null, reduceOnly: boolean, parentId: string | null, ocoGroup: string | null, status: OrderStatus, reason: string | null, createdAt: string, updatedAt: string, portfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }, strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string } | null, instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null }, events: Array<{ id: string, orderId: string, portfolioId: string, status: OrderStatus, reason: string | null, fillQuantity: number | null, fillPrice: number | null, ts: string }>, fills: Array<{ id: string, quantity: number, price: number, fee: number, ts: string, tradeId: string | null }> } };

export type CancelBacktestMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelBacktestMutation = { cancelBacktest: { id: string, status: BacktestStatus, progress: number, error: string | null, kind: string, parameters: unknown, symbols: Array<string>, from: string, to: string, interval: BacktestInterval, mode: BacktestMode, initialCash: number, createdAt: string, startedAt: string | null, finishedAt: string | null, strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string } | null, metrics: { totalReturn: number | null, cagr: number | null, volatility: number | null, sharpe: number | null, sortino: number | null, calmar: number | null, maxDrawdown: number | null, maxDrawdownDuration: number | null, winRate: number | null, profitFactor: number | null, expectancy: number | null, averageWin: number | null, averageLoss: number | null, exposure: number | null, turnover: number | null, tradeCount: number | null, probabilisticSharpe: number | null, deflatedSharpe: number | null, all: unknown } | null, trades: Array<{ symbol: string, side: string, quantity: number, entryTs: string, entryPrice: number, exitTs: string | null, exitPrice: number | null, pnl: number | null, returnPct: number | null, fees: number | null, mae: number | null, mfe: number | null }>, equityCurve: Array<{ ts: string, equity: number, drawdown: number }>, drawdowns: Array<{ start: string, trough: string, end: string | null, depth: number, length: number }>, sweep: Array<{ parameters: unknown }> } };

export type CancelOrderMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelOrderMutation = { cancelOrder: { id: string, symbol: string, side: OrderSide, type: OrderType, quantity: number, filledQuantity: number, averagePrice: number | null, limitPrice: number | null, stopPrice: number | null, trailAmount: number | null, trailPercent: number | null, timeInForce: TimeInForce, expireAt: string | null, reduceOnly: boolean, parentId: string | null, ocoGroup: string | null, status: OrderStatus, reason: string | null, createdAt: string, updatedAt: string, portfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }, strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string } | null, instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null }, events: Array<{ id: string, orderId: string, portfolioId: string, status: OrderStatus, reason: string | null, fillQuantity: number | null, fillPrice: number | null, ts: string }>, fills: Array<{ id: string, quantity: number, price: number, fee: number, ts: string, tradeId: string | null }> } };

export type CreateEntityMutationVariables = Exact<{
  input: CreateEntityInput;
}>;


export type CreateEntityMutation = { createEntity: { id: string, kind: EntityKind, name: string, marginAccounts: Array<{ id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number }>, crossMargin: { standalone: number, combined: number, saving: number }, portfolios: Array<{ id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }>, owns: Array<{ percentage: number }>, ownedBy: Array<{ percentage: number }>, consolidated: { cash: number }, goals: Array<{ id: string, name: string, targetAmount: number, targetDate: string, priority: number }> } };

export type CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type CreateGoalMutation = { createGoal: { id: string, name: string, targetAmount: number, targetDate: string, priority: number, owner: { id: string, kind: EntityKind, name: string }, portfolios: Array<{ id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }> } };

export type CreateMarginAccountMutationVariables = Exact<{
  input: CreateMarginAccountInput;
}>;


export type CreateMarginAccountMutation = { createMarginAccount: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number, owner: { id: string, kind: EntityKind, name: string }, portfolios: Array<{ id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }>, status: { equity: number, marketValue: number, cash: number, collateralValue: number, initialRequirement: number, maintenanceRequirement: number, houseRequirement: number, concentrationAddOn: number, minimumEquity: number, excess: number, buyingPower: number, dayTradingBuyingPower: number, utilization: number, inCall: boolean, asOf: string }, requirementLines: Array<{ symbol: string, rule: string, initial: number, maintenance: number }>, scenarioGroups: Array<{ symbol: string, requirement: number, worstLoss: number, worstPriceMove: number, worstVolShift: number, priceMoves: Array<number>, volShifts: Array<number>, pnlGrid: Array<Array<number>> }> | null, collateral: { marketValue: number, collateralValue: number }, patternDayTrader: { dayTrades: number, totalTrades: number, windowStart: string, isPatternDayTrader: boolean, minimumEquity: number } | null, liveCall: { id: string, kind: MarginCallKind, status: MarginCallStatus, amountDue: number, minimumTransferAmount: number, equity: number, requirement: number, raisedAt: string, dueAt: string, acknowledgedAt: string | null, closedAt: string | null } | null } };

export type CreatePortfolioMutationVariables = Exact<{
  input: CreatePortfolioInput;
}>;


export type CreatePortfolioMutation = { createPortfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number, marginAccount: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number } | null, owner: { id: string, kind: EntityKind, name: string }, riskLimits: Array<{ id: string, portfolioId: string, kind: RiskLimitKind, threshold: number, active: boolean, createdAt: string }>, strategies: Array<{ id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string }> } };

export type CreateRiskLimitMutationVariables = Exact<{
  input: CreateRiskLimitInput;
}>;


export type CreateRiskLimitMutation = { createRiskLimit: { id: string, portfolioId: string, kind: RiskLimitKind, threshold: number, active: boolean, createdAt: string } };

export type CreateStrategyMutationVariables = Exact<{
  input: CreateStrategyInput;
}>;


export type CreateStrategyMutation = { createStrategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string, portfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number } | null } };

export type DefineOptionContractMutationVariables = Exact<{
  input: OptionContractInput;
}>;


export type DefineOptionContractMutation = { defineOptionContract: { right: string, strike: number, expiry: string, instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null }, underlying: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null } } };

export type DeleteRiskLimitMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRiskLimitMutation = { deleteRiskLimit: { id: string, portfolioId: string, kind: RiskLimitKind, threshold: number, active: boolean, createdAt: string } };

export type DepositCashMutationVariables = Exact<{
  input: CashInput;
}>;


export type DepositCashMutation = { depositCash: { id: string, amount: number, kind: CashEntryKind, ts: string, tradeId: string | null } };

export type DepositCollateralMutationVariables = Exact<{
  input: CollateralMovementInput;
}>;


export type DepositCollateralMutation = { depositCollateral: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number, owner: { id: string, kind: EntityKind, name: string }, portfolios: Array<{ id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }>, status: { equity: number, marketValue: number, cash: number, collateralValue: number, initialRequirement: number, maintenanceRequirement: number, houseRequirement: number, concentrationAddOn: number, minimumEquity: number, excess: number, buyingPower: number, dayTradingBuyingPower: number, utilization: number, inCall: boolean, asOf: string }, requirementLines: Array<{ symbol: string, rule: string, initial: number, maintenance: number }>, scenarioGroups: Array<{ symbol: string, requirement: number, worstLoss: number, worstPriceMove: number, worstVolShift: number, priceMoves: Array<number>, volShifts: Array<number>, pnlGrid: Array<Array<number>> }> | null, collateral: { marketValue: number, collateralValue: number }, patternDayTrader: { dayTrades: number, totalTrades: number, windowStart: string, isPatternDayTrader: boolean, minimumEquity: number } | null, liveCall: { id: string, kind: MarginCallKind, status: MarginCallStatus, amountDue: number, minimumTransferAmount: number, equity: number, requirement: number, raisedAt: string, dueAt: string, acknowledgedAt: string | null, closedAt: string | null } | null } };

export type IngestBarsMutationVariables = Exact<{
  input: IngestBarsInput;
}>;


export type IngestBarsMutation = { ingestBars: { written: number, inserted: number, replaced: number } };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder: { id: string, symbol: string, side: OrderSide, type: OrderType, quantity: number, filledQuantity: number, averagePrice: number | null, limitPrice: number | null, stopPrice: number | null, trailAmount: number | null, trailPercent: number | null, timeInForce: TimeInForce, expireAt: string | null, reduceOnly: boolean, parentId: string | null, ocoGroup: string | null, status: OrderStatus, reason: string | null, createdAt: string, updatedAt: string, portfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }, strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string } | null, instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null }, events: Array<{ id: string, orderId: string, portfolioId: string, status: OrderStatus, reason: string | null, fillQuantity: number | null, fillPrice: number | null, ts: string }>, fills: Array<{ id: string, quantity: number, price: number, fee: number, ts: string, tradeId: string | null }> } };

export type ProposeRebalanceMutationVariables = Exact<{
  portfolioId: string | number;
  targets: Array<TargetWeight> | TargetWeight;
  execute?: boolean | null | undefined;
}>;


export type ProposeRebalanceMutation = { proposeRebalance: { portfolioValue: number, executed: boolean, trades: Array<{ symbol: string, side: TradeSide, quantity: number, price: number }> } };

export type RecordTradesMutationVariables = Exact<{
  input: RecordTradesInput;
}>;


export type RecordTradesMutation = { recordTrades: Array<{ id: string, symbol: string, side: TradeSide, quantity: number, price: number, fees: number, ts: string, externalId: string | null, portfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }, instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null } }> };

export type ResolveMarginCallMutationVariables = Exact<{
  id: string | number;
  resolution: MarginCallResolution;
  note?: string | null | undefined;
}>;


export type ResolveMarginCallMutation = { resolveMarginCall: { id: string, kind: MarginCallKind, status: MarginCallStatus, amountDue: number, minimumTransferAmount: number, equity: number, requirement: number, raisedAt: string, dueAt: string, acknowledgedAt: string | null, closedAt: string | null, account: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number }, history: Array<{ status: MarginCallEventStatus, ts: string, note: string | null }>, liquidationPlan: { totalCost: number, cured: boolean, remainingDeficit: number } } };

export type RunBacktestMutationVariables = Exact<{
  input: BacktestInput;
}>;


export type RunBacktestMutation = { runBacktest: { id: string, status: BacktestStatus, progress: number, error: string | null, kind: string, parameters: unknown, symbols: Array<string>, from: string, to: string, interval: BacktestInterval, mode: BacktestMode, initialCash: number, createdAt: string, startedAt: string | null, finishedAt: string | null, strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string } | null, metrics: { totalReturn: number | null, cagr: number | null, volatility: number | null, sharpe: number | null, sortino: number | null, calmar: number | null, maxDrawdown: number | null, maxDrawdownDuration: number | null, winRate: number | null, profitFactor: number | null, expectancy: number | null, averageWin: number | null, averageLoss: number | null, exposure: number | null, turnover: number | null, tradeCount: number | null, probabilisticSharpe: number | null, deflatedSharpe: number | null, all: unknown } | null, trades: Array<{ symbol: string, side: string, quantity: number, entryTs: string, entryPrice: number, exitTs: string | null, exitPrice: number | null, pnl: number | null, returnPct: number | null, fees: number | null, mae: number | null, mfe: number | null }>, equityCurve: Array<{ ts: string, equity: number, drawdown: number }>, drawdowns: Array<{ start: string, trough: string, end: string | null, depth: number, length: number }>, sweep: Array<{ parameters: unknown }> } };

export type SetStrategyStatusMutationVariables = Exact<{
  id: string | number;
  status: StrategyStatus;
}>;


export type SetStrategyStatusMutation = { setStrategyStatus: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string, portfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number } | null } };

export type UpdateRiskLimitMutationVariables = Exact<{
  id: string | number;
  input: UpdateRiskLimitInput;
}>;


export type UpdateRiskLimitMutation = { updateRiskLimit: { id: string, portfolioId: string, kind: RiskLimitKind, threshold: number, active: boolean, createdAt: string } };

export type UpdateStrategyMutationVariables = Exact<{
  input: UpdateStrategyInput;
}>;


export type UpdateStrategyMutation = { updateStrategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string, portfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number } | null } };

export type WithdrawCashMutationVariables = Exact<{
  input: CashInput;
}>;


export type WithdrawCashMutation = { withdrawCash: { id: string, amount: number, kind: CashEntryKind, ts: string, tradeId: string | null } };

export type WithdrawCollateralMutationVariables = Exact<{
  input: CollateralMovementInput;
}>;


export type WithdrawCollateralMutation = { withdrawCollateral: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number, owner: { id: string, kind: EntityKind, name: string }, portfolios: Array<{ id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }>, status: { equity: number, marketValue: number, cash: number, collateralValue: number, initialRequirement: number, maintenanceRequirement: number, houseRequirement: number, concentrationAddOn: number, minimumEquity: number, excess: number, buyingPower: number, dayTradingBuyingPower: number, utilization: number, inCall: boolean, asOf: string }, requirementLines: Array<{ symbol: string, rule: string, initial: number, maintenance: number }>, scenarioGroups: Array<{ symbol: string, requirement: number, worstLoss: number, worstPriceMove: number, worstVolShift: number, priceMoves: Array<number>, volShifts: Array<number>, pnlGrid: Array<Array<number>> }> | null, collateral: { marketValue: number, collateralValue: number }, patternDayTrader: { dayTrades: number, totalTrades: number, windowStart: string, isPatternDayTrader: boolean, minimumEquity: number } | null, liveCall: { id: string, kind: MarginCallKind, status: MarginCallStatus, amountDue: number, minimumTransferAmount: number, equity: number, requirement: number, raisedAt: string, dueAt: string, acknowledgedAt: string | null, closedAt: string | null } | null } };

export type BacktestQueryVariables = Exact<{
  id: string | number;
}>;


export type BacktestQuery = { backtest: { id: string, status: BacktestStatus, progress: number, error: string | null, kind: string, parameters: unknown, symbols: Array<string>, from: string, to: string, interval: BacktestInterval, mode: BacktestMode, initialCash: number, createdAt: string, startedAt: string | null, finishedAt: string | null, strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string } | null, metrics: { totalReturn: number | null, cagr: number | null, volatility: number | null, sharpe: number | null, sortino: number | null, calmar: number | null, maxDrawdown: number | null, maxDrawdownDuration: number | null, winRate: number | null, profitFactor: number | null, expectancy: number | null, averageWin: number | null, averageLoss: number | null, exposure: number | null, turnover: number | null, tradeCount: number | null, probabilisticSharpe: number | null, deflatedSharpe: number | null, all: unknown } | null, trades: Array<{ symbol: string, side: string, quantity: number, entryTs: string, entryPrice: number, exitTs: string | null, exitPrice: number | null, pnl: number | null, returnPct: number | null, fees: number | null, mae: number | null, mfe: number | null }>, equityCurve: Array<{ ts: string, equity: number, drawdown: number }>, drawdowns: Array<{ start: string, trough: string, end: string | null, depth: number, length: number }>, sweep: Array<{ parameters: unknown }> } | null };

export type BacktestsQueryVariables = Exact<{
  strategyId?: string | number | null | undefined;
  status?: BacktestStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type BacktestsQuery = { backtests: Array<{ id: string, status: BacktestStatus, progress: number, error: string | null, kind: string, parameters: unknown, symbols: Array<string>, from: string, to: string, interval: BacktestInterval, mode: BacktestMode, initialCash: number, createdAt: string, startedAt: string | null, finishedAt: string | null, strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string } | null, metrics: { totalReturn: number | null, cagr: number | null, volatility: number | null, sharpe: number | null, sortino: number | null, calmar: number | null, maxDrawdown: number | null, maxDrawdownDuration: number | null, winRate: number | null, profitFactor: number | null, expectancy: number | null, averageWin: number | null, averageLoss: number | null, exposure: number | null, turnover: number | null, tradeCount: number | null, probabilisticSharpe: number | null, deflatedSharpe: number | null, all: unknown } | null, trades: Array<{ symbol: string, side: string, quantity: number, entryTs: string, entryPrice: number, exitTs: string | null, exitPrice: number | null, pnl: number | null, returnPct: number | null, fees: number | null, mae: number | null, mfe: number | null }>, equityCurve: Array<{ ts: string, equity: number, drawdown: number }>, drawdowns: Array<{ start: string, trough: string, end: string | null, depth: number, length: number }>, sweep: Array<{ parameters: unknown }> }> };

export type BarsQueryVariables = Exact<{
  symbol: string;
  interval: BarInterval;
  from?: string | null | undefined;
  to?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type BarsQuery = { bars: Array<{ ts: string, interval: BarInterval, open: number, high: number, low: number, close: number, volume: number }> };

export type EntitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type EntitiesQuery = { entities: Array<{ id: string, kind: EntityKind, name: string, marginAccounts: Array<{ id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number }>, crossMargin: { standalone: number, combined: number, saving: number }, portfolios: Array<{ id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }>, owns: Array<{ percentage: number }>, ownedBy: Array<{ percentage: number }>, consolidated: { cash: number }, goals: Array<{ id: string, name: string, targetAmount: number, targetDate: string, priority: number }> }> };

export type EntityQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityQuery = { entity: { id: string, kind: EntityKind, name: string, marginAccounts: Array<{ id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number }>, crossMargin: { standalone: number, combined: number, saving: number }, portfolios: Array<{ id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }>, owns: Array<{ percentage: number }>, ownedBy: Array<{ percentage: number }>, consolidated: { cash: number }, goals: Array<{ id: string, name: string, targetAmount: number, targetDate: string, priority: number }> } | null };

export type GoalQueryVariables = Exact<{
  id: string | number;
}>;


export type GoalQuery = { goal: { id: string, name: string, targetAmount: number, targetDate: string, priority: number, owner: { id: string, kind: EntityKind, name: string }, portfolios: Array<{ id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }> } | null };

export type InstrumentQueryVariables = Exact<{
  symbol: string;
}>;


export type InstrumentQuery = { instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null, latestQuote: { symbol: string, bid: number, ask: number, last: number, size: number, ts: string, spread: number } | null } | null };

export type InstrumentsQueryVariables = Exact<{
  filter?: InstrumentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InstrumentsQuery = { instruments: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null, latestQuote: { symbol: string, bid: number, ask: number, last: number, size: number, ts: string, spread: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LatestQuoteQueryVariables = Exact<{
  symbol: string;
}>;


export type LatestQuoteQuery = { latestQuote: { symbol: string, bid: number, ask: number, last: number, size: number, ts: string, spread: number, instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null } } | null };

export type MarginAccountQueryVariables = Exact<{
  id: string | number;
}>;


export type MarginAccountQuery = { marginAccount: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number, owner: { id: string, kind: EntityKind, name: string }, portfolios: Array<{ id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }>, status: { equity: number, marketValue: number, cash: number, collateralValue: number, initialRequirement: number, maintenanceRequirement: number, houseRequirement: number, concentrationAddOn: number, minimumEquity: number, excess: number, buyingPower: number, dayTradingBuyingPower: number, utilization: number, inCall: boolean, asOf: string }, requirementLines: Array<{ symbol: string, rule: string, initial: number, maintenance: number }>, scenarioGroups: Array<{ symbol: string, requirement: number, worstLoss: number, worstPriceMove: number, worstVolShift: number, priceMoves: Array<number>, volShifts: Array<number>, pnlGrid: Array<Array<number>> }> | null, collateral: { marketValue: number, collateralValue: number }, patternDayTrader: { dayTrades: number, totalTrades: number, windowStart: string, isPatternDayTrader: boolean, minimumEquity: number } | null, liveCall: { id: string, kind: MarginCallKind, status: MarginCallStatus, amountDue: number, minimumTransferAmount: number, equity: number, requirement: number, raisedAt: string, dueAt: string, acknowledgedAt: string | null, closedAt: string | null } | null } | null };

export type MarginAccountsQueryVariables = Exact<{
  ownerId?: string | number | null | undefined;
}>;


export type MarginAccountsQuery = { marginAccounts: Array<{ id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number, owner: { id: string, kind: EntityKind, name: string }, portfolios: Array<{ id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }>, status: { equity: number, marketValue: number, cash: number, collateralValue: number, initialRequirement: number, maintenanceRequirement: number, houseRequirement: number, concentrationAddOn: number, minimumEquity: number, excess: number, buyingPower: number, dayTradingBuyingPower: number, utilization: number, inCall: boolean, asOf: string }, requirementLines: Array<{ symbol: string, rule: string, initial: number, maintenance: number }>, scenarioGroups: Array<{ symbol: string, requirement: number, worstLoss: number, worstPriceMove: number, worstVolShift: number, priceMoves: Array<number>, volShifts: Array<number>, pnlGrid: Array<Array<number>> }> | null, collateral: { marketValue: number, collateralValue: number }, patternDayTrader: { dayTrades: number, totalTrades: number, windowStart: string, isPatternDayTrader: boolean, minimumEquity: number } | null, liveCall: { id: string, kind: MarginCallKind, status: MarginCallStatus, amountDue: number, minimumTransferAmount: number, equity: number, requirement: number, raisedAt: string, dueAt: string, acknowledgedAt: string | null, closedAt: string | null } | null }> };

export type MarginCallQueryVariables = Exact<{
  id: string | number;
}>;


export type MarginCallQuery = { marginCall: { id: string, kind: MarginCallKind, status: MarginCallStatus, amountDue: number, minimumTransferAmount: number, equity: number, requirement: number, raisedAt: string, dueAt: string, acknowledgedAt: string | null, closedAt: string | null, account: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number }, history: Array<{ status: MarginCallEventStatus, ts: string, note: string | null }>, liquidationPlan: { totalCost: number, cured: boolean, remainingDeficit: number } } | null };

export type MarginCallsQueryVariables = Exact<{
  status?: Array<MarginCallStatus> | MarginCallStatus | null | undefined;
  accountIds?: Array<string | number> | string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type MarginCallsQuery = { marginCalls: Array<{ id: string, kind: MarginCallKind, status: MarginCallStatus, amountDue: number, minimumTransferAmount: number, equity: number, requirement: number, raisedAt: string, dueAt: string, acknowledgedAt: string | null, closedAt: string | null, account: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number }, history: Array<{ status: MarginCallEventStatus, ts: string, note: string | null }>, liquidationPlan: { totalCost: number, cured: boolean, remainingDeficit: number } }> };

export type MarginUtilizationQueryVariables = Exact<{
  accountId: string | number;
}>;


export type MarginUtilizationQuery = { marginUtilization: { accountId: string, equity: number, maintenanceRequirement: number, houseRequirement: number, excess: number, utilization: number, inCall: boolean, ts: string, account: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number } } | null };

export type MarginWarningQueryVariables = Exact<{
  id: string | number;
}>;


export type MarginWarningQuery = { marginWarning: { id: string, kind: MarginWarningKind, ts: string, utilization: number, probability: number | null, distanceToCall: number | null, expectedDaysToCall: number | null, horizonDays: number | null, account: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number } } | null };

export type OptimizeCollateralQueryVariables = Exact<{
  requirements: Array<CollateralRequirementInput> | CollateralRequirementInput;
  assets: Array<CollateralAssetInput> | CollateralAssetInput;
}>;


export type OptimizeCollateralQuery = { optimizeCollateral: { totalCost: number, naiveCost: number | null, saving: number | null, allocation: Array<{ assetId: string, marketValue: number, collateralValue: number, cost: number }>, naiveAllocation: Array<{ assetId: string, marketValue: number, collateralValue: number, cost: number }> } };

export type OptimizePortfolioQueryVariables = Exact<{
  portfolioId: string | number;
  method: OptimizationMethod;
  constraints?: OptimizationConstraints | null | undefined;
  blackLitterman?: BlackLittermanInput | null | undefined;
  discreteAllocation?: DiscreteAllocationInput | null | undefined;
}>;


export type OptimizePortfolioQuery = { optimizePortfolio: { method: OptimizationMethod, expectedReturn: number, volatility: number, sharpe: number, observations: number, cvar: number, cvarConfidence: number, turnover: number | null, benchmarkSymbol: string | null, trackingError: number | null, weights: Array<{ symbol: string, weight: number }>, frontier: Array<{ expectedReturn: number, volatility: number, sharpe: number }>, blackLitterman: Array<{ symbol: string, marketWeight: number, equilibriumReturn: number, posteriorReturn: number }> | null, allocation: { solver: AllocationSolver, cash: number, invested: number, leftoverCash: number, deviation: number } | null } };

export type OrderQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderQuery = { order: { id: string, symbol: string, side: OrderSide, type: OrderType, quantity: number, filledQuantity: number, averagePrice: number | null, limitPrice: number | null, stopPrice: number | null, trailAmount: number | null, trailPercent: number | null, timeInForce: TimeInForce, expireAt: string | null, reduceOnly: boolean, parentId: string | null, ocoGroup: string | null, status: OrderStatus, reason: string | null, createdAt: string, updatedAt: string, portfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }, strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string } | null, instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null }, events: Array<{ id: string, orderId: string, portfolioId: string, status: OrderStatus, reason: string | null, fillQuantity: number | null, fillPrice: number | null, ts: string }>, fills: Array<{ id: string, quantity: number, price: number, fee: number, ts: string, tradeId: string | null }> } | null };

export type OrderEventQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderEventQuery = { orderEvent: { id: string, orderId: string, portfolioId: string, status: OrderStatus, reason: string | null, fillQuantity: number | null, fillPrice: number | null, ts: string, order: { id: string, symbol: string, side: OrderSide, type: OrderType, quantity: number, filledQuantity: number, averagePrice: number | null, limitPrice: number | null, stopPrice: number | null, trailAmount: number | null, trailPercent: number | null, timeInForce: TimeInForce, expireAt: string | null, reduceOnly: boolean, parentId: string | null, ocoGroup: string | null, status: OrderStatus, reason: string | null, createdAt: string, updatedAt: string } } | null };

export type OrdersQueryVariables = Exact<{
  portfolioId: string | number;
  status?: OrderStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type OrdersQuery = { orders: Array<{ id: string, symbol: string, side: OrderSide, type: OrderType, quantity: number, filledQuantity: number, averagePrice: number | null, limitPrice: number | null, stopPrice: number | null, trailAmount: number | null, trailPercent: number | null, timeInForce: TimeInForce, expireAt: string | null, reduceOnly: boolean, parentId: string | null, ocoGroup: string | null, status: OrderStatus, reason: string | null, createdAt: string, updatedAt: string, portfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number }, strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string } | null, instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null }, events: Array<{ id: string, orderId: string, portfolioId: string, status: OrderStatus, reason: string | null, fillQuantity: number | null, fillPrice: number | null, ts: string }>, fills: Array<{ id: string, quantity: number, price: number, fee: number, ts: string, tradeId: string | null }> }> };

export type PortfolioQueryVariables = Exact<{
  id: string | number;
}>;


export type PortfolioQuery = { portfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number, marginAccount: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number } | null, owner: { id: string, kind: EntityKind, name: string }, riskLimits: Array<{ id: string, portfolioId: string, kind: RiskLimitKind, threshold: number, active: boolean, createdAt: string }>, strategies: Array<{ id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string }> } | null };

export type PortfoliosQueryVariables = Exact<{
  filter?: PortfolioFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PortfoliosQuery = { portfolios: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number, marginAccount: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number } | null, owner: { id: string, kind: EntityKind, name: string }, riskLimits: Array<{ id: string, portfolioId: string, kind: RiskLimitKind, threshold: number, active: boolean, createdAt: string }>, strategies: Array<{ id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RiskLimitQueryVariables = Exact<{
  id: string | number;
}>;


export type RiskLimitQuery = { riskLimit: { id: string, portfolioId: string, kind: RiskLimitKind, threshold: number, active: boolean, createdAt: string } | null };

export type RiskLimitBreachQueryVariables = Exact<{
  id: string | number;
}>;


export type RiskLimitBreachQuery = { riskLimitBreach: { id: string, portfolioId: string, value: number, threshold: number, limit: { id: string, portfolioId: string, kind: RiskLimitKind, threshold: number, active: boolean, createdAt: string }, report: { id: string, portfolioId: string, asOf: string, method: VaRMethod, confidence: number, horizonDays: number, var: number, es: number, portfolioValue: number, valuation: RiskValuation, volatility: number, createdAt: string } } | null };

export type RiskReportQueryVariables = Exact<{
  id: string | number;
}>;


export type RiskReportQuery = { riskReport: { id: string, portfolioId: string, asOf: string, method: VaRMethod, confidence: number, horizonDays: number, var: number, es: number, portfolioValue: number, valuation: RiskValuation, volatility: number, createdAt: string, contributions: Array<{ symbol: string, weight: number, marginalVar: number, componentVar: number }>, stress: Array<{ scenario: string, pnl: number, return: number }>, greeks: { delta: number, gamma: number, vega: number, theta: number, rho: number } | null, correlation: { factors: number, averagePairwise: number | null } | null, breaches: Array<{ id: string, portfolioId: string, value: number, threshold: number }>, computedWith: { backend: string, paths: number, millis: number } } | null };

export type SignalQueryVariables = Exact<{
  id: string | number;
}>;


export type SignalQuery = { signal: { id: string, symbol: string, ts: string, direction: SignalDirection, strength: number, horizon: string, explanation: unknown, modelVersion: string | null, strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string }, instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null } } | null };

export type SignalsQueryVariables = Exact<{
  strategyIds?: Array<string | number> | string | number | null | undefined;
  symbols?: Array<string> | string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SignalsQuery = { signals: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, symbol: string, ts: string, direction: SignalDirection, strength: number, horizon: string, explanation: unknown, modelVersion: string | null, strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string }, instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StrategiesQueryVariables = Exact<{
  status?: StrategyStatus | null | undefined;
  portfolioId?: string | number | null | undefined;
}>;


export type StrategiesQuery = { strategies: Array<{ id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string, portfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number } | null }> };

export type StrategyQueryVariables = Exact<{
  id: string | number;
}>;


export type StrategyQuery = { strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string, portfolio: { id: string, name: string, baseCurrency: string, benchmarkSymbol: string | null, strategy: string | null, allowShort: boolean, createdAt: string, cash: number } | null } | null };

export type StrategyKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type StrategyKindsQuery = { strategyKinds: Array<{ kind: string, title: string, description: string, minSymbols: number, exactSymbols: number | null, parameters: Array<{ name: string, type: string, description: string, default: number, min: number, max: number }> }> };

export type SystemQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemQuery = { system: { checkedAt: string, timeoutMs: number, engines: Array<{ name: string, title: string, description: string, url: string, healthy: boolean, ready: boolean, problem: string | null, version: string | null, nodeVersion: string | null, uptimeSeconds: number | null, accelerated: boolean }>, acceleration: Array<{ engine: string }> } };

export type OnBacktestProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type OnBacktestProgressSubscription = { backtestProgress: { id: string, status: BacktestStatus, progress: number, error: string | null, kind: string, parameters: unknown, symbols: Array<string>, from: string, to: string, interval: BacktestInterval, mode: BacktestMode, initialCash: number, createdAt: string, startedAt: string | null, finishedAt: string | null, strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string } | null, metrics: { totalReturn: number | null, cagr: number | null, volatility: number | null, sharpe: number | null, sortino: number | null, calmar: number | null, maxDrawdown: number | null, maxDrawdownDuration: number | null, winRate: number | null, profitFactor: number | null, expectancy: number | null, averageWin: number | null, averageLoss: number | null, exposure: number | null, turnover: number | null, tradeCount: number | null, probabilisticSharpe: number | null, deflatedSharpe: number | null, all: unknown } | null, trades: Array<{ symbol: string, side: string, quantity: number, entryTs: string, entryPrice: number, exitTs: string | null, exitPrice: number | null, pnl: number | null, returnPct: number | null, fees: number | null, mae: number | null, mfe: number | null }>, equityCurve: Array<{ ts: string, equity: number, drawdown: number }>, drawdowns: Array<{ start: string, trough: string, end: string | null, depth: number, length: number }>, sweep: Array<{ parameters: unknown }> } };

export type OnMarginCallRaisedSubscriptionVariables = Exact<{
  accountIds?: Array<string | number> | string | number | null | undefined;
}>;


export type OnMarginCallRaisedSubscription = { marginCallRaised: { id: string, kind: MarginCallKind, status: MarginCallStatus, amountDue: number, minimumTransferAmount: number, equity: number, requirement: number, raisedAt: string, dueAt: string, acknowledgedAt: string | null, closedAt: string | null, account: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number }, history: Array<{ status: MarginCallEventStatus, ts: string, note: string | null }>, liquidationPlan: { totalCost: number, cured: boolean, remainingDeficit: number } } };

export type OnMarginUtilizationSubscriptionVariables = Exact<{
  accountId: string | number;
}>;


export type OnMarginUtilizationSubscription = { marginUtilization: { accountId: string, equity: number, maintenanceRequirement: number, houseRequirement: number, excess: number, utilization: number, inCall: boolean, ts: string, account: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number } } };

export type OnMarginWarningSubscriptionVariables = Exact<{
  accountIds?: Array<string | number> | string | number | null | undefined;
}>;


export type OnMarginWarningSubscription = { marginWarning: { id: string, kind: MarginWarningKind, ts: string, utilization: number, probability: number | null, distanceToCall: number | null, expectedDaysToCall: number | null, horizonDays: number | null, account: { id: string, name: string, broker: string, methodology: MarginMethodology, currency: string, houseMultiplier: number, crossMargin: boolean, minimumTransferAmount: number, callDueHours: number } } };

export type OnOrderEventsSubscriptionVariables = Exact<{
  portfolioIds?: Array<string | number> | string | number | null | undefined;
}>;


export type OnOrderEventsSubscription = { orderEvents: { id: string, orderId: string, portfolioId: string, status: OrderStatus, reason: string | null, fillQuantity: number | null, fillPrice: number | null, ts: string, order: { id: string, symbol: string, side: OrderSide, type: OrderType, quantity: number, filledQuantity: number, averagePrice: number | null, limitPrice: number | null, stopPrice: number | null, trailAmount: number | null, trailPercent: number | null, timeInForce: TimeInForce, expireAt: string | null, reduceOnly: boolean, parentId: string | null, ocoGroup: string | null, status: OrderStatus, reason: string | null, createdAt: string, updatedAt: string } } };

export type OnQuotesSubscriptionVariables = Exact<{
  symbols: Array<string> | string;
}>;


export type OnQuotesSubscription = { quotes: { symbol: string, bid: number, ask: number, last: number, size: number, ts: string, spread: number, instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null } } };

export type OnRiskLimitBreachedSubscriptionVariables = Exact<{
  portfolioIds?: Array<string | number> | string | number | null | undefined;
}>;


export type OnRiskLimitBreachedSubscription = { riskLimitBreached: { id: string, portfolioId: string, value: number, threshold: number, limit: { id: string, portfolioId: string, kind: RiskLimitKind, threshold: number, active: boolean, createdAt: string }, report: { id: string, portfolioId: string, asOf: string, method: VaRMethod, confidence: number, horizonDays: number, var: number, es: number, portfolioValue: number, valuation: RiskValuation, volatility: number, createdAt: string } } };

export type OnSignalsSubscriptionVariables = Exact<{
  strategyIds?: Array<string | number> | string | number | null | undefined;
  symbols?: Array<string> | string | null | undefined;
}>;


export type OnSignalsSubscription = { signals: { id: string, symbol: string, ts: string, direction: SignalDirection, strength: number, horizon: string, explanation: unknown, modelVersion: string | null, strategy: { id: string, name: string, kind: string, parameters: unknown, universe: Array<string>, status: StrategyStatus, autoTrade: boolean, createdAt: string, updatedAt: string }, instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null } } };

export type InstrumentOverviewQueryVariables = Exact<{
  symbol: string;
  interval: BarInterval;
  limit?: number | null | undefined;
}>;


export type InstrumentOverviewQuery = { instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null, latestQuote: { symbol: string, bid: number, ask: number, last: number, size: number, spread: number, ts: string } | null } | null, bars: Array<{ ts: string, interval: BarInterval, open: number, high: number, low: number, close: number, volume: number }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const InstrumentFieldsFragmentDoc = new TypedDocumentString(`
    fragment InstrumentFields on Instrument {
  id
  symbol
  name
  assetClass
  currency
  exchange
  multiplier
  tickSize
  active
  lastPrice
}
    `, {"fragmentName":"InstrumentFields"}) as unknown as TypedDocumentString<InstrumentFieldsFragment, unknown>;
export const QuoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuoteFields on Quote {
  symbol
  bid
  ask
  last
  size
  spread
  ts
}
    `, {"fragmentName":"QuoteFields"}) as unknown as TypedDocumentString<QuoteFieldsFragment, unknown>;
export const BarFieldsFragmentDoc = new TypedDocumentString(`
    fragment BarFields on Bar {
  ts
  interval
  open
  high
  low
  close
  volume
}
    `, {"fragmentName":"BarFields"}) as unknown as TypedDocumentString<BarFieldsFragment, unknown>;
export const AcknowledgeMarginCallDocument = new TypedDocumentString(`
    mutation AcknowledgeMarginCall($id: ID!, $note: String) {
  acknowledgeMarginCall(id: $id, note: $note) {
    id
    account {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    kind
    status
    amountDue
    minimumTransferAmount
    equity
    requirement
    raisedAt
    dueAt
    acknowledgedAt
    closedAt
    history {
      status
      ts
      note
    }
    liquidationPlan {
      totalCost
      cured
      remainingDeficit
    }
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeMarginCallMutation, AcknowledgeMarginCallMutationVariables>;
export const AddOwnershipDocument = new TypedDocumentString(`
    mutation AddOwnership($input: AddOwnershipInput!) {
  addOwnership(input: $input) {
    owner {
      id
      kind
      name
    }
    owned {
      id
      kind
      name
    }
    percentage
  }
}
    `) as unknown as TypedDocumentString<AddOwnershipMutation, AddOwnershipMutationVariables>;
export const AmendOrderDocument = new TypedDocumentString(`
    mutation AmendOrder($input: AmendOrderInput!) {
  amendOrder(input: $input) {
    id
    portfolio {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    strategy {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
    instrument {
      id
      symbol
      name
      assetClass
      currency
      exchange
      multiplier
      tickSize
      active
      lastPrice
    }
    symbol
    side
    type
    quantity
    filledQuantity
    averagePrice
    limitPrice
    stopPrice
    trailAmount
    trailPercent
    timeInForce
    expireAt
    reduceOnly
    parentId
    ocoGroup
    status
    reason
    createdAt
    updatedAt
    events {
      id
      orderId
      portfolioId
      status
      reason
      fillQuantity
      fillPrice
      ts
    }
    fills {
      id
      quantity
      price
      fee
      ts
      tradeId
    }
  }
}
    `) as unknown as TypedDocumentString<AmendOrderMutation, AmendOrderMutationVariables>;
export const CancelBacktestDocument = new TypedDocumentString(`
    mutation CancelBacktest($id: ID!) {
  cancelBacktest(id: $id) {
    id
    status
    progress
    error
    strategy {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
    kind
    parameters
    symbols
    from
    to
    interval
    mode
    initialCash
    createdAt
    startedAt
    finishedAt
    metrics {
      totalReturn
      cagr
      volatility
      sharpe
      sortino
      calmar
      maxDrawdown
      maxDrawdownDuration
      winRate
      profitFactor
      expectancy
      averageWin
      averageLoss
      exposure
      turnover
      tradeCount
      probabilisticSharpe
      deflatedSharpe
      all
    }
    trades {
      symbol
      side
      quantity
      entryTs
      entryPrice
      exitTs
      exitPrice
      pnl
      returnPct
      fees
      mae
      mfe
    }
    equityCurve {
      ts
      equity
      drawdown
    }
    drawdowns {
      start
      trough
      end
      depth
      length
    }
    sweep {
      parameters
    }
  }
}
    `) as unknown as TypedDocumentString<CancelBacktestMutation, CancelBacktestMutationVariables>;
export const CancelOrderDocument = new TypedDocumentString(`
    mutation CancelOrder($id: ID!) {
  cancelOrder(id: $id) {
    id
    portfolio {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    strategy {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
    instrument {
      id
      symbol
      name
      assetClass
      currency
      exchange
      multiplier
      tickSize
      active
      lastPrice
    }
    symbol
    side
    type
    quantity
    filledQuantity
    averagePrice
    limitPrice
    stopPrice
    trailAmount
    trailPercent
    timeInForce
    expireAt
    reduceOnly
    parentId
    ocoGroup
    status
    reason
    createdAt
    updatedAt
    events {
      id
      orderId
      portfolioId
      status
      reason
      fillQuantity
      fillPrice
      ts
    }
    fills {
      id
      quantity
      price
      fee
      ts
      tradeId
    }
  }
}
    `) as unknown as TypedDocumentString<CancelOrderMutation, CancelOrderMutationVariables>;
export const CreateEntityDocument = new TypedDocumentString(`
    mutation CreateEntity($input: CreateEntityInput!) {
  createEntity(input: $input) {
    id
    marginAccounts {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    crossMargin {
      standalone
      combined
      saving
    }
    kind
    name
    portfolios {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    owns {
      percentage
    }
    ownedBy {
      percentage
    }
    consolidated {
      cash
    }
    goals {
      id
      name
      targetAmount
      targetDate
      priority
    }
  }
}
    `) as unknown as TypedDocumentString<CreateEntityMutation, CreateEntityMutationVariables>;
export const CreateGoalDocument = new TypedDocumentString(`
    mutation CreateGoal($input: CreateGoalInput!) {
  createGoal(input: $input) {
    id
    owner {
      id
      kind
      name
    }
    name
    targetAmount
    targetDate
    priority
    portfolios {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
  }
}
    `) as unknown as TypedDocumentString<CreateGoalMutation, CreateGoalMutationVariables>;
export const CreateMarginAccountDocument = new TypedDocumentString(`
    mutation CreateMarginAccount($input: CreateMarginAccountInput!) {
  createMarginAccount(input: $input) {
    id
    name
    broker
    methodology
    currency
    houseMultiplier
    crossMargin
    minimumTransferAmount
    callDueHours
    owner {
      id
      kind
      name
    }
    portfolios {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    status {
      equity
      marketValue
      cash
      collateralValue
      initialRequirement
      maintenanceRequirement
      houseRequirement
      concentrationAddOn
      minimumEquity
      excess
      buyingPower
      dayTradingBuyingPower
      utilization
      inCall
      asOf
    }
    requirementLines {
      symbol
      rule
      initial
      maintenance
    }
    scenarioGroups {
      symbol
      requirement
      worstLoss
      worstPriceMove
      worstVolShift
      priceMoves
      volShifts
      pnlGrid
    }
    collateral {
      marketValue
      collateralValue
    }
    patternDayTrader {
      dayTrades
      totalTrades
      windowStart
      isPatternDayTrader
      minimumEquity
    }
    liveCall {
      id
      kind
      status
      amountDue
      minimumTransferAmount
      equity
      requirement
      raisedAt
      dueAt
      acknowledgedAt
      closedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateMarginAccountMutation, CreateMarginAccountMutationVariables>;
export const CreatePortfolioDocument = new TypedDocumentString(`
    mutation CreatePortfolio($input: CreatePortfolioInput!) {
  createPortfolio(input: $input) {
    id
    marginAccount {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    name
    owner {
      id
      kind
      name
    }
    baseCurrency
    benchmarkSymbol
    strategy
    allowShort
    createdAt
    cash
    riskLimits {
      id
      portfolioId
      kind
      threshold
      active
      createdAt
    }
    strategies {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePortfolioMutation, CreatePortfolioMutationVariables>;
export const CreateRiskLimitDocument = new TypedDocumentString(`
    mutation CreateRiskLimit($input: CreateRiskLimitInput!) {
  createRiskLimit(input: $input) {
    id
    portfolioId
    kind
    threshold
    active
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CreateRiskLimitMutation, CreateRiskLimitMutationVariables>;
export const CreateStrategyDocument = new TypedDocumentString(`
    mutation CreateStrategy($input: CreateStrategyInput!) {
  createStrategy(input: $input) {
    id
    name
    kind
    parameters
    universe
    portfolio {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    status
    autoTrade
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<CreateStrategyMutation, CreateStrategyMutationVariables>;
export const DefineOptionContractDocument = new TypedDocumentString(`
    mutation DefineOptionContract($input: OptionContractInput!) {
  defineOptionContract(input: $input) {
    instrument {
      id
      symbol
      name
      assetClass
      currency
      exchange
      multiplier
      tickSize
      active
      lastPrice
    }
    underlying {
      id
      symbol
      name
      assetClass
      currency
      exchange
      multiplier
      tickSize
      active
      lastPrice
    }
    right
    strike
    expiry
  }
}
    `) as unknown as TypedDocumentString<DefineOptionContractMutation, DefineOptionContractMutationVariables>;
export const DeleteRiskLimitDocument = new TypedDocumentString(`
    mutation DeleteRiskLimit($id: ID!) {
  deleteRiskLimit(id: $id) {
    id
    portfolioId
    kind
    threshold
    active
    createdAt
  }
}
    `) as unknown as TypedDocumentString<DeleteRiskLimitMutation, DeleteRiskLimitMutationVariables>;
export const DepositCashDocument = new TypedDocumentString(`
    mutation DepositCash($input: CashInput!) {
  depositCash(input: $input) {
    id
    amount
    kind
    ts
    tradeId
  }
}
    `) as unknown as TypedDocumentString<DepositCashMutation, DepositCashMutationVariables>;
export const DepositCollateralDocument = new TypedDocumentString(`
    mutation DepositCollateral($input: CollateralMovementInput!) {
  depositCollateral(input: $input) {
    id
    name
    broker
    methodology
    currency
    houseMultiplier
    crossMargin
    minimumTransferAmount
    callDueHours
    owner {
      id
      kind
      name
    }
    portfolios {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    status {
      equity
      marketValue
      cash
      collateralValue
      initialRequirement
      maintenanceRequirement
      houseRequirement
      concentrationAddOn
      minimumEquity
      excess
      buyingPower
      dayTradingBuyingPower
      utilization
      inCall
      asOf
    }
    requirementLines {
      symbol
      rule
      initial
      maintenance
    }
    scenarioGroups {
      symbol
      requirement
      worstLoss
      worstPriceMove
      worstVolShift
      priceMoves
      volShifts
      pnlGrid
    }
    collateral {
      marketValue
      collateralValue
    }
    patternDayTrader {
      dayTrades
      totalTrades
      windowStart
      isPatternDayTrader
      minimumEquity
    }
    liveCall {
      id
      kind
      status
      amountDue
      minimumTransferAmount
      equity
      requirement
      raisedAt
      dueAt
      acknowledgedAt
      closedAt
    }
  }
}
    `) as unknown as TypedDocumentString<DepositCollateralMutation, DepositCollateralMutationVariables>;
export const IngestBarsDocument = new TypedDocumentString(`
    mutation IngestBars($input: IngestBarsInput!) {
  ingestBars(input: $input) {
    written
    inserted
    replaced
  }
}
    `) as unknown as TypedDocumentString<IngestBarsMutation, IngestBarsMutationVariables>;
export const PlaceOrderDocument = new TypedDocumentString(`
    mutation PlaceOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    id
    portfolio {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    strategy {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
    instrument {
      id
      symbol
      name
      assetClass
      currency
      exchange
      multiplier
      tickSize
      active
      lastPrice
    }
    symbol
    side
    type
    quantity
    filledQuantity
    averagePrice
    limitPrice
    stopPrice
    trailAmount
    trailPercent
    timeInForce
    expireAt
    reduceOnly
    parentId
    ocoGroup
    status
    reason
    createdAt
    updatedAt
    events {
      id
      orderId
      portfolioId
      status
      reason
      fillQuantity
      fillPrice
      ts
    }
    fills {
      id
      quantity
      price
      fee
      ts
      tradeId
    }
  }
}
    `) as unknown as TypedDocumentString<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const ProposeRebalanceDocument = new TypedDocumentString(`
    mutation ProposeRebalance($portfolioId: ID!, $targets: [TargetWeight!]!, $execute: Boolean) {
  proposeRebalance(
    portfolioId: $portfolioId
    targets: $targets
    execute: $execute
  ) {
    portfolioValue
    trades {
      symbol
      side
      quantity
      price
    }
    executed
  }
}
    `) as unknown as TypedDocumentString<ProposeRebalanceMutation, ProposeRebalanceMutationVariables>;
export const RecordTradesDocument = new TypedDocumentString(`
    mutation RecordTrades($input: RecordTradesInput!) {
  recordTrades(input: $input) {
    id
    portfolio {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    instrument {
      id
      symbol
      name
      assetClass
      currency
      exchange
      multiplier
      tickSize
      active
      lastPrice
    }
    symbol
    side
    quantity
    price
    fees
    ts
    externalId
  }
}
    `) as unknown as TypedDocumentString<RecordTradesMutation, RecordTradesMutationVariables>;
export const ResolveMarginCallDocument = new TypedDocumentString(`
    mutation ResolveMarginCall($id: ID!, $resolution: MarginCallResolution!, $note: String) {
  resolveMarginCall(id: $id, resolution: $resolution, note: $note) {
    id
    account {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    kind
    status
    amountDue
    minimumTransferAmount
    equity
    requirement
    raisedAt
    dueAt
    acknowledgedAt
    closedAt
    history {
      status
      ts
      note
    }
    liquidationPlan {
      totalCost
      cured
      remainingDeficit
    }
  }
}
    `) as unknown as TypedDocumentString<ResolveMarginCallMutation, ResolveMarginCallMutationVariables>;
export const RunBacktestDocument = new TypedDocumentString(`
    mutation RunBacktest($input: BacktestInput!) {
  runBacktest(input: $input) {
    id
    status
    progress
    error
    strategy {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
    kind
    parameters
    symbols
    from
    to
    interval
    mode
    initialCash
    createdAt
    startedAt
    finishedAt
    metrics {
      totalReturn
      cagr
      volatility
      sharpe
      sortino
      calmar
      maxDrawdown
      maxDrawdownDuration
      winRate
      profitFactor
      expectancy
      averageWin
      averageLoss
      exposure
      turnover
      tradeCount
      probabilisticSharpe
      deflatedSharpe
      all
    }
    trades {
      symbol
      side
      quantity
      entryTs
      entryPrice
      exitTs
      exitPrice
      pnl
      returnPct
      fees
      mae
      mfe
    }
    equityCurve {
      ts
      equity
      drawdown
    }
    drawdowns {
      start
      trough
      end
      depth
      length
    }
    sweep {
      parameters
    }
  }
}
    `) as unknown as TypedDocumentString<RunBacktestMutation, RunBacktestMutationVariables>;
export const SetStrategyStatusDocument = new TypedDocumentString(`
    mutation SetStrategyStatus($id: ID!, $status: StrategyStatus!) {
  setStrategyStatus(id: $id, status: $status) {
    id
    name
    kind
    parameters
    universe
    portfolio {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    status
    autoTrade
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SetStrategyStatusMutation, SetStrategyStatusMutationVariables>;
export const UpdateRiskLimitDocument = new TypedDocumentString(`
    mutation UpdateRiskLimit($id: ID!, $input: UpdateRiskLimitInput!) {
  updateRiskLimit(id: $id, input: $input) {
    id
    portfolioId
    kind
    threshold
    active
    createdAt
  }
}
    `) as unknown as TypedDocumentString<UpdateRiskLimitMutation, UpdateRiskLimitMutationVariables>;
export const UpdateStrategyDocument = new TypedDocumentString(`
    mutation UpdateStrategy($input: UpdateStrategyInput!) {
  updateStrategy(input: $input) {
    id
    name
    kind
    parameters
    universe
    portfolio {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    status
    autoTrade
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateStrategyMutation, UpdateStrategyMutationVariables>;
export const WithdrawCashDocument = new TypedDocumentString(`
    mutation WithdrawCash($input: CashInput!) {
  withdrawCash(input: $input) {
    id
    amount
    kind
    ts
    tradeId
  }
}
    `) as unknown as TypedDocumentString<WithdrawCashMutation, WithdrawCashMutationVariables>;
export const WithdrawCollateralDocument = new TypedDocumentString(`
    mutation WithdrawCollateral($input: CollateralMovementInput!) {
  withdrawCollateral(input: $input) {
    id
    name
    broker
    methodology
    currency
    houseMultiplier
    crossMargin
    minimumTransferAmount
    callDueHours
    owner {
      id
      kind
      name
    }
    portfolios {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    status {
      equity
      marketValue
      cash
      collateralValue
      initialRequirement
      maintenanceRequirement
      houseRequirement
      concentrationAddOn
      minimumEquity
      excess
      buyingPower
      dayTradingBuyingPower
      utilization
      inCall
      asOf
    }
    requirementLines {
      symbol
      rule
      initial
      maintenance
    }
    scenarioGroups {
      symbol
      requirement
      worstLoss
      worstPriceMove
      worstVolShift
      priceMoves
      volShifts
      pnlGrid
    }
    collateral {
      marketValue
      collateralValue
    }
    patternDayTrader {
      dayTrades
      totalTrades
      windowStart
      isPatternDayTrader
      minimumEquity
    }
    liveCall {
      id
      kind
      status
      amountDue
      minimumTransferAmount
      equity
      requirement
      raisedAt
      dueAt
      acknowledgedAt
      closedAt
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawCollateralMutation, WithdrawCollateralMutationVariables>;
export const BacktestDocument = new TypedDocumentString(`
    query Backtest($id: ID!) {
  backtest(id: $id) {
    id
    status
    progress
    error
    strategy {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
    kind
    parameters
    symbols
    from
    to
    interval
    mode
    initialCash
    createdAt
    startedAt
    finishedAt
    metrics {
      totalReturn
      cagr
      volatility
      sharpe
      sortino
      calmar
      maxDrawdown
      maxDrawdownDuration
      winRate
      profitFactor
      expectancy
      averageWin
      averageLoss
      exposure
      turnover
      tradeCount
      probabilisticSharpe
      deflatedSharpe
      all
    }
    trades {
      symbol
      side
      quantity
      entryTs
      entryPrice
      exitTs
      exitPrice
      pnl
      returnPct
      fees
      mae
      mfe
    }
    equityCurve {
      ts
      equity
      drawdown
    }
    drawdowns {
      start
      trough
      end
      depth
      length
    }
    sweep {
      parameters
    }
  }
}
    `) as unknown as TypedDocumentString<BacktestQuery, BacktestQueryVariables>;
export const BacktestsDocument = new TypedDocumentString(`
    query Backtests($strategyId: ID, $status: BacktestStatus, $first: Int) {
  backtests(strategyId: $strategyId, status: $status, first: $first) {
    id
    status
    progress
    error
    strategy {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
    kind
    parameters
    symbols
    from
    to
    interval
    mode
    initialCash
    createdAt
    startedAt
    finishedAt
    metrics {
      totalReturn
      cagr
      volatility
      sharpe
      sortino
      calmar
      maxDrawdown
      maxDrawdownDuration
      winRate
      profitFactor
      expectancy
      averageWin
      averageLoss
      exposure
      turnover
      tradeCount
      probabilisticSharpe
      deflatedSharpe
      all
    }
    trades {
      symbol
      side
      quantity
      entryTs
      entryPrice
      exitTs
      exitPrice
      pnl
      returnPct
      fees
      mae
      mfe
    }
    equityCurve {
      ts
      equity
      drawdown
    }
    drawdowns {
      start
      trough
      end
      depth
      length
    }
    sweep {
      parameters
    }
  }
}
    `) as unknown as TypedDocumentString<BacktestsQuery, BacktestsQueryVariables>;
export const BarsDocument = new TypedDocumentString(`
    query Bars($symbol: String!, $interval: BarInterval!, $from: DateTime, $to: DateTime, $limit: Int) {
  bars(symbol: $symbol, interval: $interval, from: $from, to: $to, limit: $limit) {
    ts
    interval
    open
    high
    low
    close
    volume
  }
}
    `) as unknown as TypedDocumentString<BarsQuery, BarsQueryVariables>;
export const EntitiesDocument = new TypedDocumentString(`
    query Entities {
  entities {
    id
    marginAccounts {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    crossMargin {
      standalone
      combined
      saving
    }
    kind
    name
    portfolios {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    owns {
      percentage
    }
    ownedBy {
      percentage
    }
    consolidated {
      cash
    }
    goals {
      id
      name
      targetAmount
      targetDate
      priority
    }
  }
}
    `) as unknown as TypedDocumentString<EntitiesQuery, EntitiesQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
    query Entity($id: ID!) {
  entity(id: $id) {
    id
    marginAccounts {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    crossMargin {
      standalone
      combined
      saving
    }
    kind
    name
    portfolios {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    owns {
      percentage
    }
    ownedBy {
      percentage
    }
    consolidated {
      cash
    }
    goals {
      id
      name
      targetAmount
      targetDate
      priority
    }
  }
}
    `) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const GoalDocument = new TypedDocumentString(`
    query Goal($id: ID!) {
  goal(id: $id) {
    id
    owner {
      id
      kind
      name
    }
    name
    targetAmount
    targetDate
    priority
    portfolios {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
  }
}
    `) as unknown as TypedDocumentString<GoalQuery, GoalQueryVariables>;
export const InstrumentDocument = new TypedDocumentString(`
    query Instrument($symbol: String!) {
  instrument(symbol: $symbol) {
    id
    symbol
    name
    assetClass
    currency
    exchange
    multiplier
    tickSize
    active
    latestQuote {
      symbol
      bid
      ask
      last
      size
      ts
      spread
    }
    lastPrice
  }
}
    `) as unknown as TypedDocumentString<InstrumentQuery, InstrumentQueryVariables>;
export const InstrumentsDocument = new TypedDocumentString(`
    query Instruments($filter: InstrumentFilter, $first: Int, $after: String) {
  instruments(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        symbol
        name
        assetClass
        currency
        exchange
        multiplier
        tickSize
        active
        latestQuote {
          symbol
          bid
          ask
          last
          size
          ts
          spread
        }
        lastPrice
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InstrumentsQuery, InstrumentsQueryVariables>;
export const LatestQuoteDocument = new TypedDocumentString(`
    query LatestQuote($symbol: String!) {
  latestQuote(symbol: $symbol) {
    symbol
    bid
    ask
    last
    size
    ts
    spread
    instrument {
      id
      symbol
      name
      assetClass
      currency
      exchange
      multiplier
      tickSize
      active
      lastPrice
    }
  }
}
    `) as unknown as TypedDocumentString<LatestQuoteQuery, LatestQuoteQueryVariables>;
export const MarginAccountDocument = new TypedDocumentString(`
    query MarginAccount($id: ID!) {
  marginAccount(id: $id) {
    id
    name
    broker
    methodology
    currency
    houseMultiplier
    crossMargin
    minimumTransferAmount
    callDueHours
    owner {
      id
      kind
      name
    }
    portfolios {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    status {
      equity
      marketValue
      cash
      collateralValue
      initialRequirement
      maintenanceRequirement
      houseRequirement
      concentrationAddOn
      minimumEquity
      excess
      buyingPower
      dayTradingBuyingPower
      utilization
      inCall
      asOf
    }
    requirementLines {
      symbol
      rule
      initial
      maintenance
    }
    scenarioGroups {
      symbol
      requirement
      worstLoss
      worstPriceMove
      worstVolShift
      priceMoves
      volShifts
      pnlGrid
    }
    collateral {
      marketValue
      collateralValue
    }
    patternDayTrader {
      dayTrades
      totalTrades
      windowStart
      isPatternDayTrader
      minimumEquity
    }
    liveCall {
      id
      kind
      status
      amountDue
      minimumTransferAmount
      equity
      requirement
      raisedAt
      dueAt
      acknowledgedAt
      closedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MarginAccountQuery, MarginAccountQueryVariables>;
export const MarginAccountsDocument = new TypedDocumentString(`
    query MarginAccounts($ownerId: ID) {
  marginAccounts(ownerId: $ownerId) {
    id
    name
    broker
    methodology
    currency
    houseMultiplier
    crossMargin
    minimumTransferAmount
    callDueHours
    owner {
      id
      kind
      name
    }
    portfolios {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    status {
      equity
      marketValue
      cash
      collateralValue
      initialRequirement
      maintenanceRequirement
      houseRequirement
      concentrationAddOn
      minimumEquity
      excess
      buyingPower
      dayTradingBuyingPower
      utilization
      inCall
      asOf
    }
    requirementLines {
      symbol
      rule
      initial
      maintenance
    }
    scenarioGroups {
      symbol
      requirement
      worstLoss
      worstPriceMove
      worstVolShift
      priceMoves
      volShifts
      pnlGrid
    }
    collateral {
      marketValue
      collateralValue
    }
    patternDayTrader {
      dayTrades
      totalTrades
      windowStart
      isPatternDayTrader
      minimumEquity
    }
    liveCall {
      id
      kind
      status
      amountDue
      minimumTransferAmount
      equity
      requirement
      raisedAt
      dueAt
      acknowledgedAt
      closedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MarginAccountsQuery, MarginAccountsQueryVariables>;
export const MarginCallDocument = new TypedDocumentString(`
    query MarginCall($id: ID!) {
  marginCall(id: $id) {
    id
    account {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    kind
    status
    amountDue
    minimumTransferAmount
    equity
    requirement
    raisedAt
    dueAt
    acknowledgedAt
    closedAt
    history {
      status
      ts
      note
    }
    liquidationPlan {
      totalCost
      cured
      remainingDeficit
    }
  }
}
    `) as unknown as TypedDocumentString<MarginCallQuery, MarginCallQueryVariables>;
export const MarginCallsDocument = new TypedDocumentString(`
    query MarginCalls($status: [MarginCallStatus!], $accountIds: [ID!], $first: Int, $after: ID) {
  marginCalls(
    status: $status
    accountIds: $accountIds
    first: $first
    after: $after
  ) {
    id
    account {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    kind
    status
    amountDue
    minimumTransferAmount
    equity
    requirement
    raisedAt
    dueAt
    acknowledgedAt
    closedAt
    history {
      status
      ts
      note
    }
    liquidationPlan {
      totalCost
      cured
      remainingDeficit
    }
  }
}
    `) as unknown as TypedDocumentString<MarginCallsQuery, MarginCallsQueryVariables>;
export const MarginUtilizationDocument = new TypedDocumentString(`
    query MarginUtilization($accountId: ID!) {
  marginUtilization(accountId: $accountId) {
    accountId
    account {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    equity
    maintenanceRequirement
    houseRequirement
    excess
    utilization
    inCall
    ts
  }
}
    `) as unknown as TypedDocumentString<MarginUtilizationQuery, MarginUtilizationQueryVariables>;
export const MarginWarningDocument = new TypedDocumentString(`
    query MarginWarning($id: ID!) {
  marginWarning(id: $id) {
    id
    account {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    kind
    ts
    utilization
    probability
    distanceToCall
    expectedDaysToCall
    horizonDays
  }
}
    `) as unknown as TypedDocumentString<MarginWarningQuery, MarginWarningQueryVariables>;
export const OptimizeCollateralDocument = new TypedDocumentString(`
    query OptimizeCollateral($requirements: [CollateralRequirementInput!]!, $assets: [CollateralAssetInput!]!) {
  optimizeCollateral(requirements: $requirements, assets: $assets) {
    allocation {
      assetId
      marketValue
      collateralValue
      cost
    }
    totalCost
    naiveAllocation {
      assetId
      marketValue
      collateralValue
      cost
    }
    naiveCost
    saving
  }
}
    `) as unknown as TypedDocumentString<OptimizeCollateralQuery, OptimizeCollateralQueryVariables>;
export const OptimizePortfolioDocument = new TypedDocumentString(`
    query OptimizePortfolio($portfolioId: ID!, $method: OptimizationMethod!, $constraints: OptimizationConstraints, $blackLitterman: BlackLittermanInput, $discreteAllocation: DiscreteAllocationInput) {
  optimizePortfolio(
    portfolioId: $portfolioId
    method: $method
    constraints: $constraints
    blackLitterman: $blackLitterman
    discreteAllocation: $discreteAllocation
  ) {
    method
    weights {
      symbol
      weight
    }
    expectedReturn
    volatility
    sharpe
    frontier {
      expectedReturn
      volatility
      sharpe
    }
    observations
    cvar
    cvarConfidence
    turnover
    benchmarkSymbol
    trackingError
    blackLitterman {
      symbol
      marketWeight
      equilibriumReturn
      posteriorReturn
    }
    allocation {
      solver
      cash
      invested
      leftoverCash
      deviation
    }
  }
}
    `) as unknown as TypedDocumentString<OptimizePortfolioQuery, OptimizePortfolioQueryVariables>;
export const OrderDocument = new TypedDocumentString(`
    query Order($id: ID!) {
  order(id: $id) {
    id
    portfolio {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    strategy {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
    instrument {
      id
      symbol
      name
      assetClass
      currency
      exchange
      multiplier
      tickSize
      active
      lastPrice
    }
    symbol
    side
    type
    quantity
    filledQuantity
    averagePrice
    limitPrice
    stopPrice
    trailAmount
    trailPercent
    timeInForce
    expireAt
    reduceOnly
    parentId
    ocoGroup
    status
    reason
    createdAt
    updatedAt
    events {
      id
      orderId
      portfolioId
      status
      reason
      fillQuantity
      fillPrice
      ts
    }
    fills {
      id
      quantity
      price
      fee
      ts
      tradeId
    }
  }
}
    `) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const OrderEventDocument = new TypedDocumentString(`
    query OrderEvent($id: ID!) {
  orderEvent(id: $id) {
    id
    orderId
    portfolioId
    status
    reason
    fillQuantity
    fillPrice
    ts
    order {
      id
      symbol
      side
      type
      quantity
      filledQuantity
      averagePrice
      limitPrice
      stopPrice
      trailAmount
      trailPercent
      timeInForce
      expireAt
      reduceOnly
      parentId
      ocoGroup
      status
      reason
      createdAt
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<OrderEventQuery, OrderEventQueryVariables>;
export const OrdersDocument = new TypedDocumentString(`
    query Orders($portfolioId: ID!, $status: OrderStatus, $first: Int) {
  orders(portfolioId: $portfolioId, status: $status, first: $first) {
    id
    portfolio {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    strategy {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
    instrument {
      id
      symbol
      name
      assetClass
      currency
      exchange
      multiplier
      tickSize
      active
      lastPrice
    }
    symbol
    side
    type
    quantity
    filledQuantity
    averagePrice
    limitPrice
    stopPrice
    trailAmount
    trailPercent
    timeInForce
    expireAt
    reduceOnly
    parentId
    ocoGroup
    status
    reason
    createdAt
    updatedAt
    events {
      id
      orderId
      portfolioId
      status
      reason
      fillQuantity
      fillPrice
      ts
    }
    fills {
      id
      quantity
      price
      fee
      ts
      tradeId
    }
  }
}
    `) as unknown as TypedDocumentString<OrdersQuery, OrdersQueryVariables>;
export const PortfolioDocument = new TypedDocumentString(`
    query Portfolio($id: ID!) {
  portfolio(id: $id) {
    id
    marginAccount {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    name
    owner {
      id
      kind
      name
    }
    baseCurrency
    benchmarkSymbol
    strategy
    allowShort
    createdAt
    cash
    riskLimits {
      id
      portfolioId
      kind
      threshold
      active
      createdAt
    }
    strategies {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<PortfolioQuery, PortfolioQueryVariables>;
export const PortfoliosDocument = new TypedDocumentString(`
    query Portfolios($filter: PortfolioFilter, $first: Int, $after: String) {
  portfolios(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        marginAccount {
          id
          name
          broker
          methodology
          currency
          houseMultiplier
          crossMargin
          minimumTransferAmount
          callDueHours
        }
        name
        owner {
          id
          kind
          name
        }
        baseCurrency
        benchmarkSymbol
        strategy
        allowShort
        createdAt
        cash
        riskLimits {
          id
          portfolioId
          kind
          threshold
          active
          createdAt
        }
        strategies {
          id
          name
          kind
          parameters
          universe
          status
          autoTrade
          createdAt
          updatedAt
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PortfoliosQuery, PortfoliosQueryVariables>;
export const RiskLimitDocument = new TypedDocumentString(`
    query RiskLimit($id: ID!) {
  riskLimit(id: $id) {
    id
    portfolioId
    kind
    threshold
    active
    createdAt
  }
}
    `) as unknown as TypedDocumentString<RiskLimitQuery, RiskLimitQueryVariables>;
export const RiskLimitBreachDocument = new TypedDocumentString(`
    query RiskLimitBreach($id: ID!) {
  riskLimitBreach(id: $id) {
    id
    portfolioId
    limit {
      id
      portfolioId
      kind
      threshold
      active
      createdAt
    }
    report {
      id
      portfolioId
      asOf
      method
      confidence
      horizonDays
      var
      es
      portfolioValue
      valuation
      volatility
      createdAt
    }
    value
    threshold
  }
}
    `) as unknown as TypedDocumentString<RiskLimitBreachQuery, RiskLimitBreachQueryVariables>;
export const RiskReportDocument = new TypedDocumentString(`
    query RiskReport($id: ID!) {
  riskReport(id: $id) {
    id
    portfolioId
    asOf
    method
    confidence
    horizonDays
    var
    es
    portfolioValue
    valuation
    volatility
    contributions {
      symbol
      weight
      marginalVar
      componentVar
    }
    stress {
      scenario
      pnl
      return
    }
    greeks {
      delta
      gamma
      vega
      theta
      rho
    }
    correlation {
      factors
      averagePairwise
    }
    breaches {
      id
      portfolioId
      value
      threshold
    }
    computedWith {
      backend
      paths
      millis
    }
    createdAt
  }
}
    `) as unknown as TypedDocumentString<RiskReportQuery, RiskReportQueryVariables>;
export const SignalDocument = new TypedDocumentString(`
    query Signal($id: ID!) {
  signal(id: $id) {
    id
    strategy {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
    instrument {
      id
      symbol
      name
      assetClass
      currency
      exchange
      multiplier
      tickSize
      active
      lastPrice
    }
    symbol
    ts
    direction
    strength
    horizon
    explanation
    modelVersion
  }
}
    `) as unknown as TypedDocumentString<SignalQuery, SignalQueryVariables>;
export const SignalsDocument = new TypedDocumentString(`
    query Signals($strategyIds: [ID!], $symbols: [String!], $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  signals(
    strategyIds: $strategyIds
    symbols: $symbols
    from: $from
    to: $to
    first: $first
    after: $after
  ) {
    edges {
      cursor
      node {
        id
        strategy {
          id
          name
          kind
          parameters
          universe
          status
          autoTrade
          createdAt
          updatedAt
        }
        instrument {
          id
          symbol
          name
          assetClass
          currency
          exchange
          multiplier
          tickSize
          active
          lastPrice
        }
        symbol
        ts
        direction
        strength
        horizon
        explanation
        modelVersion
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SignalsQuery, SignalsQueryVariables>;
export const StrategiesDocument = new TypedDocumentString(`
    query Strategies($status: StrategyStatus, $portfolioId: ID) {
  strategies(status: $status, portfolioId: $portfolioId) {
    id
    name
    kind
    parameters
    universe
    portfolio {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    status
    autoTrade
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<StrategiesQuery, StrategiesQueryVariables>;
export const StrategyDocument = new TypedDocumentString(`
    query Strategy($id: ID!) {
  strategy(id: $id) {
    id
    name
    kind
    parameters
    universe
    portfolio {
      id
      name
      baseCurrency
      benchmarkSymbol
      strategy
      allowShort
      createdAt
      cash
    }
    status
    autoTrade
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<StrategyQuery, StrategyQueryVariables>;
export const StrategyKindsDocument = new TypedDocumentString(`
    query StrategyKinds {
  strategyKinds {
    kind
    title
    description
    parameters {
      name
      type
      description
      default
      min
      max
    }
    minSymbols
    exactSymbols
  }
}
    `) as unknown as TypedDocumentString<StrategyKindsQuery, StrategyKindsQueryVariables>;
export const SystemDocument = new TypedDocumentString(`
    query System {
  system {
    checkedAt
    timeoutMs
    engines {
      name
      title
      description
      url
      healthy
      ready
      problem
      version
      nodeVersion
      uptimeSeconds
      accelerated
    }
    acceleration {
      engine
    }
  }
}
    `) as unknown as TypedDocumentString<SystemQuery, SystemQueryVariables>;
export const OnBacktestProgressDocument = new TypedDocumentString(`
    subscription OnBacktestProgress($id: ID!) {
  backtestProgress(id: $id) {
    id
    status
    progress
    error
    strategy {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
    kind
    parameters
    symbols
    from
    to
    interval
    mode
    initialCash
    createdAt
    startedAt
    finishedAt
    metrics {
      totalReturn
      cagr
      volatility
      sharpe
      sortino
      calmar
      maxDrawdown
      maxDrawdownDuration
      winRate
      profitFactor
      expectancy
      averageWin
      averageLoss
      exposure
      turnover
      tradeCount
      probabilisticSharpe
      deflatedSharpe
      all
    }
    trades {
      symbol
      side
      quantity
      entryTs
      entryPrice
      exitTs
      exitPrice
      pnl
      returnPct
      fees
      mae
      mfe
    }
    equityCurve {
      ts
      equity
      drawdown
    }
    drawdowns {
      start
      trough
      end
      depth
      length
    }
    sweep {
      parameters
    }
  }
}
    `) as unknown as TypedDocumentString<OnBacktestProgressSubscription, OnBacktestProgressSubscriptionVariables>;
export const OnMarginCallRaisedDocument = new TypedDocumentString(`
    subscription OnMarginCallRaised($accountIds: [ID!]) {
  marginCallRaised(accountIds: $accountIds) {
    id
    account {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    kind
    status
    amountDue
    minimumTransferAmount
    equity
    requirement
    raisedAt
    dueAt
    acknowledgedAt
    closedAt
    history {
      status
      ts
      note
    }
    liquidationPlan {
      totalCost
      cured
      remainingDeficit
    }
  }
}
    `) as unknown as TypedDocumentString<OnMarginCallRaisedSubscription, OnMarginCallRaisedSubscriptionVariables>;
export const OnMarginUtilizationDocument = new TypedDocumentString(`
    subscription OnMarginUtilization($accountId: ID!) {
  marginUtilization(accountId: $accountId) {
    accountId
    account {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    equity
    maintenanceRequirement
    houseRequirement
    excess
    utilization
    inCall
    ts
  }
}
    `) as unknown as TypedDocumentString<OnMarginUtilizationSubscription, OnMarginUtilizationSubscriptionVariables>;
export const OnMarginWarningDocument = new TypedDocumentString(`
    subscription OnMarginWarning($accountIds: [ID!]) {
  marginWarning(accountIds: $accountIds) {
    id
    account {
      id
      name
      broker
      methodology
      currency
      houseMultiplier
      crossMargin
      minimumTransferAmount
      callDueHours
    }
    kind
    ts
    utilization
    probability
    distanceToCall
    expectedDaysToCall
    horizonDays
  }
}
    `) as unknown as TypedDocumentString<OnMarginWarningSubscription, OnMarginWarningSubscriptionVariables>;
export const OnOrderEventsDocument = new TypedDocumentString(`
    subscription OnOrderEvents($portfolioIds: [ID!]) {
  orderEvents(portfolioIds: $portfolioIds) {
    id
    orderId
    portfolioId
    status
    reason
    fillQuantity
    fillPrice
    ts
    order {
      id
      symbol
      side
      type
      quantity
      filledQuantity
      averagePrice
      limitPrice
      stopPrice
      trailAmount
      trailPercent
      timeInForce
      expireAt
      reduceOnly
      parentId
      ocoGroup
      status
      reason
      createdAt
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<OnOrderEventsSubscription, OnOrderEventsSubscriptionVariables>;
export const OnQuotesDocument = new TypedDocumentString(`
    subscription OnQuotes($symbols: [String!]!) {
  quotes(symbols: $symbols) {
    symbol
    bid
    ask
    last
    size
    ts
    spread
    instrument {
      id
      symbol
      name
      assetClass
      currency
      exchange
      multiplier
      tickSize
      active
      lastPrice
    }
  }
}
    `) as unknown as TypedDocumentString<OnQuotesSubscription, OnQuotesSubscriptionVariables>;
export const OnRiskLimitBreachedDocument = new TypedDocumentString(`
    subscription OnRiskLimitBreached($portfolioIds: [ID!]) {
  riskLimitBreached(portfolioIds: $portfolioIds) {
    id
    portfolioId
    limit {
      id
      portfolioId
      kind
      threshold
      active
      createdAt
    }
    report {
      id
      portfolioId
      asOf
      method
      confidence
      horizonDays
      var
      es
      portfolioValue
      valuation
      volatility
      createdAt
    }
    value
    threshold
  }
}
    `) as unknown as TypedDocumentString<OnRiskLimitBreachedSubscription, OnRiskLimitBreachedSubscriptionVariables>;
export const OnSignalsDocument = new TypedDocumentString(`
    subscription OnSignals($strategyIds: [ID!], $symbols: [String!]) {
  signals(strategyIds: $strategyIds, symbols: $symbols) {
    id
    strategy {
      id
      name
      kind
      parameters
      universe
      status
      autoTrade
      createdAt
      updatedAt
    }
    instrument {
      id
      symbol
      name
      assetClass
      currency
      exchange
      multiplier
      tickSize
      active
      lastPrice
    }
    symbol
    ts
    direction
    strength
    horizon
    explanation
    modelVersion
  }
}
    `) as unknown as TypedDocumentString<OnSignalsSubscription, OnSignalsSubscriptionVariables>;
export const InstrumentOverviewDocument = new TypedDocumentString(`
    query InstrumentOverview($symbol: String!, $interval: BarInterval!, $limit: Int = 100) {
  instrument(symbol: $symbol) {
    ...InstrumentFields
    latestQuote {
      ...QuoteFields
    }
  }
  bars(symbol: $symbol, interval: $interval, limit: $limit) {
    ...BarFields
  }
}
    fragment InstrumentFields on Instrument {
  id
  symbol
  name
  assetClass
  currency
  exchange
  multiplier
  tickSize
  active
  lastPrice
}
fragment QuoteFields on Quote {
  symbol
  bid
  ask
  last
  size
  spread
  ts
}
fragment BarFields on Bar {
  ts
  interval
  open
  high
  low
  close
  volume
}`) as unknown as TypedDocumentString<InstrumentOverviewQuery, InstrumentOverviewQueryVariables>;