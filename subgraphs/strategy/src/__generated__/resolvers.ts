import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StrategyRow, SignalRow, BacktestRow, OrderRow, OrderEventRow, FillRow, MetricsRecord, InstrumentRef, PortfolioRef } from '../service/types.ts';
import type { StrategyKindSpec, ParamSpec } from '../domain/index.ts';
import type { StrategyContext } from '../context.ts';
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
  /** A JSON value (object, array, number, string, boolean or null). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AmendOrderInput = {
  id: Scalars['ID']['input'];
  limitPrice?: InputMaybe<Scalars['Float']['input']>;
  quantity?: InputMaybe<Scalars['Float']['input']>;
  stopPrice?: InputMaybe<Scalars['Float']['input']>;
  trailAmount?: InputMaybe<Scalars['Float']['input']>;
  trailPercent?: InputMaybe<Scalars['Float']['input']>;
};

export type Backtest = {
  __typename?: 'Backtest';
  createdAt: Scalars['DateTime']['output'];
  drawdowns: Array<Drawdown>;
  equityCurve: Array<EquityPoint>;
  /** Why it failed or was cancelled. */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  from: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  initialCash: Scalars['Float']['output'];
  interval: BacktestInterval;
  kind: Scalars['String']['output'];
  /** Null until COMPLETED. */
  metrics?: Maybe<BacktestMetrics>;
  mode: BacktestMode;
  parameters: Scalars['JSON']['output'];
  /** 0..1. */
  progress: Scalars['Float']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: BacktestStatus;
  strategy?: Maybe<Strategy>;
  /** Every grid combination with its metrics; empty without a grid. */
  sweep: Array<SweepCell>;
  symbols: Array<Scalars['String']['output']>;
  to: Scalars['DateTime']['output'];
  trades: Array<BacktestTrade>;
};

/**
 * A backtest: either kind + parameters, or strategyId (its kind, parameters and
 * universe, unless symbols are given). Decisions at the close of bar t fill at the
 * open of bar t+1 in both modes.
 */
export type BacktestInput = {
  fees?: InputMaybe<FeeModelInput>;
  from: Scalars['DateTime']['input'];
  /** At most 10,000 combinations. */
  grid?: InputMaybe<Array<ParameterRangeInput>>;
  initialCash?: InputMaybe<Scalars['Float']['input']>;
  interval?: InputMaybe<BacktestInterval>;
  kind?: InputMaybe<Scalars['String']['input']>;
  mode?: InputMaybe<BacktestMode>;
  parameters?: InputMaybe<Scalars['JSON']['input']>;
  /** Seed of the fill model's randomness (a run is reproducible bit for bit). */
  seed?: InputMaybe<Scalars['Int']['input']>;
  slippage?: InputMaybe<SlippageModelInput>;
  strategyId?: InputMaybe<Scalars['ID']['input']>;
  symbols?: InputMaybe<Array<Scalars['String']['input']>>;
  to: Scalars['DateTime']['input'];
};

/** Bar intervals a backtest can run on (both are stored by marketdata). */
export type BacktestInterval =
  | 'D1'
  | 'M1';

/** Performance of a run. Returns are simple; annualised with 252 periods a year for daily bars (252 × 390 for minute bars). */
export type BacktestMetrics = {
  __typename?: 'BacktestMetrics';
  /** Every metric the domain computed, by name (including those above). */
  all: Scalars['JSON']['output'];
  averageLoss?: Maybe<Scalars['Float']['output']>;
  averageWin?: Maybe<Scalars['Float']['output']>;
  cagr?: Maybe<Scalars['Float']['output']>;
  calmar?: Maybe<Scalars['Float']['output']>;
  deflatedSharpe?: Maybe<Scalars['Float']['output']>;
  expectancy?: Maybe<Scalars['Float']['output']>;
  exposure?: Maybe<Scalars['Float']['output']>;
  maxDrawdown?: Maybe<Scalars['Float']['output']>;
  /** In bars. */
  maxDrawdownDuration?: Maybe<Scalars['Float']['output']>;
  probabilisticSharpe?: Maybe<Scalars['Float']['output']>;
  profitFactor?: Maybe<Scalars['Float']['output']>;
  sharpe?: Maybe<Scalars['Float']['output']>;
  sortino?: Maybe<Scalars['Float']['output']>;
  totalReturn?: Maybe<Scalars['Float']['output']>;
  tradeCount?: Maybe<Scalars['Int']['output']>;
  turnover?: Maybe<Scalars['Float']['output']>;
  volatility?: Maybe<Scalars['Float']['output']>;
  winRate?: Maybe<Scalars['Float']['output']>;
};

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

