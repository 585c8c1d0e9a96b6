import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { InstrumentRow, QuoteRecord, BarRecord } from '../service/types.ts';
import type { MarketdataContext } from '../context.ts';
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

export type Bar = {
  __typename?: 'Bar';
  close: Scalars['Float']['output'];
  high: Scalars['Float']['output'];
  interval: BarInterval;
  low: Scalars['Float']['output'];
  open: Scalars['Float']['output'];
  /** Start of the bar's interval. */
  ts: Scalars['DateTime']['output'];
  volume: Scalars['Float']['output'];
};

export type BarInput = {
  close: Scalars['Float']['input'];
  high: Scalars['Float']['input'];
  /** Only stored intervals can be ingested: M1 or D1. */
  interval: BarInterval;
  low: Scalars['Float']['input'];
  open: Scalars['Float']['input'];
  symbol: Scalars['String']['input'];
  /** Start of the bar; must be aligned to the interval (whole minute / midnight UTC). */
  ts: Scalars['DateTime']['input'];
  volume: Scalars['Float']['input'];
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

export type IndicatorLine = {
  __typename?: 'IndicatorLine';
  kind: IndicatorKind;
  /** The spec's short name with its parameters, e.g. "SMA 20", "BB 20 2", "MACD 12 26 9". */
  label: Scalars['String']['output'];
  /** value (SMA, EMA, RSI, ATR); middle, upper, lower (BOLLINGER); macd, signal, histogram (MACD). */
  name: Scalars['String']['output'];
  /** Drawn over the price (SMA, EMA, BOLLINGER) or in a pane of its own (RSI, MACD, ATR). */
  overlay: Scalars['Boolean']['output'];
  /** Which spec it comes from (0-based index into `specs`). */
  spec: Scalars['Int']['output'];
  /** Aligned with IndicatorSet.ts; null while the indicator warms up. */
  values: Array<Maybe<Scalars['Float']['output']>>;
};

export type IndicatorSet = {
  __typename?: 'IndicatorSet';
  /**
   * Every line of every spec, in the order asked (Bollinger and MACD give three
   * lines each). Flat, so a chart of 1,800 bars with five fields per line stays
   * within the gateway's operation cost.
   */
  lines: Array<IndicatorLine>;
  /** Start of each bar, oldest first: the x axis shared by every line. */
  ts: Array<Scalars['DateTime']['output']>;
};

/** One indicator to compute; parameters that do not apply to its kind are refused. */
export type IndicatorSpec = {
  /** Fast EMA period, 1–500, less than slow; MACD. */
  fast?: InputMaybe<Scalars['Int']['input']>;
  kind: IndicatorKind;
  /** Look-back in bars, 1–500 (2–500 for Bollinger); SMA, EMA, BOLLINGER, RSI, ATR. */
  period?: InputMaybe<Scalars['Int']['input']>;
  /** Signal EMA period, 1–500; MACD. */
  signal?: InputMaybe<Scalars['Int']['input']>;
  /** Slow EMA period, 2–500; MACD. */
  slow?: InputMaybe<Scalars['Int']['input']>;
  /** Band width in standard deviations, greater than 0 and at most 10; BOLLINGER. */
  stdDevs?: InputMaybe<Scalars['Float']['input']>;
};

export type IngestBarsInput = {
  /** At most 100000 bars per call; existing bars with the same key are replaced. */
  bars: Array<BarInput>;
};

export type IngestBarsResult = {
  __typename?: 'IngestBarsResult';
  inserted: Scalars['Int']['output'];
  replaced: Scalars['Int']['output'];
  /** Bars written (inserted or replaced). */
  written: Scalars['Int']['output'];
};

/** A tradable instrument. Keyed by id and by symbol so any engine can reference it. */
export type Instrument = {
  __typename?: 'Instrument';
  active: Scalars['Boolean']['output'];
  assetClass: AssetClass;
  /** Bars for this instrument; same rules as Query.bars. */
  bars: Array<Bar>;
  /** ISO 4217 currency of prices. */
  currency: Scalars['String']['output'];
  exchange: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /**
   * Technical indicators over the same bars as `bars(interval, from, to, limit)`,
   * computed on the server by accel's indicator kernels and aligned with those
   * bars: `ts[i]` is the start of bar i and every line's `values[i]` belongs to it
   * (null during an indicator's warm-up). Earlier bars before the range are read
   * as warm-up, so a line is defined from the first bar when history allows.
   * At most 8 specs; each spec is checked (BAD_USER_INPUT naming `specs[i].<field>`).
   */
  indicators: IndicatorSet;
  /** Last traded price from the latest quote (falls back to the last daily close). */
  lastPrice?: Maybe<Scalars['Float']['output']>;
  /** The latest quote, or null before the first tick. */
  latestQuote?: Maybe<Quote>;
  /** Contract multiplier (1 for cash equities). */
  multiplier: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  symbol: Scalars['String']['output'];
  /** Minimum price increment. */
  tickSize: Scalars['Float']['output'];
};


/** A tradable instrument. Keyed by id and by symbol so any engine can reference it. */
export type InstrumentBarsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  interval: BarInterval;
  limit?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A tradable instrument. Keyed by id and by symbol so any engine can reference it. */
export type InstrumentIndicatorsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  interval: BarInterval;
  limit?: InputMaybe<Scalars['Int']['input']>;
  specs: Array<IndicatorSpec>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type InstrumentConnection = {
  __typename?: 'InstrumentConnection';
  edges: Array<InstrumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstrumentEdge = {
  __typename?: 'InstrumentEdge';
  cursor: Scalars['String']['output'];
  node: Instrument;
};

export type InstrumentFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  assetClass?: InputMaybe<AssetClass>;
  currency?: InputMaybe<Scalars['String']['input']>;
  exchange?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive match on symbol or name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Validates every bar, then writes all of them in one transaction, or none. */
  ingestBars: IngestBarsResult;
};


export type MutationIngestBarsArgs = {
  input: IngestBarsInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Bars of one instrument in [from, to) (default: the most recent), oldest
   * first, at most `limit` (≤ 10000) of the latest ones.
   */
  bars: Array<Bar>;
  /** One instrument by symbol, or null. */
  instrument?: Maybe<Instrument>;
  /** Instruments ordered by symbol, with cursor pagination (first ≤ 500). */
  instruments: InstrumentConnection;
  /** The latest quote for a symbol, or null before the first tick. */
  latestQuote?: Maybe<Quote>;
};


export type QueryBarsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  interval: BarInterval;
  limit?: InputMaybe<Scalars['Int']['input']>;
  symbol: Scalars['String']['input'];
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryInstrumentArgs = {
  symbol: Scalars['String']['input'];
};


export type QueryInstrumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstrumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLatestQuoteArgs = {
  symbol: Scalars['String']['input'];
};

export type Quote = {
  __typename?: 'Quote';
  ask: Scalars['Float']['output'];
  bid: Scalars['Float']['output'];
  instrument: Instrument;
  last: Scalars['Float']['output'];
  size: Scalars['Float']['output'];
  /** ask - bid. */
  spread: Scalars['Float']['output'];
  symbol: Scalars['String']['output'];
  ts: Scalars['DateTime']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Live quotes for the given symbols (executed by the gateway from the bus). */
  quotes: Quote;
};


export type SubscriptionQuotesArgs = {
  symbols: Array<Scalars['String']['input']>;
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
  Instrument: Instrument;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Instrument:
    ( { __typename: 'Instrument' }
    & ( GraphQLRecursivePick<FederationTypes['Instrument'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Instrument'], {"symbol":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AssetClass: AssetClass;
  Bar: ResolverTypeWrapper<BarRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BarInput: BarInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BarInterval: BarInterval;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  IndicatorKind: IndicatorKind;
  IndicatorLine: ResolverTypeWrapper<IndicatorLine>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IndicatorSet: ResolverTypeWrapper<IndicatorSet>;
  IndicatorSpec: IndicatorSpec;
  IngestBarsInput: IngestBarsInput;
  IngestBarsResult: ResolverTypeWrapper<IngestBarsResult>;
  Instrument: ResolverTypeWrapper<InstrumentRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InstrumentConnection: ResolverTypeWrapper<Omit<InstrumentConnection, 'edges'> & { edges: Array<ResolversTypes['InstrumentEdge']> }>;
  InstrumentEdge: ResolverTypeWrapper<Omit<InstrumentEdge, 'node'> & { node: ResolversTypes['Instrument'] }>;
  InstrumentFilter: InstrumentFilter;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteRecord>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Bar: BarRecord;
  Float: Scalars['Float']['output'];
  BarInput: BarInput;
  String: Scalars['String']['output'];
  DateTime: Scalars['DateTime']['output'];
  IndicatorLine: IndicatorLine;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  IndicatorSet: IndicatorSet;
  IndicatorSpec: IndicatorSpec;
  IngestBarsInput: IngestBarsInput;
  IngestBarsResult: IngestBarsResult;
  Instrument: InstrumentRow;
  ID: Scalars['ID']['output'];
  InstrumentConnection: Omit<InstrumentConnection, 'edges'> & { edges: Array<ResolversParentTypes['InstrumentEdge']> };
  InstrumentEdge: Omit<InstrumentEdge, 'node'> & { node: ResolversParentTypes['Instrument'] };
  InstrumentFilter: InstrumentFilter;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Quote: QuoteRecord;
  Subscription: Record<PropertyKey, never>;
}>;

export type BarResolvers<ContextType = MarketdataContext, ParentType extends ResolversParentTypes['Bar'] = ResolversParentTypes['Bar']> = ResolversObject<{
  close?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['BarInterval'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ts?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  volume?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IndicatorLineResolvers<ContextType = MarketdataContext, ParentType extends ResolversParentTypes['IndicatorLine'] = ResolversParentTypes['IndicatorLine']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overlay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  spec?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  values?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
}>;

export type IndicatorSetResolvers<ContextType = MarketdataContext, ParentType extends ResolversParentTypes['IndicatorSet'] = ResolversParentTypes['IndicatorSet']> = ResolversObject<{
  lines?: Resolver<Array<ResolversTypes['IndicatorLine']>, ParentType, ContextType>;
  ts?: Resolver<Array<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type IngestBarsResultResolvers<ContextType = MarketdataContext, ParentType extends ResolversParentTypes['IngestBarsResult'] = ResolversParentTypes['IngestBarsResult']> = ResolversObject<{
  inserted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replaced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstrumentResolvers<ContextType = MarketdataContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument'], FederationReferenceType extends FederationReferenceTypes['Instrument'] = FederationReferenceTypes['Instrument']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Instrument']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assetClass?: Resolver<ResolversTypes['AssetClass'], ParentType, ContextType>;
  bars?: Resolver<Array<ResolversTypes['Bar']>, ParentType, ContextType, RequireFields<InstrumentBarsArgs, 'interval' | 'limit'>>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exchange?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<ResolversTypes['IndicatorSet'], ParentType, ContextType, RequireFields<InstrumentIndicatorsArgs, 'interval' | 'limit' | 'specs'>>;
  lastPrice?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  latestQuote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  multiplier?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tickSize?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type InstrumentConnectionResolvers<ContextType = MarketdataContext, ParentType extends ResolversParentTypes['InstrumentConnection'] = ResolversParentTypes['InstrumentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InstrumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstrumentEdgeResolvers<ContextType = MarketdataContext, ParentType extends ResolversParentTypes['InstrumentEdge'] = ResolversParentTypes['InstrumentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MarketdataContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  ingestBars?: Resolver<ResolversTypes['IngestBarsResult'], ParentType, ContextType, RequireFields<MutationIngestBarsArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = MarketdataContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MarketdataContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  bars?: Resolver<Array<ResolversTypes['Bar']>, ParentType, ContextType, RequireFields<QueryBarsArgs, 'interval' | 'limit' | 'symbol'>>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType, RequireFields<QueryInstrumentArgs, 'symbol'>>;
  instruments?: Resolver<ResolversTypes['InstrumentConnection'], ParentType, ContextType, RequireFields<QueryInstrumentsArgs, 'first'>>;
  latestQuote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType, RequireFields<QueryLatestQuoteArgs, 'symbol'>>;
}>;

export type QuoteResolvers<ContextType = MarketdataContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = ResolversObject<{
  ask?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bid?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  last?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  spread?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ts?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = MarketdataContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  quotes?: SubscriptionResolver<ResolversTypes['Quote'], "quotes", ParentType, ContextType, RequireFields<SubscriptionQuotesArgs, 'symbols'>>;
}>;

export type Resolvers<ContextType = MarketdataContext> = ResolversObject<{
  Bar?: BarResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  IndicatorLine?: IndicatorLineResolvers<ContextType>;
  IndicatorSet?: IndicatorSetResolvers<ContextType>;
  IngestBarsResult?: IngestBarsResultResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  InstrumentConnection?: InstrumentConnectionResolvers<ContextType>;
  InstrumentEdge?: InstrumentEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
}>;

