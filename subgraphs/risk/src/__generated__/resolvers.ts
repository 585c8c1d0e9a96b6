import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PortfolioRepresentation, RiskReportRecord, RiskLimitRow, RiskLimitBreachRow, VarBacktestResult } from '../service/types.ts';
import type { RiskContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type ComputedWith = {
  __typename?: 'ComputedWith';
  /** accel backend for Monte Carlo; 'js' for the closed-form and historical methods. */
  backend: Scalars['String']['output'];
  /** Milliseconds in the numerical kernel: accel's simulation for Monte Carlo, the estimator otherwise. */
  millis: Scalars['Float']['output'];
  /** Monte Carlo paths; 0 for the other methods. */
  paths: Scalars['Int']['output'];
};

export type CreateRiskLimitInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  kind: RiskLimitKind;
  portfolioId: Scalars['ID']['input'];
  /** > 0; a fraction for CONCENTRATION and DRAWDOWN. */
  threshold: Scalars['Float']['input'];
};

export type Exceedance = {
  __typename?: 'Exceedance';
  date: Scalars['DateTime']['output'];
  pnl: Scalars['Float']['output'];
  var: Scalars['Float']['output'];
};

/** Instrument stub: owned by marketdata; risk only reads the fields it @requires. */
export type Instrument = {
  __typename?: 'Instrument';
  id: Scalars['ID']['output'];
  lastPrice?: Maybe<Scalars['Float']['output']>;
  symbol: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  createRiskLimit: RiskLimit;
  /** Returns the deleted limit. */
  deleteRiskLimit: RiskLimit;
  updateRiskLimit: RiskLimit;
};


export type MutationCreateRiskLimitArgs = {
  input: CreateRiskLimitInput;
};


export type MutationDeleteRiskLimitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateRiskLimitArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRiskLimitInput;
};

/** Portfolio: owned by portfolio; risk adds the risk fields. */
export type Portfolio = {
  __typename?: 'Portfolio';
  id: Scalars['ID']['output'];
  positions: Array<Position>;
  /** Risk limits on this portfolio. */
  riskLimits: Array<RiskLimit>;
  /**
   * Computes a risk report of the open positions and records it
   * (compute-and-record: the report is stored with its inputs so it can be
   * reproduced and appears in riskReportHistory, and the portfolio's active
   * limits are checked against it, breaches stored and published on
   * riskLimitBreached). VaR and ES are
   * positive losses in the portfolio's currency over `horizonDays`. Options
   * (instruments with an option contract) are mapped onto their underlying
   * through Black-Scholes-Merton delta and gamma. A portfolio with no open
   * positions gets a zero report.
   * Errors (BAD_USER_INPUT naming the argument): confidence outside (0, 1),
   * horizonDays outside [1, 250], lookbackDays outside [20, 2520], asOf more
   * than a minute in the future, riskFreeRate outside [−0.1, 1], a position
   * without a price (or, for an option, an underlying without one), fewer than
   * 20 common daily returns, a malformed shock.
   */
  riskReport: RiskReport;
  /** Stored reports of this portfolio, newest first (first ≤ 500). */
  riskReportHistory: Array<RiskReport>;
  /**
   * Rolling one-day VaR backtest over the last `windowDays` days: each day's VaR
   * is estimated from the `lookbackDays` days before it and compared with the
   * realised P&L of today's holdings (Kupiec POF, Christoffersen independence,
   * Basel traffic light).
   */
  varBacktest: VarBacktest;
};


/** Portfolio: owned by portfolio; risk adds the risk fields. */
export type PortfolioPositionsArgs = {
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Portfolio: owned by portfolio; risk adds the risk fields. */
export type PortfolioRiskReportArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  confidence?: InputMaybe<Scalars['Float']['input']>;
  horizonDays?: InputMaybe<Scalars['Int']['input']>;
  lookbackDays?: InputMaybe<Scalars['Int']['input']>;
  method?: InputMaybe<VaRMethod>;
  paths?: InputMaybe<Scalars['Int']['input']>;
  riskFreeRate?: InputMaybe<Scalars['Float']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  shocks?: InputMaybe<Array<ShockInput>>;
};