export type BacktestTrade = {
  __typename?: 'BacktestTrade';
  entryPrice: Scalars['Float']['output'];
  entryTs: Scalars['DateTime']['output'];
  exitPrice?: Maybe<Scalars['Float']['output']>;
  exitTs?: Maybe<Scalars['DateTime']['output']>;
  fees?: Maybe<Scalars['Float']['output']>;
  /** Maximum adverse / favourable excursion while open (fractions of the entry price). */
  mae?: Maybe<Scalars['Float']['output']>;
  mfe?: Maybe<Scalars['Float']['output']>;
  pnl?: Maybe<Scalars['Float']['output']>;
  quantity: Scalars['Float']['output'];
  returnPct?: Maybe<Scalars['Float']['output']>;
  /** LONG or SHORT. */
  side: Scalars['String']['output'];
  symbol: Scalars['String']['output'];
};

/** Take-profit and stop-loss children of a bracket: placed once the entry fills, one cancels the other. */
export type BracketInput = {
  stopLossPrice?: InputMaybe<Scalars['Float']['input']>;
  takeProfitPrice?: InputMaybe<Scalars['Float']['input']>;
};

export type CreateStrategyInput = {
  autoTrade?: InputMaybe<Scalars['Boolean']['input']>;
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Validated against the kind's specs; missing ones take their defaults. */
  parameters?: InputMaybe<Scalars['JSON']['input']>;
  portfolioId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<StrategyStatus>;
  universe: Array<Scalars['String']['input']>;
};

export type Drawdown = {
  __typename?: 'Drawdown';
  depth: Scalars['Float']['output'];
  /** Null while not recovered. */
  end?: Maybe<Scalars['DateTime']['output']>;
  /** Bars from start to recovery (or to the end of the data). */
  length: Scalars['Int']['output'];
  start: Scalars['DateTime']['output'];
  trough: Scalars['DateTime']['output'];
};

export type EquityPoint = {
  __typename?: 'EquityPoint';
  drawdown: Scalars['Float']['output'];
  equity: Scalars['Float']['output'];
  ts: Scalars['DateTime']['output'];
};

/** Fees per fill: perShare × quantity + bps of the notional, at least minimum. */
export type FeeModelInput = {
  bps?: InputMaybe<Scalars['Float']['input']>;
  minimum?: InputMaybe<Scalars['Float']['input']>;
  perShare?: InputMaybe<Scalars['Float']['input']>;
};

/** Instrument: owned by marketdata; strategy adds the signals about it. */
export type Instrument = {
  __typename?: 'Instrument';
  id: Scalars['ID']['output'];
  /** The latest signals about this instrument, newest first (1..500, default 20). */
  signals: Array<Signal>;
};


/** Instrument: owned by marketdata; strategy adds the signals about it. */
export type InstrumentSignalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  amendOrder: PaperOrder;
  /** Stops a QUEUED or RUNNING backtest (CANCELLED); a finished one is returned unchanged. */
  cancelBacktest: Backtest;
  cancelOrder: PaperOrder;
  createStrategy: Strategy;
  placeOrder: PaperOrder;
  /** Queues a backtest; a worker thread runs it (follow it with backtestProgress or Query.backtest). */
  runBacktest: Backtest;
  setStrategyStatus: Strategy;
  updateStrategy: Strategy;
};


export type MutationAmendOrderArgs = {
  input: AmendOrderInput;
};


