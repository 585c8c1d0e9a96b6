import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow, OwnershipRow, PortfolioRow, PositionRow, TradeRow, CashEntryRow, GoalRow, ConsolidatedPositionRow, PortfolioShareRow } from '../service/types.ts';
import type { PortfolioContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time in UTC, e.g. 2026-01-05T14:30:00Z. */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddOwnershipInput = {
  ownedId: Scalars['ID']['input'];
  ownerId: Scalars['ID']['input'];
  /** In (0, 100]; an entity's owners may hold at most 100% in total. */
  percentage: Scalars['Float']['input'];
};

export type AllocationSolver =
  /** Fallback: round down, then buy single shares while that reduces the deviation. */
  | 'GREEDY'
  /** HiGHS branch-and-cut on the whole-share MIP. */
  | 'MIP';

export type BlackLittermanInput = {
  /**
   * Market (capitalisation) weights of the holdings, summing to 1 (holdings left
   * out weigh 0). Default: the current weights by value at the latest prices.
   */
  marketWeights?: InputMaybe<Array<TargetWeight>>;
  objective?: InputMaybe<BlackLittermanObjective>;
  /** δ > 0. */
  riskAversion?: InputMaybe<Scalars['Float']['input']>;
  /** τ > 0: uncertainty of the equilibrium relative to Σ. */
  tau?: InputMaybe<Scalars['Float']['input']>;
  viewUncertainty?: InputMaybe<ViewUncertainty>;
  views?: InputMaybe<Array<BlackLittermanView>>;
};

export type BlackLittermanObjective =
  /** Max Sharpe ratio of the posterior (default). */
  | 'MAX_SHARPE'
  /** Max quadratic utility μ_BLᵀw − (δ/2)·wᵀΣ_BLw. */
  | 'MAX_UTILITY';

export type BlackLittermanReturn = {
  __typename?: 'BlackLittermanReturn';
  /** π = δΣw_mkt, annualised excess return. */
  equilibriumReturn: Scalars['Float']['output'];
  marketWeight: Scalars['Float']['output'];
  /** μ_BL, annualised excess return after the views. */
  posteriorReturn: Scalars['Float']['output'];
  symbol: Scalars['String']['output'];
};

/**
 * A view: `symbol` is expected to return `expectedReturn` (annualised, excess
 * of the risk-free rate), or, with `relativeTo`, to outperform `relativeTo` by
 * `expectedReturn`.
 */
export type BlackLittermanView = {
  /** In (0, 1]. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  expectedReturn: Scalars['Float']['input'];
  relativeTo?: InputMaybe<Scalars['String']['input']>;
  symbol: Scalars['String']['input'];
};

export type CashEntry = {
  __typename?: 'CashEntry';
  /** Signed: positive adds cash. */
  amount: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  kind: CashEntryKind;
  tradeId?: Maybe<Scalars['ID']['output']>;
  ts: Scalars['DateTime']['output'];
};

export type CashEntryKind =
  | 'DEPOSIT'
  | 'FEE'
  | 'TRADE'
  | 'WITHDRAWAL';

export type CashInput = {
  /** Positive amount. */
  amount: Scalars['Float']['input'];
  portfolioId: Scalars['ID']['input'];
  ts?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ConsolidatedHoldings = {
  __typename?: 'ConsolidatedHoldings';
  /** Cash across portfolios, scaled by the effective share. */
  cash: Scalars['Float']['output'];
  /** Every portfolio reached, with the entity's effective share of it (0..1). */
  portfolios: Array<PortfolioShare>;
  /** Holdings summed across portfolios, each scaled by the effective share; closed positions omitted. */
  positions: Array<ConsolidatedPosition>;
};

export type ConsolidatedPosition = {
  __typename?: 'ConsolidatedPosition';
  /** Look-through cost basis: Σ share × cost basis. */
  costBasis: Scalars['Float']['output'];
  instrument: Instrument;
  /** Look-through quantity: Σ share × quantity. */
  quantity: Scalars['Float']['output'];
  symbol: Scalars['String']['output'];
};

export type CovarianceEstimator =
  /** RiskMetrics exponentially weighted, zero mean, decay `ewmaLambda`. */
  | 'EWMA'
  | 'LEDOIT_WOLF'
  | 'SAMPLE';

export type CreateEntityInput = {
  kind: EntityKind;
  name: Scalars['String']['input'];
};

export type CreateGoalInput = {
  entityId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  portfolioIds: Array<Scalars['ID']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  targetAmount: Scalars['Float']['input'];
  targetDate: Scalars['DateTime']['input'];
};

export type CreatePortfolioInput = {
  allowShort?: InputMaybe<Scalars['Boolean']['input']>;
  baseCurrency?: InputMaybe<Scalars['String']['input']>;
  benchmarkSymbol?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  strategy?: InputMaybe<Scalars['String']['input']>;
};

export type DiscreteAllocation = {
  __typename?: 'DiscreteAllocation';
  cash: Scalars['Float']['output'];
  /** Σ|targetWeight·cash − value|, the minimised deviation in cash. */
  deviation: Scalars['Float']['output'];
  invested: Scalars['Float']['output'];
  leftoverCash: Scalars['Float']['output'];
  shares: Array<ShareAllocation>;
  solver: AllocationSolver;
};

export type DiscreteAllocationInput = {
  /** Cash to turn into whole shares of the optimal weights at the latest prices (> 0). */
  cash: Scalars['Float']['input'];
};

/** A legal or natural person that owns portfolios and/or other entities. */
export type Entity = {
  __typename?: 'Entity';
  /**
   * Look-through holdings across every portfolio the entity owns directly or
   * indirectly: each portfolio counts with the product of the ownership
   * percentages along each path, summed over paths.
   */
  consolidated: ConsolidatedHoldings;
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Direct owners of this entity. */
  ownedBy: Array<Ownership>;
  /** Direct stakes in other entities. */
  owns: Array<Ownership>;
  /** Portfolios this entity owns directly. */
  portfolios: Array<Portfolio>;
};

export type EntityKind =
  | 'COMPANY'
  | 'FOUNDATION'
  | 'PERSON'
  | 'TRUST';

export type FrontierPoint = {
  __typename?: 'FrontierPoint';
  expectedReturn: Scalars['Float']['output'];
  sharpe: Scalars['Float']['output'];
  volatility: Scalars['Float']['output'];
};

/** A financial goal of an entity, funded by linked portfolios. */
export type Goal = {
  __typename?: 'Goal';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner: Entity;
  portfolios: Array<Portfolio>;
  /** 1 = most important. */
  priority: Scalars['Int']['output'];
  /**
   * Where the goal stands: current value of the linked portfolios and the
   * Monte Carlo probability of reaching the target by the target date.
   */
  progress: GoalProgress;
  targetAmount: Scalars['Float']['output'];
  targetDate: Scalars['DateTime']['output'];
};


/** A financial goal of an entity, funded by linked portfolios. */
export type GoalProgressArgs = {
  paths?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
};

export type GoalProgress = {
  __typename?: 'GoalProgress';
  /** The accel run behind the estimate (the router's choice on this machine); null when nothing was simulated (no time or no volatility left). */
  computedWith?: Maybe<GoalSimulation>;
  /** Current value of the linked portfolios (positions at latest prices + cash). */
  currentValue: Scalars['Float']['output'];
  /** Annualised drift μ and volatility σ estimated from the holdings' daily closes. */
  drift: Scalars['Float']['output'];
  /** currentValue / targetAmount (may exceed 1). */
  fundedRatio: Scalars['Float']['output'];
  paths: Scalars['Int']['output'];
  /** Share of simulated GBM paths whose value at the target date is ≥ target. */
  probabilityOfReaching: Scalars['Float']['output'];
  /** Standard error of the probability estimate. */
  standardError: Scalars['Float']['output'];
  targetAmount: Scalars['Float']['output'];
  volatility: Scalars['Float']['output'];
  /** Years from now to the target date. */
  yearsRemaining: Scalars['Float']['output'];
};

/** One routed Monte Carlo run of accel. */
export type GoalSimulation = {
  __typename?: 'GoalSimulation';
  /** The backend that ran it (js, threads, gpu): the router picks the one measured fastest for this size. */
  backend: Scalars['String']['output'];
  /** Milliseconds in accel. */
  millis: Scalars['Float']['output'];
  paths: Scalars['Int']['output'];
};

/**
 * Instrument stub: owned by marketdata. `lastPrice` is external: the gateway
 * fetches it from marketdata when a Position field that @requires it is asked for.
 */
export type Instrument = {
  __typename?: 'Instrument';
  id: Scalars['ID']['output'];
  lastPrice?: Maybe<Scalars['Float']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Refuses cycles and owners summing over 100%. */
  addOwnership: Ownership;
  createEntity: Entity;
  createGoal: Goal;
  createPortfolio: Portfolio;
  depositCash: CashEntry;
  /**
   * Trades that move the portfolio to the target weights (of positions + cash)
   * at the latest prices; executed (one recordTrades) only when execute is true.
   * Weights must be in [0, 1] and sum to at most 1 (the rest stays in cash).
   */
  proposeRebalance: RebalanceProposal;
  /** Validates every trade, then writes trades and their cash entries in one transaction, or nothing. */
  recordTrades: Array<Trade>;
  /** Refuses to take the cash balance below zero. */
  withdrawCash: CashEntry;
};


export type MutationAddOwnershipArgs = {
  input: AddOwnershipInput;
};


export type MutationCreateEntityArgs = {
  input: CreateEntityInput;
};


export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};


export type MutationCreatePortfolioArgs = {
  input: CreatePortfolioInput;
};


export type MutationDepositCashArgs = {
  input: CashInput;
};


export type MutationProposeRebalanceArgs = {
  execute?: InputMaybe<Scalars['Boolean']['input']>;
  portfolioId: Scalars['ID']['input'];
  targets: Array<TargetWeight>;
};


export type MutationRecordTradesArgs = {
  input: RecordTradesInput;
};


export type MutationWithdrawCashArgs = {
  input: CashInput;
};

export type OptimizationConstraints = {
  /** Benchmark for MIN_TRACKING_ERROR and maxTrackingError (default: the portfolio's benchmarkSymbol). */
  benchmarkSymbol?: InputMaybe<Scalars['String']['input']>;
  covariance?: InputMaybe<CovarianceEstimator>;
  /** Confidence α in (0, 1) of the CVaR minimised by MEAN_CVAR and reported for every method. */
  cvarConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Decay λ in (0, 1) of the EWMA covariance (RiskMetrics daily: 0.94). */
  ewmaLambda?: InputMaybe<Scalars['Float']['input']>;
  /** Minimum and/or maximum total weight per group of holdings (not for RISK_PARITY / HRP). */
  groups?: InputMaybe<Array<WeightGroup>>;
  longOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Trading days of history used (default 252, at least 30). */
  lookbackDays?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Largest annualised tracking error (volatility of the portfolio's return
   * minus the benchmark's) against the benchmark (not for RISK_PARITY / HRP).
   */
  maxTrackingError?: InputMaybe<Scalars['Float']['input']>;
  /**
   * Largest Σ|wᵢ − w₀ᵢ| against the current weights w₀ (holdings at latest
   * prices over their total, cash excluded), in [0, 2] (not for RISK_PARITY / HRP).
   */
  maxTurnover?: InputMaybe<Scalars['Float']['input']>;
  maxWeight?: InputMaybe<Scalars['Float']['input']>;
  minWeight?: InputMaybe<Scalars['Float']['input']>;
  /** Annualised risk-free rate (MAX_SHARPE and the reported Sharpe). */
  riskFreeRate?: InputMaybe<Scalars['Float']['input']>;
  /** Annualised target return (TARGET_RETURN; optional floor for MEAN_CVAR). */
  targetReturn?: InputMaybe<Scalars['Float']['input']>;
  /** Annualised target volatility (TARGET_VOLATILITY). */
  targetVolatility?: InputMaybe<Scalars['Float']['input']>;
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

export type OptimizationResult = {
  __typename?: 'OptimizationResult';
  /** When discreteAllocation was given: whole shares for that cash. */
  allocation?: Maybe<DiscreteAllocation>;
  /** Benchmark used (MIN_TRACKING_ERROR or maxTrackingError), else null. */
  benchmarkSymbol?: Maybe<Scalars['String']['output']>;
  /** BLACK_LITTERMAN only: market weight, equilibrium and posterior return per holding. */
  blackLitterman?: Maybe<Array<BlackLittermanReturn>>;
  /** Historical daily CVaR at cvarConfidence of the weights' loss, as a fraction of value (negative: a gain). */
  cvar: Scalars['Float']['output'];
  cvarConfidence: Scalars['Float']['output'];
  /**
   * Annualised (×252) expected return, volatility (×√252) and Sharpe: under the
   * posterior for BLACK_LITTERMAN, else under the historical mean and the chosen
   * covariance estimator.
   */
  expectedReturn: Scalars['Float']['output'];
  /** Efficient frontier from min variance to max return under the same constraints, for charting. */
  frontier: Array<FrontierPoint>;
  method: OptimizationMethod;
  /** Daily returns used. */
  observations: Scalars['Int']['output'];
  sharpe: Scalars['Float']['output'];
  /** Annualised tracking error against benchmarkSymbol, when one is used. */
  trackingError?: Maybe<Scalars['Float']['output']>;
  /** Σ|wᵢ − w₀ᵢ| against the current weights; null when a holding has no price. */
  turnover?: Maybe<Scalars['Float']['output']>;
  volatility: Scalars['Float']['output'];
  weights: Array<SymbolWeight>;
};

export type Ownership = {
  __typename?: 'Ownership';
  owned: Entity;
  owner: Entity;
  /** Percentage of `owned` held by `owner`, in (0, 100]. */
  percentage: Scalars['Float']['output'];
};

export type Performance = {
  __typename?: 'Performance';
  alpha?: Maybe<Scalars['Float']['output']>;
  annualizedReturn?: Maybe<Scalars['Float']['output']>;
  beta?: Maybe<Scalars['Float']['output']>;
  calmar?: Maybe<Scalars['Float']['output']>;
  from?: Maybe<Scalars['DateTime']['output']>;
  informationRatio?: Maybe<Scalars['Float']['output']>;
  maxDrawdown?: Maybe<Scalars['Float']['output']>;
  maxDrawdownPeak?: Maybe<Scalars['DateTime']['output']>;
  maxDrawdownTrough?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Money-weighted return: the internal rate of return of −start value, the
   * deposits/withdrawals and +end value. Annual for periods of a year or more;
   * for shorter periods the rate over the period (GIPS: never annualise < 1 year).
   */
  moneyWeightedReturn?: Maybe<Scalars['Float']['output']>;
  /** Daily valuations used (points). */
  observations: Scalars['Int']['output'];
  /**
   * The daily series behind these figures, for charting: each valuation date
   * with the value (positions × close + cash), the cumulative time-weighted
   * return from the window's first date and, when the portfolio has a
   * benchmark, the benchmark's cumulative return over the same dates.
   */
  series: Array<PerformancePoint>;
  sharpe?: Maybe<Scalars['Float']['output']>;
  sortino?: Maybe<Scalars['Float']['output']>;
  timeWeightedReturn?: Maybe<Scalars['Float']['output']>;
  to?: Maybe<Scalars['DateTime']['output']>;
  /** Time-weighted return over the period (cash flows neutralised). */
  totalReturn?: Maybe<Scalars['Float']['output']>;
  trackingError?: Maybe<Scalars['Float']['output']>;
  /** Annualised volatility of daily time-weighted returns (√252). */
  volatility?: Maybe<Scalars['Float']['output']>;
};

/** One daily valuation of Performance.series. */
export type PerformancePoint = {
  __typename?: 'PerformancePoint';
  /** The benchmark's cumulative return since the same date; null without a benchmark or a close. */
  benchmarkReturn?: Maybe<Scalars['Float']['output']>;
  /** Cumulative time-weighted return since the window's first date (0 on it). */
  cumulativeReturn: Scalars['Float']['output'];
  date: Scalars['DateTime']['output'];
  /** Positions at the day's closes + cash. */
  value: Scalars['Float']['output'];
};

/** A book of trades and cash belonging to one entity. */
export type Portfolio = {
  __typename?: 'Portfolio';
  /** Whether sells beyond the held quantity (short positions) are accepted. */
  allowShort: Scalars['Boolean']['output'];
  /** ISO 4217 currency of cash and prices. */
  baseCurrency: Scalars['String']['output'];
  /** Symbol of the benchmark instrument for relative analytics, e.g. SPY. */
  benchmarkSymbol?: Maybe<Scalars['String']['output']>;
  /** Cash balance: the sum of every cash entry (deposits, withdrawals, trades, fees). */
  cash: Scalars['Float']['output'];
  cashEntries: Array<CashEntry>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner: Entity;
  /**
   * Performance over [from, to] (default: the whole history) from a daily
   * valuation of positions × daily closes plus cash.
   */
  performance: Performance;
  /**
   * Positions derived from trades with the average-cost method (see README):
   * open positions only unless includeClosed.
   */
  positions: Array<Position>;
  /** Free-form strategy tag, e.g. growth or income. */
  strategy?: Maybe<Scalars['String']['output']>;
  /** Trades, newest first, with cursor pagination (first ≤ 500). */
  trades: TradeConnection;
};


/** A book of trades and cash belonging to one entity. */
export type PortfolioCashEntriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A book of trades and cash belonging to one entity. */
export type PortfolioPerformanceArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  riskFreeRate?: InputMaybe<Scalars['Float']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A book of trades and cash belonging to one entity. */
export type PortfolioPositionsArgs = {
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A book of trades and cash belonging to one entity. */
export type PortfolioTradesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PortfolioConnection = {
  __typename?: 'PortfolioConnection';
  edges: Array<PortfolioEdge>;
  pageInfo: PortfolioPageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PortfolioEdge = {
  __typename?: 'PortfolioEdge';
  cursor: Scalars['String']['output'];
  node: Portfolio;
};

export type PortfolioFilter = {
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  strategy?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Pagination state. Named apart from marketdata's PageInfo: that one is not
 * @shareable, so two subgraphs cannot both define PageInfo.
 */
export type PortfolioPageInfo = {
  __typename?: 'PortfolioPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PortfolioShare = {
  __typename?: 'PortfolioShare';
  portfolio: Portfolio;
  /** Effective fraction of the portfolio owned (product of percentages along paths / 100, summed over paths). */
  share: Scalars['Float']['output'];
};

/**
 * A holding derived from trades (never edited by hand). Keyed so the gateway can
 * come back for the fields that @require the instrument's live price.
 */
export type Position = {
  __typename?: 'Position';
  /** Average cost per unit including buy fees (cost basis / quantity); null when flat. */
  averageCost?: Maybe<Scalars['Float']['output']>;
  /** Cost of the open quantity under the average-cost method. */
  costBasis: Scalars['Float']['output'];
  firstTradeAt: Scalars['DateTime']['output'];
  /** portfolioId:instrumentId */
  id: Scalars['ID']['output'];
  instrument: Instrument;
  lastTradeAt: Scalars['DateTime']['output'];
  /** quantity × instrument.lastPrice (price from marketdata), null without a price. */
  marketValue?: Maybe<Scalars['Float']['output']>;
  portfolio: Portfolio;
  /** Signed quantity (negative = short). */
  quantity: Scalars['Float']['output'];
  /** P&L realised by reducing or closing the position, net of sell fees. */
  realizedPnl: Scalars['Float']['output'];
  symbol: Scalars['String']['output'];
  /** marketValue − costBasis, null without a price. */
  unrealizedPnl?: Maybe<Scalars['Float']['output']>;
};

export type Query = {
  __typename?: 'Query';
  entities: Array<Entity>;
  entity?: Maybe<Entity>;
  goal?: Maybe<Goal>;
  /**
   * Optimal weights for the portfolio's current holdings from their daily
   * returns (read-only: apply them with proposeRebalance).
   */
  optimizePortfolio: OptimizationResult;
  portfolio?: Maybe<Portfolio>;
  /** Portfolios ordered by id, with cursor pagination (first ≤ 500). */
  portfolios: PortfolioConnection;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGoalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOptimizePortfolioArgs = {
  blackLitterman?: InputMaybe<BlackLittermanInput>;
  constraints?: InputMaybe<OptimizationConstraints>;
  discreteAllocation?: InputMaybe<DiscreteAllocationInput>;
  method: OptimizationMethod;
  portfolioId: Scalars['ID']['input'];
};


export type QueryPortfolioArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPortfoliosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PortfolioFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RebalanceProposal = {
  __typename?: 'RebalanceProposal';
  executed: Scalars['Boolean']['output'];
  /** Value rebalanced: positions at latest prices + cash. */
  portfolioValue: Scalars['Float']['output'];
  trades: Array<RebalanceTrade>;
};

export type RebalanceTrade = {
  __typename?: 'RebalanceTrade';
  price: Scalars['Float']['output'];
  quantity: Scalars['Float']['output'];
  side: TradeSide;
  symbol: Scalars['String']['output'];
};

export type RecordTradesInput = {
  portfolioId: Scalars['ID']['input'];
  /** 1..1000 trades, checked in ts order, written all or none. */
  trades: Array<TradeInput>;
};

export type ShareAllocation = {
  __typename?: 'ShareAllocation';
  price: Scalars['Float']['output'];
  shares: Scalars['Int']['output'];
  symbol: Scalars['String']['output'];
  targetWeight: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
  /** value / cash. */
  weight: Scalars['Float']['output'];
};

export type SymbolWeight = {
  __typename?: 'SymbolWeight';
  symbol: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type TargetWeight = {
  symbol: Scalars['String']['input'];
  weight: Scalars['Float']['input'];
};

export type Trade = {
  __typename?: 'Trade';
  /** The recording system's idempotency key, if it gave one (TradeInput.externalId). */
  externalId?: Maybe<Scalars['String']['output']>;
  fees: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  instrument: Instrument;
  portfolio: Portfolio;
  price: Scalars['Float']['output'];
  quantity: Scalars['Float']['output'];
  side: TradeSide;
  symbol: Scalars['String']['output'];
  ts: Scalars['DateTime']['output'];
};

export type TradeConnection = {
  __typename?: 'TradeConnection';
  edges: Array<TradeEdge>;
  pageInfo: PortfolioPageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TradeEdge = {
  __typename?: 'TradeEdge';
  cursor: Scalars['String']['output'];
  node: Trade;
};

export type TradeInput = {
  /**
   * Idempotency key of the system that recorded it (at most 32 characters, e.g.
   * `strategy-fill:42` for a paper fill): a trade this portfolio already holds
   * under the key is answered as stored and not written again.
   */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Zero or more (default 0). */
  fees?: InputMaybe<Scalars['Float']['input']>;
  /** Positive, at most 10 decimal places. */
  price: Scalars['Float']['input'];
  /** Positive, at most 10 decimal places. */
  quantity: Scalars['Float']['input'];
  side: TradeSide;
  symbol: Scalars['String']['input'];
  /** When it executed: not more than 5 minutes in the future. */
  ts: Scalars['DateTime']['input'];
};

export type TradeSide =
  | 'BUY'
  | 'SELL';

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
  assetClass?: InputMaybe<Scalars['String']['input']>;
  maxWeight?: InputMaybe<Scalars['Float']['input']>;
  minWeight?: InputMaybe<Scalars['Float']['input']>;
  /** Used in messages. */
  name: Scalars['String']['input'];
  symbols?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Entity: Entity;
  Goal: Goal;
  Portfolio: Portfolio;
  Position: Position;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Entity:
    ( { __typename: 'Entity' }
    & GraphQLRecursivePick<FederationTypes['Entity'], {"id":true}> );
  Goal:
    ( { __typename: 'Goal' }
    & GraphQLRecursivePick<FederationTypes['Goal'], {"id":true}> );
  Portfolio:
    ( { __typename: 'Portfolio' }
    & GraphQLRecursivePick<FederationTypes['Portfolio'], {"id":true}> );
  Position:
    ( { __typename: 'Position' }
    & GraphQLRecursivePick<FederationTypes['Position'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Position'], {"instrument":{"lastPrice":true}}>
        | GraphQLRecursivePick<FederationTypes['Position'], {"instrument":{"lastPrice":true}}>
        | GraphQLRecursivePick<FederationTypes['Position'], {"instrument":{"lastPrice":true}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddOwnershipInput: AddOwnershipInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AllocationSolver: AllocationSolver;
  BlackLittermanInput: BlackLittermanInput;
  BlackLittermanObjective: BlackLittermanObjective;
  BlackLittermanReturn: ResolverTypeWrapper<BlackLittermanReturn>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BlackLittermanView: BlackLittermanView;
  CashEntry: ResolverTypeWrapper<CashEntryRow>;
  CashEntryKind: CashEntryKind;
  CashInput: CashInput;
  ConsolidatedHoldings: ResolverTypeWrapper<Omit<ConsolidatedHoldings, 'portfolios' | 'positions'> & { portfolios: Array<ResolversTypes['PortfolioShare']>, positions: Array<ResolversTypes['ConsolidatedPosition']> }>;
  ConsolidatedPosition: ResolverTypeWrapper<ConsolidatedPositionRow>;
  CovarianceEstimator: CovarianceEstimator;
  CreateEntityInput: CreateEntityInput;
  CreateGoalInput: CreateGoalInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreatePortfolioInput: CreatePortfolioInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DiscreteAllocation: ResolverTypeWrapper<DiscreteAllocation>;
  DiscreteAllocationInput: DiscreteAllocationInput;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityKind: EntityKind;
  FrontierPoint: ResolverTypeWrapper<FrontierPoint>;
  Goal: ResolverTypeWrapper<GoalRow>;
  GoalProgress: ResolverTypeWrapper<GoalProgress>;
  GoalSimulation: ResolverTypeWrapper<GoalSimulation>;
  Instrument: ResolverTypeWrapper<Instrument>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OptimizationConstraints: OptimizationConstraints;
  OptimizationMethod: OptimizationMethod;
  OptimizationResult: ResolverTypeWrapper<OptimizationResult>;
  Ownership: ResolverTypeWrapper<OwnershipRow>;
  Performance: ResolverTypeWrapper<Performance>;
  PerformancePoint: ResolverTypeWrapper<PerformancePoint>;
  Portfolio: ResolverTypeWrapper<PortfolioRow>;
  PortfolioConnection: ResolverTypeWrapper<Omit<PortfolioConnection, 'edges'> & { edges: Array<ResolversTypes['PortfolioEdge']> }>;
  PortfolioEdge: ResolverTypeWrapper<Omit<PortfolioEdge, 'node'> & { node: ResolversTypes['Portfolio'] }>;
  PortfolioFilter: PortfolioFilter;
  PortfolioPageInfo: ResolverTypeWrapper<PortfolioPageInfo>;
  PortfolioShare: ResolverTypeWrapper<PortfolioShareRow>;
  Position: ResolverTypeWrapper<PositionRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RebalanceProposal: ResolverTypeWrapper<RebalanceProposal>;
  RebalanceTrade: ResolverTypeWrapper<RebalanceTrade>;
  RecordTradesInput: RecordTradesInput;
  ShareAllocation: ResolverTypeWrapper<ShareAllocation>;
  SymbolWeight: ResolverTypeWrapper<SymbolWeight>;
  TargetWeight: TargetWeight;
  Trade: ResolverTypeWrapper<TradeRow>;
  TradeConnection: ResolverTypeWrapper<Omit<TradeConnection, 'edges'> & { edges: Array<ResolversTypes['TradeEdge']> }>;
  TradeEdge: ResolverTypeWrapper<Omit<TradeEdge, 'node'> & { node: ResolversTypes['Trade'] }>;
  TradeInput: TradeInput;
  TradeSide: TradeSide;
  ViewUncertainty: ViewUncertainty;
  WeightGroup: WeightGroup;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddOwnershipInput: AddOwnershipInput;
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  BlackLittermanInput: BlackLittermanInput;
  BlackLittermanReturn: BlackLittermanReturn;
  String: Scalars['String']['output'];
  BlackLittermanView: BlackLittermanView;
  CashEntry: CashEntryRow;
  CashInput: CashInput;
  ConsolidatedHoldings: Omit<ConsolidatedHoldings, 'portfolios' | 'positions'> & { portfolios: Array<ResolversParentTypes['PortfolioShare']>, positions: Array<ResolversParentTypes['ConsolidatedPosition']> };
  ConsolidatedPosition: ConsolidatedPositionRow;
  CreateEntityInput: CreateEntityInput;
  CreateGoalInput: CreateGoalInput;
  Int: Scalars['Int']['output'];
  CreatePortfolioInput: CreatePortfolioInput;
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  DiscreteAllocation: DiscreteAllocation;
  DiscreteAllocationInput: DiscreteAllocationInput;
  Entity: EntityRow;
  FrontierPoint: FrontierPoint;
  Goal: GoalRow;
  GoalProgress: GoalProgress;
  GoalSimulation: GoalSimulation;
  Instrument: Instrument;
  Mutation: Record<PropertyKey, never>;
  OptimizationConstraints: OptimizationConstraints;
  OptimizationResult: OptimizationResult;
  Ownership: OwnershipRow;
  Performance: Performance;
  PerformancePoint: PerformancePoint;
  Portfolio: PortfolioRow;
  PortfolioConnection: Omit<PortfolioConnection, 'edges'> & { edges: Array<ResolversParentTypes['PortfolioEdge']> };
  PortfolioEdge: Omit<PortfolioEdge, 'node'> & { node: ResolversParentTypes['Portfolio'] };
  PortfolioFilter: PortfolioFilter;
  PortfolioPageInfo: PortfolioPageInfo;
  PortfolioShare: PortfolioShareRow;
  Position: PositionRow;
  Query: Record<PropertyKey, never>;
  RebalanceProposal: RebalanceProposal;
  RebalanceTrade: RebalanceTrade;
  RecordTradesInput: RecordTradesInput;
  ShareAllocation: ShareAllocation;
  SymbolWeight: SymbolWeight;
  TargetWeight: TargetWeight;
  Trade: TradeRow;
  TradeConnection: Omit<TradeConnection, 'edges'> & { edges: Array<ResolversParentTypes['TradeEdge']> };
  TradeEdge: Omit<TradeEdge, 'node'> & { node: ResolversParentTypes['Trade'] };
  TradeInput: TradeInput;
  WeightGroup: WeightGroup;
}>;

export type BlackLittermanReturnResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['BlackLittermanReturn'] = ResolversParentTypes['BlackLittermanReturn']> = ResolversObject<{
  equilibriumReturn?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  marketWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  posteriorReturn?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CashEntryResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['CashEntry'] = ResolversParentTypes['CashEntry']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CashEntryKind'], ParentType, ContextType>;
  tradeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ts?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ConsolidatedHoldingsResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['ConsolidatedHoldings'] = ResolversParentTypes['ConsolidatedHoldings']> = ResolversObject<{
  cash?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  portfolios?: Resolver<Array<ResolversTypes['PortfolioShare']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['ConsolidatedPosition']>, ParentType, ContextType>;
}>;

export type ConsolidatedPositionResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['ConsolidatedPosition'] = ResolversParentTypes['ConsolidatedPosition']> = ResolversObject<{
  costBasis?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DiscreteAllocationResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['DiscreteAllocation'] = ResolversParentTypes['DiscreteAllocation']> = ResolversObject<{
  cash?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  deviation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  invested?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  leftoverCash?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['ShareAllocation']>, ParentType, ContextType>;
  solver?: Resolver<ResolversTypes['AllocationSolver'], ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity'], FederationReferenceType extends FederationReferenceTypes['Entity'] = FederationReferenceTypes['Entity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Entity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consolidated?: Resolver<ResolversTypes['ConsolidatedHoldings'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownedBy?: Resolver<Array<ResolversTypes['Ownership']>, ParentType, ContextType>;
  owns?: Resolver<Array<ResolversTypes['Ownership']>, ParentType, ContextType>;
  portfolios?: Resolver<Array<ResolversTypes['Portfolio']>, ParentType, ContextType>;
}>;

export type FrontierPointResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['FrontierPoint'] = ResolversParentTypes['FrontierPoint']> = ResolversObject<{
  expectedReturn?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharpe?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  volatility?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type GoalResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal'], FederationReferenceType extends FederationReferenceTypes['Goal'] = FederationReferenceTypes['Goal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Goal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  portfolios?: Resolver<Array<ResolversTypes['Portfolio']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['GoalProgress'], ParentType, ContextType, RequireFields<GoalProgressArgs, 'paths' | 'seed'>>;
  targetAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  targetDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type GoalProgressResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['GoalProgress'] = ResolversParentTypes['GoalProgress']> = ResolversObject<{
  computedWith?: Resolver<Maybe<ResolversTypes['GoalSimulation']>, ParentType, ContextType>;
  currentValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  drift?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fundedRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  paths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  probabilityOfReaching?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  standardError?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  targetAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  volatility?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  yearsRemaining?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type GoalSimulationResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['GoalSimulation'] = ResolversParentTypes['GoalSimulation']> = ResolversObject<{
  backend?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  millis?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  paths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstrumentResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addOwnership?: Resolver<ResolversTypes['Ownership'], ParentType, ContextType, RequireFields<MutationAddOwnershipArgs, 'input'>>;
  createEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationCreateEntityArgs, 'input'>>;
  createGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationCreateGoalArgs, 'input'>>;
  createPortfolio?: Resolver<ResolversTypes['Portfolio'], ParentType, ContextType, RequireFields<MutationCreatePortfolioArgs, 'input'>>;
  depositCash?: Resolver<ResolversTypes['CashEntry'], ParentType, ContextType, RequireFields<MutationDepositCashArgs, 'input'>>;
  proposeRebalance?: Resolver<ResolversTypes['RebalanceProposal'], ParentType, ContextType, RequireFields<MutationProposeRebalanceArgs, 'execute' | 'portfolioId' | 'targets'>>;
  recordTrades?: Resolver<Array<ResolversTypes['Trade']>, ParentType, ContextType, RequireFields<MutationRecordTradesArgs, 'input'>>;
  withdrawCash?: Resolver<ResolversTypes['CashEntry'], ParentType, ContextType, RequireFields<MutationWithdrawCashArgs, 'input'>>;
}>;

export type OptimizationResultResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['OptimizationResult'] = ResolversParentTypes['OptimizationResult']> = ResolversObject<{
  allocation?: Resolver<Maybe<ResolversTypes['DiscreteAllocation']>, ParentType, ContextType>;
  benchmarkSymbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  blackLitterman?: Resolver<Maybe<Array<ResolversTypes['BlackLittermanReturn']>>, ParentType, ContextType>;
  cvar?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cvarConfidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expectedReturn?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  frontier?: Resolver<Array<ResolversTypes['FrontierPoint']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['OptimizationMethod'], ParentType, ContextType>;
  observations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharpe?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trackingError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  turnover?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  volatility?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weights?: Resolver<Array<ResolversTypes['SymbolWeight']>, ParentType, ContextType>;
}>;

export type OwnershipResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['Ownership'] = ResolversParentTypes['Ownership']> = ResolversObject<{
  owned?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  percentage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PerformanceResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['Performance'] = ResolversParentTypes['Performance']> = ResolversObject<{
  alpha?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  annualizedReturn?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  beta?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  calmar?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  informationRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxDrawdown?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxDrawdownPeak?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxDrawdownTrough?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  moneyWeightedReturn?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  observations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['PerformancePoint']>, ParentType, ContextType>;
  sharpe?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sortino?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  timeWeightedReturn?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  totalReturn?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  trackingError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  volatility?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type PerformancePointResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['PerformancePoint'] = ResolversParentTypes['PerformancePoint']> = ResolversObject<{
  benchmarkReturn?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cumulativeReturn?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PortfolioResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['Portfolio'] = ResolversParentTypes['Portfolio'], FederationReferenceType extends FederationReferenceTypes['Portfolio'] = FederationReferenceTypes['Portfolio']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Portfolio']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowShort?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  baseCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  benchmarkSymbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cash?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cashEntries?: Resolver<Array<ResolversTypes['CashEntry']>, ParentType, ContextType, RequireFields<PortfolioCashEntriesArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  performance?: Resolver<ResolversTypes['Performance'], ParentType, ContextType, RequireFields<PortfolioPerformanceArgs, 'riskFreeRate'>>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, RequireFields<PortfolioPositionsArgs, 'includeClosed'>>;
  strategy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trades?: Resolver<ResolversTypes['TradeConnection'], ParentType, ContextType, RequireFields<PortfolioTradesArgs, 'first'>>;
}>;

export type PortfolioConnectionResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['PortfolioConnection'] = ResolversParentTypes['PortfolioConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PortfolioEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PortfolioPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PortfolioEdgeResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['PortfolioEdge'] = ResolversParentTypes['PortfolioEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Portfolio'], ParentType, ContextType>;
}>;

export type PortfolioPageInfoResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['PortfolioPageInfo'] = ResolversParentTypes['PortfolioPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PortfolioShareResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['PortfolioShare'] = ResolversParentTypes['PortfolioShare']> = ResolversObject<{
  portfolio?: Resolver<ResolversTypes['Portfolio'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PositionResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position'], FederationReferenceType extends FederationReferenceTypes['Position'] = FederationReferenceTypes['Position']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Position']> | FederationReferenceType, FederationReferenceType, ContextType>;
  averageCost?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  costBasis?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  firstTradeAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  lastTradeAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  marketValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  portfolio?: Resolver<ResolversTypes['Portfolio'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  realizedPnl?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unrealizedPnl?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType, RequireFields<QueryGoalArgs, 'id'>>;
  optimizePortfolio?: Resolver<ResolversTypes['OptimizationResult'], ParentType, ContextType, RequireFields<QueryOptimizePortfolioArgs, 'method' | 'portfolioId'>>;
  portfolio?: Resolver<Maybe<ResolversTypes['Portfolio']>, ParentType, ContextType, RequireFields<QueryPortfolioArgs, 'id'>>;
  portfolios?: Resolver<ResolversTypes['PortfolioConnection'], ParentType, ContextType, RequireFields<QueryPortfoliosArgs, 'first'>>;
}>;

export type RebalanceProposalResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['RebalanceProposal'] = ResolversParentTypes['RebalanceProposal']> = ResolversObject<{
  executed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  portfolioValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trades?: Resolver<Array<ResolversTypes['RebalanceTrade']>, ParentType, ContextType>;
}>;

export type RebalanceTradeResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['RebalanceTrade'] = ResolversParentTypes['RebalanceTrade']> = ResolversObject<{
  price?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['TradeSide'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ShareAllocationResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['ShareAllocation'] = ResolversParentTypes['ShareAllocation']> = ResolversObject<{
  price?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shares?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SymbolWeightResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['SymbolWeight'] = ResolversParentTypes['SymbolWeight']> = ResolversObject<{
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type TradeResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['Trade'] = ResolversParentTypes['Trade']> = ResolversObject<{
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fees?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  portfolio?: Resolver<ResolversTypes['Portfolio'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['TradeSide'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ts?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TradeConnectionResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['TradeConnection'] = ResolversParentTypes['TradeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TradeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PortfolioPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TradeEdgeResolvers<ContextType = PortfolioContext, ParentType extends ResolversParentTypes['TradeEdge'] = ResolversParentTypes['TradeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Trade'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PortfolioContext> = ResolversObject<{
  BlackLittermanReturn?: BlackLittermanReturnResolvers<ContextType>;
  CashEntry?: CashEntryResolvers<ContextType>;
  ConsolidatedHoldings?: ConsolidatedHoldingsResolvers<ContextType>;
  ConsolidatedPosition?: ConsolidatedPositionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DiscreteAllocation?: DiscreteAllocationResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  FrontierPoint?: FrontierPointResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  GoalProgress?: GoalProgressResolvers<ContextType>;
  GoalSimulation?: GoalSimulationResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OptimizationResult?: OptimizationResultResolvers<ContextType>;
  Ownership?: OwnershipResolvers<ContextType>;
  Performance?: PerformanceResolvers<ContextType>;
  PerformancePoint?: PerformancePointResolvers<ContextType>;
  Portfolio?: PortfolioResolvers<ContextType>;
  PortfolioConnection?: PortfolioConnectionResolvers<ContextType>;
  PortfolioEdge?: PortfolioEdgeResolvers<ContextType>;
  PortfolioPageInfo?: PortfolioPageInfoResolvers<ContextType>;
  PortfolioShare?: PortfolioShareResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RebalanceProposal?: RebalanceProposalResolvers<ContextType>;
  RebalanceTrade?: RebalanceTradeResolvers<ContextType>;
  ShareAllocation?: ShareAllocationResolvers<ContextType>;
  SymbolWeight?: SymbolWeightResolvers<ContextType>;
  Trade?: TradeResolvers<ContextType>;
  TradeConnection?: TradeConnectionResolvers<ContextType>;
  TradeEdge?: TradeEdgeResolvers<ContextType>;
}>;