/** Portfolio: owned by portfolio; risk adds the risk fields. */
export type PortfolioRiskReportHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Portfolio: owned by portfolio; risk adds the risk fields. */
export type PortfolioVarBacktestArgs = {
  confidence?: InputMaybe<Scalars['Float']['input']>;
  lookbackDays?: InputMaybe<Scalars['Int']['input']>;
  method?: InputMaybe<VaRMethod>;
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Greeks of the book in currency. Options: Black-Scholes-Merton (accel
 * blackScholes) with the underlying's price, its annualised volatility over the
 * lookback, the riskFreeRate argument, no dividend yield and time to expiry in
 * years of 365.25 days to 16:00 UTC of the expiry date (an expired option counts
 * at intrinsic value: Δ = 1 in the money, 0 out, no other Greek). Linear holdings
 * count with Δ = 1 and no other Greek. q = quantity, m = contract multiplier,
 * S = underlying price.
 */
export type PortfolioGreeks = {
  __typename?: 'PortfolioGreeks';
  /** The same Greeks per underlying (each linear holding is its own underlying), largest |delta| first. */
  byUnderlying: Array<UnderlyingGreeks>;
  /** Dollar delta Σ q·m·Δ·S: delta-equivalent holdings in currency (P&L ≈ delta × the underlyings' return). */
  delta: Scalars['Float']['output'];
  /** Σ q·m·Γ·S²/100: change of the dollar delta for a 1% rise of the underlyings. */
  gamma: Scalars['Float']['output'];
  /** Σ q·m·∂V/∂r/100: P&L for a 1% (0.01) rise of the risk-free rate. */
  rho: Scalars['Float']['output'];
  /** Σ q·m·∂V/∂t/365.25: P&L of one calendar day passing. */
  theta: Scalars['Float']['output'];
  /** Σ q·m·∂V/∂σ/100: P&L for a 1 volatility point (0.01) rise. */
  vega: Scalars['Float']['output'];
};

/** Position stub: owned by portfolio. */
export type Position = {
  __typename?: 'Position';
  id: Scalars['ID']['output'];
  instrument: Instrument;
  quantity: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  riskLimit?: Maybe<RiskLimit>;
  /** Root lookup for Subscription.riskLimitBreached (id = reportId:limitId). */
  riskLimitBreach?: Maybe<RiskLimitBreach>;
  riskReport?: Maybe<RiskReport>;
};


export type QueryRiskLimitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRiskLimitBreachArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRiskReportArgs = {
  id: Scalars['ID']['input'];
};

export type RiskCorrelationPair = {
  __typename?: 'RiskCorrelationPair';
  correlation: Scalars['Float']['output'];
  symbolA: Scalars['String']['output'];
  symbolB: Scalars['String']['output'];
};

/** The correlation structure behind a report (sample Pearson on the lookback's daily returns of the risk factors). */
export type RiskCorrelationSummary = {
  __typename?: 'RiskCorrelationSummary';
  /** Mean of the off-diagonal correlations; null with fewer than two factors. */
  averagePairwise?: Maybe<Scalars['Float']['output']>;
  /** Risk factors: holdings, with options mapped onto their underlyings. */
  factors: Scalars['Int']['output'];
  highest?: Maybe<RiskCorrelationPair>;
  lowest?: Maybe<RiskCorrelationPair>;
  /** The pairs with the largest |ρ|, strongest first (at most 5). */
  strongest: Array<RiskCorrelationPair>;
};

export type RiskExposureBucket = {
  __typename?: 'RiskExposureBucket';
  /** Σ|e_i| of the bucket. */
  gross: Scalars['Float']['output'];
  /** Asset class (marketdata's instrument.asset_class) or ISO currency. */
  key: Scalars['String']['output'];
  /** Σe_i of the bucket. */
  net: Scalars['Float']['output'];
  /** gross / Σ|e_i| of the whole book (0 for an empty book); the shares sum to 1. */
  share: Scalars['Float']['output'];
};

/**
 * Exposure e_i of each position: its value q·m·price for linear holdings, its
 * delta-adjusted notional q·m·Δ·S for options (counted under the underlying's
 * asset class and the option's currency). No FX conversion: amounts are in each
 * instrument's own currency.
 */
export type RiskExposures = {
  __typename?: 'RiskExposures';
  byAssetClass: Array<RiskExposureBucket>;
  byCurrency: Array<RiskExposureBucket>;
};

export type RiskLimit = {
  __typename?: 'RiskLimit';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: RiskLimitKind;
  portfolioId: Scalars['ID']['output'];
  threshold: Scalars['Float']['output'];
};

/** One breach of a limit by one report. */
export type RiskLimitBreach = {
  __typename?: 'RiskLimitBreach';
  /** reportId:limitId */
  id: Scalars['ID']['output'];
  limit: RiskLimit;
  portfolioId: Scalars['ID']['output'];
  report: RiskReport;
  threshold: Scalars['Float']['output'];
  /** The measured value that exceeded the threshold. */
  value: Scalars['Float']['output'];
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

/** A stored risk report: inputs (positions, prices, lookback, seed) are kept so it can be reproduced. */
export type RiskReport = {
  __typename?: 'RiskReport';
  asOf: Scalars['DateTime']['output'];
  /** Active limits this report breaches. */
  breaches: Array<RiskLimitBreach>;
  computedWith: ComputedWith;
  confidence: Scalars['Float']['output'];
  /** Per-position Euler decomposition of the parametric VaR. */
  contributions: Array<VarContribution>;
  /** Correlation of the risk factors' daily returns over the lookback; null on reports stored before it was computed. */
  correlation?: Maybe<RiskCorrelationSummary>;
  createdAt: Scalars['DateTime']['output'];
  /** Expected Shortfall (mean loss beyond VaR), positive. */
  es: Scalars['Float']['output'];
  /** Delta-adjusted exposures by asset class and currency; null on reports stored before they were computed. */
  exposures?: Maybe<RiskExposures>;
  /** Dollar Greeks of the book; null on reports stored before Greeks were computed. */
  greeks?: Maybe<PortfolioGreeks>;
  horizonDays: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  method: VaRMethod;
  portfolioId: Scalars['ID']['output'];
  /** Σ quantity × multiplier × price (options without a price at their Black-Scholes value). */
  portfolioValue: Scalars['Float']['output'];
  stress: Array<StressResult>;
  /** Where prices came from: LIVE last prices, or the daily CLOSE on or before a past asOf. */
  valuation: RiskValuation;
  /** Value at Risk: a positive loss in the portfolio's currency. */
  var: Scalars['Float']['output'];
  /** Annualised volatility of portfolio returns (√252 × daily σ). */
  volatility: Scalars['Float']['output'];
};

export type RiskValuation =
  /** Last daily close on or before a past asOf (options without one: Black-Scholes value). */
  | 'CLOSE'
  /** Live last prices from marketdata (asOf omitted or now). */
  | 'LIVE';

export type ShockInput = {
  /** Instantaneous simple return, e.g. -0.3 for −30%; must be > −1. */
  return: Scalars['Float']['input'];
  symbol: Scalars['String']['input'];
};

export type StressResult = {
  __typename?: 'StressResult';
  /** Portfolio P&L under the scenario (negative = loss). */
  pnl: Scalars['Float']['output'];
  /** pnl / portfolio value. */
  return: Scalars['Float']['output'];
  scenario: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Breaches of active limits, for the given portfolios (all when omitted); executed by the gateway from the bus. */
  riskLimitBreached: RiskLimitBreach;
};


export type SubscriptionRiskLimitBreachedArgs = {
  portfolioIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type TrafficLight =
  | 'GREEN'
  | 'RED'
  | 'YELLOW';

/** Greeks of the positions on one underlying, in the units of PortfolioGreeks. */
export type UnderlyingGreeks = {
  __typename?: 'UnderlyingGreeks';
  delta: Scalars['Float']['output'];
  gamma: Scalars['Float']['output'];
  rho: Scalars['Float']['output'];
  /** Price of the underlying used (live, or the close on or before asOf). */
  spot: Scalars['Float']['output'];
  symbol: Scalars['String']['output'];
  theta: Scalars['Float']['output'];
  vega: Scalars['Float']['output'];
  /** Annualised volatility of its daily returns over the lookback (the option pricing input). */
  volatility: Scalars['Float']['output'];
};

export type UpdateRiskLimitInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  threshold?: InputMaybe<Scalars['Float']['input']>;
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

export type VarBacktest = {
  __typename?: 'VarBacktest';
  christoffersenPValue: Scalars['Float']['output'];
  /** Christoffersen (1998) independence likelihood ratio, χ²(1). */
  christoffersenStatistic: Scalars['Float']['output'];
  confidence: Scalars['Float']['output'];
  exceedances: Array<Exceedance>;
  /** Number of days the loss exceeded VaR. */
  exceptions: Scalars['Int']['output'];
  kupiecPValue: Scalars['Float']['output'];
  /** Kupiec (1995) proportion-of-failures likelihood ratio, χ²(1). */
  kupiecStatistic: Scalars['Float']['output'];
  method: VaRMethod;
  windowDays: Scalars['Int']['output'];
  /** Basel traffic light (BCBS 1996), scaled to the window and confidence. */
  zone: TrafficLight;
};

export type VarContribution = {
  __typename?: 'VarContribution';
  /** δ_i × marginalVar_i (δ = dollar delta, the value for linear holdings); these sum to the parametric VaR. */
  componentVar: Scalars['Float']['output'];
  /**
   * ∂VaR/∂δ of the parametric VaR per unit of currency of delta exposure to the
   * position's risk factor (the instrument itself, or an option's underlying).
   */
  marginalVar: Scalars['Float']['output'];
  symbol: Scalars['String']['output'];
  /** Position value / portfolio value. */
  weight: Scalars['Float']['output'];
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
  Portfolio: Portfolio;
  RiskLimit: RiskLimit;
  RiskLimitBreach: RiskLimitBreach;
  RiskReport: RiskReport;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Portfolio:
    ( { __typename: 'Portfolio' }
    & GraphQLRecursivePick<FederationTypes['Portfolio'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Portfolio'], {"positions":{"quantity":true,"instrument":{"id":true,"symbol":true,"lastPrice":true}}}>
        | GraphQLRecursivePick<FederationTypes['Portfolio'], {"positions":{"quantity":true,"instrument":{"id":true,"symbol":true,"lastPrice":true}}}>
        | GraphQLRecursivePick<FederationTypes['Portfolio'], {"positions":{"quantity":true,"instrument":{"id":true,"symbol":true,"lastPrice":true}}}> ) );
  RiskLimit:
    ( { __typename: 'RiskLimit' }
    & GraphQLRecursivePick<FederationTypes['RiskLimit'], {"id":true}> );
  RiskLimitBreach:
    ( { __typename: 'RiskLimitBreach' }
    & GraphQLRecursivePick<FederationTypes['RiskLimitBreach'], {"id":true}> );
  RiskReport:
    ( { __typename: 'RiskReport' }
    & GraphQLRecursivePick<FederationTypes['RiskReport'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ComputedWith: ResolverTypeWrapper<ComputedWith>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateRiskLimitInput: CreateRiskLimitInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Exceedance: ResolverTypeWrapper<Exceedance>;
  Instrument: ResolverTypeWrapper<Instrument>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Portfolio: ResolverTypeWrapper<PortfolioRepresentation>;
  PortfolioGreeks: ResolverTypeWrapper<PortfolioGreeks>;
  Position: ResolverTypeWrapper<Position>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RiskCorrelationPair: ResolverTypeWrapper<RiskCorrelationPair>;
  RiskCorrelationSummary: ResolverTypeWrapper<RiskCorrelationSummary>;
  RiskExposureBucket: ResolverTypeWrapper<RiskExposureBucket>;
  RiskExposures: ResolverTypeWrapper<RiskExposures>;
  RiskLimit: ResolverTypeWrapper<RiskLimitRow>;
  RiskLimitBreach: ResolverTypeWrapper<RiskLimitBreachRow>;
  RiskLimitKind: RiskLimitKind;
  RiskReport: ResolverTypeWrapper<RiskReportRecord>;
  RiskValuation: RiskValuation;
  ShockInput: ShockInput;
  StressResult: ResolverTypeWrapper<StressResult>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TrafficLight: TrafficLight;
  UnderlyingGreeks: ResolverTypeWrapper<UnderlyingGreeks>;
  UpdateRiskLimitInput: UpdateRiskLimitInput;
  VaRMethod: VaRMethod;
  VarBacktest: ResolverTypeWrapper<VarBacktestResult>;
  VarContribution: ResolverTypeWrapper<VarContribution>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ComputedWith: ComputedWith;
  String: Scalars['String']['output'];
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  CreateRiskLimitInput: CreateRiskLimitInput;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  Exceedance: Exceedance;
  Instrument: Instrument;
  Mutation: Record<PropertyKey, never>;
  Portfolio: PortfolioRepresentation;
  PortfolioGreeks: PortfolioGreeks;
  Position: Position;
  Query: Record<PropertyKey, never>;
  RiskCorrelationPair: RiskCorrelationPair;
  RiskCorrelationSummary: RiskCorrelationSummary;
  RiskExposureBucket: RiskExposureBucket;
  RiskExposures: RiskExposures;
  RiskLimit: RiskLimitRow;
  RiskLimitBreach: RiskLimitBreachRow;
  RiskReport: RiskReportRecord;
  ShockInput: ShockInput;
  StressResult: StressResult;
  Subscription: Record<PropertyKey, never>;
  UnderlyingGreeks: UnderlyingGreeks;
  UpdateRiskLimitInput: UpdateRiskLimitInput;
  VarBacktest: VarBacktestResult;
  VarContribution: VarContribution;
}>;

export type ComputedWithResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['ComputedWith'] = ResolversParentTypes['ComputedWith']> = ResolversObject<{
  backend?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  millis?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  paths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExceedanceResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['Exceedance'] = ResolversParentTypes['Exceedance']> = ResolversObject<{
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  pnl?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  var?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type InstrumentResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createRiskLimit?: Resolver<ResolversTypes['RiskLimit'], ParentType, ContextType, RequireFields<MutationCreateRiskLimitArgs, 'input'>>;
  deleteRiskLimit?: Resolver<ResolversTypes['RiskLimit'], ParentType, ContextType, RequireFields<MutationDeleteRiskLimitArgs, 'id'>>;
  updateRiskLimit?: Resolver<ResolversTypes['RiskLimit'], ParentType, ContextType, RequireFields<MutationUpdateRiskLimitArgs, 'id' | 'input'>>;
}>;

export type PortfolioResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['Portfolio'] = ResolversParentTypes['Portfolio'], FederationReferenceType extends FederationReferenceTypes['Portfolio'] = FederationReferenceTypes['Portfolio']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Portfolio']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  riskLimits?: Resolver<Array<ResolversTypes['RiskLimit']>, ParentType, ContextType>;
  riskReport?: Resolver<ResolversTypes['RiskReport'], ParentType, ContextType, RequireFields<PortfolioRiskReportArgs, 'confidence' | 'horizonDays' | 'lookbackDays' | 'method' | 'paths' | 'riskFreeRate' | 'seed'>>;
  riskReportHistory?: Resolver<Array<ResolversTypes['RiskReport']>, ParentType, ContextType, RequireFields<PortfolioRiskReportHistoryArgs, 'first'>>;
  varBacktest?: Resolver<ResolversTypes['VarBacktest'], ParentType, ContextType, RequireFields<PortfolioVarBacktestArgs, 'confidence' | 'lookbackDays' | 'method' | 'windowDays'>>;
}>;

export type PortfolioGreeksResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['PortfolioGreeks'] = ResolversParentTypes['PortfolioGreeks']> = ResolversObject<{
  byUnderlying?: Resolver<Array<ResolversTypes['UnderlyingGreeks']>, ParentType, ContextType>;
  delta?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gamma?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rho?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  theta?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  vega?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PositionResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  riskLimit?: Resolver<Maybe<ResolversTypes['RiskLimit']>, ParentType, ContextType, RequireFields<QueryRiskLimitArgs, 'id'>>;
  riskLimitBreach?: Resolver<Maybe<ResolversTypes['RiskLimitBreach']>, ParentType, ContextType, RequireFields<QueryRiskLimitBreachArgs, 'id'>>;
  riskReport?: Resolver<Maybe<ResolversTypes['RiskReport']>, ParentType, ContextType, RequireFields<QueryRiskReportArgs, 'id'>>;
}>;

export type RiskCorrelationPairResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['RiskCorrelationPair'] = ResolversParentTypes['RiskCorrelationPair']> = ResolversObject<{
  correlation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  symbolA?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  symbolB?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RiskCorrelationSummaryResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['RiskCorrelationSummary'] = ResolversParentTypes['RiskCorrelationSummary']> = ResolversObject<{
  averagePairwise?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  factors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  highest?: Resolver<Maybe<ResolversTypes['RiskCorrelationPair']>, ParentType, ContextType>;
  lowest?: Resolver<Maybe<ResolversTypes['RiskCorrelationPair']>, ParentType, ContextType>;
  strongest?: Resolver<Array<ResolversTypes['RiskCorrelationPair']>, ParentType, ContextType>;
}>;

export type RiskExposureBucketResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['RiskExposureBucket'] = ResolversParentTypes['RiskExposureBucket']> = ResolversObject<{
  gross?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RiskExposuresResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['RiskExposures'] = ResolversParentTypes['RiskExposures']> = ResolversObject<{
  byAssetClass?: Resolver<Array<ResolversTypes['RiskExposureBucket']>, ParentType, ContextType>;
  byCurrency?: Resolver<Array<ResolversTypes['RiskExposureBucket']>, ParentType, ContextType>;
}>;

export type RiskLimitResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['RiskLimit'] = ResolversParentTypes['RiskLimit'], FederationReferenceType extends FederationReferenceTypes['RiskLimit'] = FederationReferenceTypes['RiskLimit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RiskLimit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RiskLimitKind'], ParentType, ContextType>;
  portfolioId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RiskLimitBreachResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['RiskLimitBreach'] = ResolversParentTypes['RiskLimitBreach'], FederationReferenceType extends FederationReferenceTypes['RiskLimitBreach'] = FederationReferenceTypes['RiskLimitBreach']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RiskLimitBreach']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['RiskLimit'], ParentType, ContextType>;
  portfolioId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['RiskReport'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RiskReportResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['RiskReport'] = ResolversParentTypes['RiskReport'], FederationReferenceType extends FederationReferenceTypes['RiskReport'] = FederationReferenceTypes['RiskReport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RiskReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  breaches?: Resolver<Array<ResolversTypes['RiskLimitBreach']>, ParentType, ContextType>;
  computedWith?: Resolver<ResolversTypes['ComputedWith'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['VarContribution']>, ParentType, ContextType>;
  correlation?: Resolver<Maybe<ResolversTypes['RiskCorrelationSummary']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  es?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  exposures?: Resolver<Maybe<ResolversTypes['RiskExposures']>, ParentType, ContextType>;
  greeks?: Resolver<Maybe<ResolversTypes['PortfolioGreeks']>, ParentType, ContextType>;
  horizonDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['VaRMethod'], ParentType, ContextType>;
  portfolioId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  portfolioValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stress?: Resolver<Array<ResolversTypes['StressResult']>, ParentType, ContextType>;
  valuation?: Resolver<ResolversTypes['RiskValuation'], ParentType, ContextType>;
  var?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  volatility?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type StressResultResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['StressResult'] = ResolversParentTypes['StressResult']> = ResolversObject<{
  pnl?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  return?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  riskLimitBreached?: SubscriptionResolver<ResolversTypes['RiskLimitBreach'], "riskLimitBreached", ParentType, ContextType, Partial<SubscriptionRiskLimitBreachedArgs>>;
}>;

export type UnderlyingGreeksResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['UnderlyingGreeks'] = ResolversParentTypes['UnderlyingGreeks']> = ResolversObject<{
  delta?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gamma?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rho?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  spot?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theta?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  vega?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  volatility?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type VarBacktestResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['VarBacktest'] = ResolversParentTypes['VarBacktest']> = ResolversObject<{
  christoffersenPValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  christoffersenStatistic?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  exceedances?: Resolver<Array<ResolversTypes['Exceedance']>, ParentType, ContextType>;
  exceptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kupiecPValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kupiecStatistic?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['VaRMethod'], ParentType, ContextType>;
  windowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['TrafficLight'], ParentType, ContextType>;
}>;

export type VarContributionResolvers<ContextType = RiskContext, ParentType extends ResolversParentTypes['VarContribution'] = ResolversParentTypes['VarContribution']> = ResolversObject<{
  componentVar?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  marginalVar?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RiskContext> = ResolversObject<{
  ComputedWith?: ComputedWithResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Exceedance?: ExceedanceResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Portfolio?: PortfolioResolvers<ContextType>;
  PortfolioGreeks?: PortfolioGreeksResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RiskCorrelationPair?: RiskCorrelationPairResolvers<ContextType>;
  RiskCorrelationSummary?: RiskCorrelationSummaryResolvers<ContextType>;
  RiskExposureBucket?: RiskExposureBucketResolvers<ContextType>;
  RiskExposures?: RiskExposuresResolvers<ContextType>;
  RiskLimit?: RiskLimitResolvers<ContextType>;
  RiskLimitBreach?: RiskLimitBreachResolvers<ContextType>;
  RiskReport?: RiskReportResolvers<ContextType>;
  StressResult?: StressResultResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UnderlyingGreeks?: UnderlyingGreeksResolvers<ContextType>;
  VarBacktest?: VarBacktestResolvers<ContextType>;
  VarContribution?: VarContributionResolvers<ContextType>;
}>;