export type MutationCancelBacktestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateStrategyArgs = {
  input: CreateStrategyInput;
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationRunBacktestArgs = {
  input: BacktestInput;
};


export type MutationSetStrategyStatusArgs = {
  id: Scalars['ID']['input'];
  status: StrategyStatus;
};


export type MutationUpdateStrategyArgs = {
  input: UpdateStrategyInput;
};

/** One transition of an order's lifecycle. */
export type OrderEvent = {
  __typename?: 'OrderEvent';
  fillPrice?: Maybe<Scalars['Float']['output']>;
  fillQuantity?: Maybe<Scalars['Float']['output']>;
  /** `<order id>:<event id>`. */
  id: Scalars['ID']['output'];
  order: PaperOrder;
  orderId: Scalars['ID']['output'];
  portfolioId: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  status: OrderStatus;
  ts: Scalars['DateTime']['output'];
};

/** One more order of an OCO group (same portfolio and symbol as the order placed). */
export type OrderLegInput = {
  expireAt?: InputMaybe<Scalars['DateTime']['input']>;
  limitPrice?: InputMaybe<Scalars['Float']['input']>;
  quantity: Scalars['Float']['input'];
  side: OrderSide;
  stopPrice?: InputMaybe<Scalars['Float']['input']>;
  timeInForce?: InputMaybe<TimeInForce>;
  trailAmount?: InputMaybe<Scalars['Float']['input']>;
  trailPercent?: InputMaybe<Scalars['Float']['input']>;
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

export type PaperFill = {
  __typename?: 'PaperFill';
  fee: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  price: Scalars['Float']['output'];
  quantity: Scalars['Float']['output'];
  /** The portfolio trade it became (null until portfolio recorded it). */
  tradeId?: Maybe<Scalars['ID']['output']>;
  ts: Scalars['DateTime']['output'];
};

/** A paper order, filled by the order engine against live quotes. */
export type PaperOrder = {
  __typename?: 'PaperOrder';
  averagePrice?: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['DateTime']['output'];
  events: Array<OrderEvent>;
  expireAt?: Maybe<Scalars['DateTime']['output']>;
  filledQuantity: Scalars['Float']['output'];
  fills: Array<PaperFill>;
  id: Scalars['ID']['output'];
  instrument: Instrument;
  limitPrice?: Maybe<Scalars['Float']['output']>;
  ocoGroup?: Maybe<Scalars['String']['output']>;
  /** The bracket's entry order, for its take-profit and stop-loss children. */
  parentId?: Maybe<Scalars['ID']['output']>;
  portfolio: Portfolio;
  quantity: Scalars['Float']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  reduceOnly: Scalars['Boolean']['output'];
  side: OrderSide;
  status: OrderStatus;
  stopPrice?: Maybe<Scalars['Float']['output']>;
  strategy?: Maybe<Strategy>;
  symbol: Scalars['String']['output'];
  timeInForce: TimeInForce;
  trailAmount?: Maybe<Scalars['Float']['output']>;
  trailPercent?: Maybe<Scalars['Float']['output']>;
  type: OrderType;
  updatedAt: Scalars['DateTime']['output'];
};

/** One parameter of a sweep and the values it takes; the grid is the product of all. */
export type ParameterRangeInput = {
  name: Scalars['String']['input'];
  values: Array<Scalars['JSON']['input']>;
};

export type PlaceOrderInput = {
  bracket?: InputMaybe<BracketInput>;
  /** Required for GTD. */
  expireAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Required for LIMIT and STOP_LIMIT. */
  limitPrice?: InputMaybe<Scalars['Float']['input']>;
  /** Further orders in the same symbol placed with this one as an OCO group: the first fill cancels the others. */
  oco?: InputMaybe<Array<OrderLegInput>>;
  portfolioId: Scalars['ID']['input'];
  /** Positive. */
  quantity: Scalars['Float']['input'];
  /**
   * Only reduces the portfolio's position (checked against it at placement: an
   * order that would not reduce it is REJECTED, a larger one is capped at it).
   */
  reduceOnly?: InputMaybe<Scalars['Boolean']['input']>;
  side: OrderSide;
  /** Required for STOP and STOP_LIMIT. */
  stopPrice?: InputMaybe<Scalars['Float']['input']>;
  /** The strategy the order is for, if any. */
  strategyId?: InputMaybe<Scalars['ID']['input']>;
  symbol: Scalars['String']['input'];
  timeInForce?: InputMaybe<TimeInForce>;
  /** TRAILING_STOP: one of trailAmount (price units) or trailPercent (0..100). */
  trailAmount?: InputMaybe<Scalars['Float']['input']>;
  trailPercent?: InputMaybe<Scalars['Float']['input']>;
  type: OrderType;
};

/** Portfolio: owned by portfolio; strategy adds the strategies trading it, their signals and its paper orders. */
export type Portfolio = {
  __typename?: 'Portfolio';
  id: Scalars['ID']['output'];
  /** Paper orders of this portfolio, newest first; optionally only those in one status. */
  orders: Array<PaperOrder>;
  /** The latest signals of the strategies trading this portfolio, newest first (1..500, default 20). */
  signals: Array<Signal>;
  /** Strategies configured on this portfolio. */
  strategies: Array<Strategy>;
};


/** Portfolio: owned by portfolio; strategy adds the strategies trading it, their signals and its paper orders. */
export type PortfolioOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
};


/** Portfolio: owned by portfolio; strategy adds the strategies trading it, their signals and its paper orders. */
export type PortfolioSignalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  backtest?: Maybe<Backtest>;
  /** Backtests newest first. */
  backtests: Array<Backtest>;
  order?: Maybe<PaperOrder>;
  /** One lifecycle event (the lookup behind Subscription.orderEvents). */
  orderEvent?: Maybe<OrderEvent>;
  /** Paper orders of a portfolio, newest first. */
  orders: Array<PaperOrder>;
  signal?: Maybe<Signal>;
  /** Signals newest first, filtered; cursor pagination (first 1..500, default 50). */
  signals: SignalConnection;
  strategies: Array<Strategy>;
  strategy?: Maybe<Strategy>;
  /** The built-in strategy kinds and their parameters. */
  strategyKinds: Array<StrategyKindInfo>;
};


export type QueryBacktestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBacktestsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<BacktestStatus>;
  strategyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  portfolioId: Scalars['ID']['input'];
  status?: InputMaybe<OrderStatus>;
};


export type QuerySignalArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySignalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  strategyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  symbols?: InputMaybe<Array<Scalars['String']['input']>>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryStrategiesArgs = {
  portfolioId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<StrategyStatus>;
};


export type QueryStrategyArgs = {
  id: Scalars['ID']['input'];
};

/** What a strategy concluded about one instrument at one time. */
export type Signal = {
  __typename?: 'Signal';
  direction: SignalDirection;
  /** The inputs that produced it (indicator values, thresholds), by name. */
  explanation: Scalars['JSON']['output'];
  /** How long it is meant to hold, e.g. `5d` (bars of the strategy's interval). */
  horizon: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  instrument: Instrument;
  /** The model's version when a trained model produced it; null for rule-based kinds. */
  modelVersion?: Maybe<Scalars['String']['output']>;
  strategy: Strategy;
  /** In [-1, 1]: negative short, positive long, 0 flat. */
  strength: Scalars['Float']['output'];
  symbol: Scalars['String']['output'];
  ts: Scalars['DateTime']['output'];
};

export type SignalConnection = {
  __typename?: 'SignalConnection';
  edges: Array<SignalEdge>;
  pageInfo: SignalPageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SignalDirection =
  | 'FLAT'
  | 'LONG'
  | 'SHORT';

export type SignalEdge = {
  __typename?: 'SignalEdge';
  cursor: Scalars['String']['output'];
  node: Signal;
};

export type SignalPageInfo = {
  __typename?: 'SignalPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

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
  value: Scalars['Float']['input'];
};

/** A configured strategy: a kind with validated parameters over a universe of symbols, trading a portfolio. */
export type Strategy = {
  __typename?: 'Strategy';
  /** When ACTIVE: also place paper market orders on the portfolio for its signals. */
  autoTrade: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** One of Query.strategyKinds (e.g. MA_CROSSOVER). */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Validated against the kind's parameter specs (defaults filled in). */
  parameters: Scalars['JSON']['output'];
  portfolio?: Maybe<Portfolio>;
  /** Its latest signals, newest first (1..500, default 20). */
  signals: Array<Signal>;
  status: StrategyStatus;
  /** Symbols it trades. */
  universe: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


/** A configured strategy: a kind with validated parameters over a universe of symbols, trading a portfolio. */
export type StrategySignalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A built-in strategy kind, its parameters and its documented formula. */
export type StrategyKindInfo = {
  __typename?: 'StrategyKindInfo';
  description: Scalars['String']['output'];
  /** Exact number of symbols, when the kind needs exactly that many. */
  exactSymbols?: Maybe<Scalars['Int']['output']>;
  kind: Scalars['String']['output'];
  /** Least number of symbols the kind needs (2 for pairs). */
  minSymbols: Scalars['Int']['output'];
  parameters: Array<StrategyParameterSpec>;
  title: Scalars['String']['output'];
};

/** A parameter a strategy kind takes, with its range (from the domain's registry). */
export type StrategyParameterSpec = {
  __typename?: 'StrategyParameterSpec';
  default: Scalars['Float']['output'];
  description: Scalars['String']['output'];
  max: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** int | number | boolean (booleans are 0/1) */
  type: Scalars['String']['output'];
};

export type StrategyStatus =
  /** Emits live signals on the clock (and places paper orders when autoTrade is on). */
  | 'ACTIVE'
  /** Configured but idle. */
  | 'PAUSED';

export type Subscription = {
  __typename?: 'Subscription';
  /** A backtest's status and progress as it runs (until it finishes). */
  backtestProgress: Backtest;
  /** Order lifecycle events of the given portfolios (all when omitted). */
  orderEvents: OrderEvent;
  /** New signals, optionally only of some strategies or symbols. */
  signals: Signal;
};


export type SubscriptionBacktestProgressArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionOrderEventsArgs = {
  portfolioIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type SubscriptionSignalsArgs = {
  strategyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  symbols?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One combination of a sweep: its parameters and metrics (a heat map's cell). */
export type SweepCell = {
  __typename?: 'SweepCell';
  metrics: BacktestMetrics;
  parameters: Scalars['JSON']['output'];
};

export type TimeInForce =
  | 'DAY'
  | 'FOK'
  | 'GTC'
  | 'GTD'
  | 'IOC';

export type UpdateStrategyInput = {
  autoTrade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  parameters?: InputMaybe<Scalars['JSON']['input']>;
  portfolioId?: InputMaybe<Scalars['ID']['input']>;
  universe?: InputMaybe<Array<Scalars['String']['input']>>;
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
  Backtest: Backtest;
  Instrument: Instrument;
  PaperOrder: PaperOrder;
  Portfolio: Portfolio;
  Signal: Signal;
  Strategy: Strategy;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Backtest:
    ( { __typename: 'Backtest' }
    & GraphQLRecursivePick<FederationTypes['Backtest'], {"id":true}> );
  Instrument:
    ( { __typename: 'Instrument' }
    & GraphQLRecursivePick<FederationTypes['Instrument'], {"id":true}> );
  PaperOrder:
    ( { __typename: 'PaperOrder' }
    & GraphQLRecursivePick<FederationTypes['PaperOrder'], {"id":true}> );
  Portfolio:
    ( { __typename: 'Portfolio' }
    & GraphQLRecursivePick<FederationTypes['Portfolio'], {"id":true}> );
  Signal:
    ( { __typename: 'Signal' }
    & GraphQLRecursivePick<FederationTypes['Signal'], {"id":true}> );
  Strategy:
    ( { __typename: 'Strategy' }
    & GraphQLRecursivePick<FederationTypes['Strategy'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AmendOrderInput: AmendOrderInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Backtest: ResolverTypeWrapper<BacktestRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BacktestInput: BacktestInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BacktestInterval: BacktestInterval;
  BacktestMetrics: ResolverTypeWrapper<MetricsRecord>;
  BacktestMode: BacktestMode;
  BacktestStatus: BacktestStatus;
  BacktestTrade: ResolverTypeWrapper<BacktestTrade>;
  BracketInput: BracketInput;
  CreateStrategyInput: CreateStrategyInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Drawdown: ResolverTypeWrapper<Drawdown>;
  EquityPoint: ResolverTypeWrapper<EquityPoint>;
  FeeModelInput: FeeModelInput;
  Instrument: ResolverTypeWrapper<InstrumentRef>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderEvent: ResolverTypeWrapper<OrderEventRow>;
  OrderLegInput: OrderLegInput;
  OrderSide: OrderSide;
  OrderStatus: OrderStatus;
  OrderType: OrderType;
  PaperFill: ResolverTypeWrapper<FillRow>;
  PaperOrder: ResolverTypeWrapper<OrderRow>;
  ParameterRangeInput: ParameterRangeInput;
  PlaceOrderInput: PlaceOrderInput;
  Portfolio: ResolverTypeWrapper<PortfolioRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Signal: ResolverTypeWrapper<SignalRow>;
  SignalConnection: ResolverTypeWrapper<Omit<SignalConnection, 'edges'> & { edges: Array<ResolversTypes['SignalEdge']> }>;
  SignalDirection: SignalDirection;
  SignalEdge: ResolverTypeWrapper<Omit<SignalEdge, 'node'> & { node: ResolversTypes['Signal'] }>;
  SignalPageInfo: ResolverTypeWrapper<SignalPageInfo>;
  SlippageKind: SlippageKind;
  SlippageModelInput: SlippageModelInput;
  Strategy: ResolverTypeWrapper<StrategyRow>;
  StrategyKindInfo: ResolverTypeWrapper<StrategyKindSpec>;
  StrategyParameterSpec: ResolverTypeWrapper<ParamSpec>;
  StrategyStatus: StrategyStatus;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SweepCell: ResolverTypeWrapper<Omit<SweepCell, 'metrics'> & { metrics: ResolversTypes['BacktestMetrics'] }>;
  TimeInForce: TimeInForce;
  UpdateStrategyInput: UpdateStrategyInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AmendOrderInput: AmendOrderInput;
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  Backtest: BacktestRow;
  String: Scalars['String']['output'];
  BacktestInput: BacktestInput;
  Int: Scalars['Int']['output'];
  BacktestMetrics: MetricsRecord;
  BacktestTrade: BacktestTrade;
  BracketInput: BracketInput;
  CreateStrategyInput: CreateStrategyInput;
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  Drawdown: Drawdown;
  EquityPoint: EquityPoint;
  FeeModelInput: FeeModelInput;
  Instrument: InstrumentRef;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  OrderEvent: OrderEventRow;
  OrderLegInput: OrderLegInput;
  PaperFill: FillRow;
  PaperOrder: OrderRow;
  ParameterRangeInput: ParameterRangeInput;
  PlaceOrderInput: PlaceOrderInput;
  Portfolio: PortfolioRef;
  Query: Record<PropertyKey, never>;
  Signal: SignalRow;
  SignalConnection: Omit<SignalConnection, 'edges'> & { edges: Array<ResolversParentTypes['SignalEdge']> };
  SignalEdge: Omit<SignalEdge, 'node'> & { node: ResolversParentTypes['Signal'] };
  SignalPageInfo: SignalPageInfo;
  SlippageModelInput: SlippageModelInput;
  Strategy: StrategyRow;
  StrategyKindInfo: StrategyKindSpec;
  StrategyParameterSpec: ParamSpec;
  Subscription: Record<PropertyKey, never>;
  SweepCell: Omit<SweepCell, 'metrics'> & { metrics: ResolversParentTypes['BacktestMetrics'] };
  UpdateStrategyInput: UpdateStrategyInput;
}>;

export type BacktestResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['Backtest'] = ResolversParentTypes['Backtest'], FederationReferenceType extends FederationReferenceTypes['Backtest'] = FederationReferenceTypes['Backtest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Backtest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  drawdowns?: Resolver<Array<ResolversTypes['Drawdown']>, ParentType, ContextType>;
  equityCurve?: Resolver<Array<ResolversTypes['EquityPoint']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initialCash?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['BacktestInterval'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['BacktestMetrics']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['BacktestMode'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BacktestStatus'], ParentType, ContextType>;
  strategy?: Resolver<Maybe<ResolversTypes['Strategy']>, ParentType, ContextType>;
  sweep?: Resolver<Array<ResolversTypes['SweepCell']>, ParentType, ContextType>;
  symbols?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trades?: Resolver<Array<ResolversTypes['BacktestTrade']>, ParentType, ContextType>;
}>;

export type BacktestMetricsResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['BacktestMetrics'] = ResolversParentTypes['BacktestMetrics']> = ResolversObject<{
  all?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  averageLoss?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageWin?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cagr?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  calmar?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  deflatedSharpe?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  expectancy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  exposure?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxDrawdown?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxDrawdownDuration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  probabilisticSharpe?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  profitFactor?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sharpe?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sortino?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalReturn?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tradeCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  turnover?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  volatility?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  winRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type BacktestTradeResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['BacktestTrade'] = ResolversParentTypes['BacktestTrade']> = ResolversObject<{
  entryPrice?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  entryTs?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  exitPrice?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  exitTs?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fees?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mae?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mfe?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pnl?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  returnPct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  side?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DrawdownResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['Drawdown'] = ResolversParentTypes['Drawdown']> = ResolversObject<{
  depth?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trough?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type EquityPointResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['EquityPoint'] = ResolversParentTypes['EquityPoint']> = ResolversObject<{
  drawdown?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  equity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ts?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type InstrumentResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument'], FederationReferenceType extends FederationReferenceTypes['Instrument'] = FederationReferenceTypes['Instrument']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Instrument']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  signals?: Resolver<Array<ResolversTypes['Signal']>, ParentType, ContextType, RequireFields<InstrumentSignalsArgs, 'first'>>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  amendOrder?: Resolver<ResolversTypes['PaperOrder'], ParentType, ContextType, RequireFields<MutationAmendOrderArgs, 'input'>>;
  cancelBacktest?: Resolver<ResolversTypes['Backtest'], ParentType, ContextType, RequireFields<MutationCancelBacktestArgs, 'id'>>;
  cancelOrder?: Resolver<ResolversTypes['PaperOrder'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'id'>>;
  createStrategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType, RequireFields<MutationCreateStrategyArgs, 'input'>>;
  placeOrder?: Resolver<ResolversTypes['PaperOrder'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
  runBacktest?: Resolver<ResolversTypes['Backtest'], ParentType, ContextType, RequireFields<MutationRunBacktestArgs, 'input'>>;
  setStrategyStatus?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType, RequireFields<MutationSetStrategyStatusArgs, 'id' | 'status'>>;
  updateStrategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType, RequireFields<MutationUpdateStrategyArgs, 'input'>>;
}>;

export type OrderEventResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['OrderEvent'] = ResolversParentTypes['OrderEvent']> = ResolversObject<{
  fillPrice?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fillQuantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['PaperOrder'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  portfolioId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  ts?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PaperFillResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['PaperFill'] = ResolversParentTypes['PaperFill']> = ResolversObject<{
  fee?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tradeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ts?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PaperOrderResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['PaperOrder'] = ResolversParentTypes['PaperOrder'], FederationReferenceType extends FederationReferenceTypes['PaperOrder'] = FederationReferenceTypes['PaperOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PaperOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  averagePrice?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['OrderEvent']>, ParentType, ContextType>;
  expireAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  filledQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fills?: Resolver<Array<ResolversTypes['PaperFill']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  limitPrice?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ocoGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  portfolio?: Resolver<ResolversTypes['Portfolio'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reduceOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['OrderSide'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  stopPrice?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  strategy?: Resolver<Maybe<ResolversTypes['Strategy']>, ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeInForce?: Resolver<ResolversTypes['TimeInForce'], ParentType, ContextType>;
  trailAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  trailPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['OrderType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PortfolioResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['Portfolio'] = ResolversParentTypes['Portfolio'], FederationReferenceType extends FederationReferenceTypes['Portfolio'] = FederationReferenceTypes['Portfolio']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Portfolio']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['PaperOrder']>, ParentType, ContextType, RequireFields<PortfolioOrdersArgs, 'first'>>;
  signals?: Resolver<Array<ResolversTypes['Signal']>, ParentType, ContextType, RequireFields<PortfolioSignalsArgs, 'first'>>;
  strategies?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  backtest?: Resolver<Maybe<ResolversTypes['Backtest']>, ParentType, ContextType, RequireFields<QueryBacktestArgs, 'id'>>;
  backtests?: Resolver<Array<ResolversTypes['Backtest']>, ParentType, ContextType, RequireFields<QueryBacktestsArgs, 'first'>>;
  order?: Resolver<Maybe<ResolversTypes['PaperOrder']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orderEvent?: Resolver<Maybe<ResolversTypes['OrderEvent']>, ParentType, ContextType, RequireFields<QueryOrderEventArgs, 'id'>>;
  orders?: Resolver<Array<ResolversTypes['PaperOrder']>, ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first' | 'portfolioId'>>;
  signal?: Resolver<Maybe<ResolversTypes['Signal']>, ParentType, ContextType, RequireFields<QuerySignalArgs, 'id'>>;
  signals?: Resolver<ResolversTypes['SignalConnection'], ParentType, ContextType, RequireFields<QuerySignalsArgs, 'first'>>;
  strategies?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<QueryStrategiesArgs>>;
  strategy?: Resolver<Maybe<ResolversTypes['Strategy']>, ParentType, ContextType, RequireFields<QueryStrategyArgs, 'id'>>;
  strategyKinds?: Resolver<Array<ResolversTypes['StrategyKindInfo']>, ParentType, ContextType>;
}>;

export type SignalResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['Signal'] = ResolversParentTypes['Signal'], FederationReferenceType extends FederationReferenceTypes['Signal'] = FederationReferenceTypes['Signal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Signal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  direction?: Resolver<ResolversTypes['SignalDirection'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  horizon?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  modelVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ts?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SignalConnectionResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['SignalConnection'] = ResolversParentTypes['SignalConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SignalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['SignalPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SignalEdgeResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['SignalEdge'] = ResolversParentTypes['SignalEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Signal'], ParentType, ContextType>;
}>;

export type SignalPageInfoResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['SignalPageInfo'] = ResolversParentTypes['SignalPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StrategyResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['Strategy'] = ResolversParentTypes['Strategy'], FederationReferenceType extends FederationReferenceTypes['Strategy'] = FederationReferenceTypes['Strategy']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Strategy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  autoTrade?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  portfolio?: Resolver<Maybe<ResolversTypes['Portfolio']>, ParentType, ContextType>;
  signals?: Resolver<Array<ResolversTypes['Signal']>, ParentType, ContextType, RequireFields<StrategySignalsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['StrategyStatus'], ParentType, ContextType>;
  universe?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type StrategyKindInfoResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['StrategyKindInfo'] = ResolversParentTypes['StrategyKindInfo']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exactSymbols?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minSymbols?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['StrategyParameterSpec']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StrategyParameterSpecResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['StrategyParameterSpec'] = ResolversParentTypes['StrategyParameterSpec']> = ResolversObject<{
  default?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  backtestProgress?: SubscriptionResolver<ResolversTypes['Backtest'], "backtestProgress", ParentType, ContextType, RequireFields<SubscriptionBacktestProgressArgs, 'id'>>;
  orderEvents?: SubscriptionResolver<ResolversTypes['OrderEvent'], "orderEvents", ParentType, ContextType, Partial<SubscriptionOrderEventsArgs>>;
  signals?: SubscriptionResolver<ResolversTypes['Signal'], "signals", ParentType, ContextType, Partial<SubscriptionSignalsArgs>>;
}>;

export type SweepCellResolvers<ContextType = StrategyContext, ParentType extends ResolversParentTypes['SweepCell'] = ResolversParentTypes['SweepCell']> = ResolversObject<{
  metrics?: Resolver<ResolversTypes['BacktestMetrics'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = StrategyContext> = ResolversObject<{
  Backtest?: BacktestResolvers<ContextType>;
  BacktestMetrics?: BacktestMetricsResolvers<ContextType>;
  BacktestTrade?: BacktestTradeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Drawdown?: DrawdownResolvers<ContextType>;
  EquityPoint?: EquityPointResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  OrderEvent?: OrderEventResolvers<ContextType>;
  PaperFill?: PaperFillResolvers<ContextType>;
  PaperOrder?: PaperOrderResolvers<ContextType>;
  Portfolio?: PortfolioResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Signal?: SignalResolvers<ContextType>;
  SignalConnection?: SignalConnectionResolvers<ContextType>;
  SignalEdge?: SignalEdgeResolvers<ContextType>;
  SignalPageInfo?: SignalPageInfoResolvers<ContextType>;
  Strategy?: StrategyResolvers<ContextType>;
  StrategyKindInfo?: StrategyKindInfoResolvers<ContextType>;
  StrategyParameterSpec?: StrategyParameterSpecResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SweepCell?: SweepCellResolvers<ContextType>;
}>;

