import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AccountRow, MarginCallRow, MarginWarningRow, UtilizationRecord, CrossMarginRecord, CrossMarginOffsetRecord, AllocationLineRecord } from '../service/types.ts';
import type { CollateralContext } from '../context.ts';
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

export type CollateralAllocation = {
  __typename?: 'CollateralAllocation';
  allocation: Array<CollateralAllocationLine>;
  naiveAllocation: Array<CollateralAllocationLine>;
  /** Null when the naive allocation cannot cover every requirement. */
  naiveCost?: Maybe<Scalars['Float']['output']>;
  saving?: Maybe<Scalars['Float']['output']>;
  /** Annual funding cost of the optimal allocation. */
  totalCost: Scalars['Float']['output'];
};

export type CollateralAllocationLine = {
  __typename?: 'CollateralAllocationLine';
  account: MarginAccount;
  assetId: Scalars['String']['output'];
  collateralValue: Scalars['Float']['output'];
  cost: Scalars['Float']['output'];
  marketValue: Scalars['Float']['output'];
};

export type CollateralAssetInput = {
  assetId: Scalars['String']['input'];
  available: Scalars['Float']['input'];
  /** Annual funding or opportunity cost per unit of market value. */
  costRate: Scalars['Float']['input'];
  eligibleAccountIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** e.g. cash, govt, equity: the group limits refer to it. */
  group: Scalars['String']['input'];
  /** 0 ≤ haircut < 1. */
  haircut: Scalars['Float']['input'];
};

export type CollateralGroupLimitInput = {
  group: Scalars['String']['input'];
  maxShare: Scalars['Float']['input'];
};

export type CollateralHolding = {
  __typename?: 'CollateralHolding';
  collateralValue: Scalars['Float']['output'];
  currency: Scalars['String']['output'];
  eligible: Scalars['Boolean']['output'];
  haircut: Scalars['Float']['output'];
  instrument?: Maybe<Instrument>;
  kind: CollateralKind;
  marketValue: Scalars['Float']['output'];
  price: Scalars['Float']['output'];
  quantity: Scalars['Float']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  symbol?: Maybe<Scalars['String']['output']>;
};

export type CollateralKind =
  | 'CASH'
  | 'SECURITY';

export type CollateralMovementInput = {
  accountId: Scalars['ID']['input'];
  /** Cash currency (defaults to the account's). */
  currency?: InputMaybe<Scalars['String']['input']>;
  maturity?: InputMaybe<Scalars['DateTime']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Units of the security, or the cash amount; must be positive. */
  quantity: Scalars['Float']['input'];
  /** Bond rating (AAA…D) stated at deposit; drives the haircut. */
  rating?: InputMaybe<Scalars['String']['input']>;
  /** Security to move; omit for cash. */
  symbol?: InputMaybe<Scalars['String']['input']>;
};

export type CollateralRequirementInput = {
  accountId: Scalars['ID']['input'];
  /** Collateral value to cover; defaults to the account's house requirement. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  groupLimits?: InputMaybe<Array<CollateralGroupLimitInput>>;
  /** No single asset may cover more than this share of the requirement. */
  maxSharePerAsset?: InputMaybe<Scalars['Float']['input']>;
};

export type CollateralValuation = {
  __typename?: 'CollateralValuation';
  collateralValue: Scalars['Float']['output'];
  holdings: Array<CollateralHolding>;
  marketValue: Scalars['Float']['output'];
};

export type CreateMarginAccountInput = {
  broker: Scalars['String']['input'];
  callDueHours?: InputMaybe<Scalars['Int']['input']>;
  crossMargin?: InputMaybe<Scalars['Boolean']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  houseMultiplier?: InputMaybe<Scalars['Float']['input']>;
  methodology: MarginMethodology;
  minimumTransferAmount?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  ownerId: Scalars['ID']['input'];
  portfolioIds: Array<Scalars['ID']['input']>;
};

export type CrossMargin = {
  __typename?: 'CrossMargin';
  accounts: Array<MarginAccount>;
  combined: Scalars['Float']['output'];
  offsets: Array<CrossMarginOffset>;
  saving: Scalars['Float']['output'];
  /** Sum of the accounts' stand-alone requirements. */
  standalone: Scalars['Float']['output'];
};

export type CrossMarginOffset = {
  __typename?: 'CrossMarginOffset';
  accounts: Array<MarginAccount>;
  correlation: Scalars['Float']['output'];
  credit: Scalars['Float']['output'];
  symbolA: Scalars['String']['output'];
  symbolB: Scalars['String']['output'];
};

/** Entity (person, trust, company, foundation): owned by portfolio; collateral adds its margin accounts. */
export type Entity = {
  __typename?: 'Entity';
  /** Cross-margining across this owner's accounts that opted in (crossMargin: true). */
  crossMargin: CrossMargin;
  id: Scalars['ID']['output'];
  marginAccounts: Array<MarginAccount>;
};

/** Instrument stub: owned by marketdata. */
export type Instrument = {
  __typename?: 'Instrument';
  id: Scalars['ID']['output'];
};

export type LiquidationPlan = {
  __typename?: 'LiquidationPlan';
  cured: Scalars['Boolean']['output'];
  remainingDeficit: Scalars['Float']['output'];
  steps: Array<LiquidationStep>;
  totalCost: Scalars['Float']['output'];
};

export type LiquidationStep = {
  __typename?: 'LiquidationStep';
  cost: Scalars['Float']['output'];
  instrument?: Maybe<Instrument>;
  /** Signed trade quantity: negative sells a long, positive buys back a short. */
  quantity: Scalars['Float']['output'];
  requirementReleased: Scalars['Float']['output'];
  symbol: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type MarginAccount = {
  __typename?: 'MarginAccount';
  broker: Scalars['String']['output'];
  callDueHours: Scalars['Int']['output'];
  /**
   * Probability of a margin call within `horizonDays` from simulated intraday
   * price paths (correlated GBM, volatilities and correlations from daily bars).
   * Errors: horizonDays outside (0, 30], paths outside [1000, 200000].
   */
  callPrediction: MarginCallPrediction;
  calls: Array<MarginCall>;
  /** Collateral posted to the account, valued after haircuts. */
  collateral: CollateralValuation;
  crossMargin: Scalars['Boolean']['output'];
  currency: Scalars['String']['output'];
  houseMultiplier: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** The open or escalated call, if any. */
  liveCall?: Maybe<MarginCall>;
  methodology: MarginMethodology;
  minimumTransferAmount: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  owner: Entity;
  /** Reg T accounts: FINRA 4210(f)(8)(B) day-trade count over the last 5 business days. */
  patternDayTrader?: Maybe<PatternDayTraderStatus>;
  portfolios: Array<Portfolio>;
  requirementHistory: Array<MarginRequirementSnapshot>;
  /** Requirement by rule (per position, covered pair or product group). */
  requirementLines: Array<RequirementLine>;
  /** Portfolio margin only: the P&L grid of each product group. */
  scenarioGroups?: Maybe<Array<ScenarioGroup>>;
  /** Live figures at the monitor's latest prices. */
  status: MarginStatus;
  warnings: Array<MarginWarning>;
};


export type MarginAccountCallPredictionArgs = {
  horizonDays?: InputMaybe<Scalars['Float']['input']>;
  paths?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
};


export type MarginAccountCallsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<MarginCallStatus>>;
};


export type MarginAccountRequirementHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MarginAccountWarningsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type MarginCall = {
  __typename?: 'MarginCall';
  account: MarginAccount;
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  amountDue: Scalars['Float']['output'];
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  dueAt: Scalars['DateTime']['output'];
  equity: Scalars['Float']['output'];
  history: Array<MarginCallEvent>;
  id: Scalars['ID']['output'];
  kind: MarginCallKind;
  /** Positions to sell, in order, to cure the call at least liquidation cost. */
  liquidationPlan: LiquidationPlan;
  minimumTransferAmount: Scalars['Float']['output'];
  raisedAt: Scalars['DateTime']['output'];
  requirement: Scalars['Float']['output'];
  status: MarginCallStatus;
};

export type MarginCallEvent = {
  __typename?: 'MarginCallEvent';
  note?: Maybe<Scalars['String']['output']>;
  status: MarginCallEventStatus;
  ts: Scalars['DateTime']['output'];
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

export type MarginCallPrediction = {
  __typename?: 'MarginCallPrediction';
  alreadyInCall: Scalars['Boolean']['output'];
  /** The accel run behind the estimate (routed: the backend measured fastest on this machine); null when nothing was simulated (already in call). */
  computedWith?: Maybe<PredictionRun>;
  /** Uniform relative price move that triggers a call (negative = a fall); null when none within [−99%, +1000%]. */
  distanceToCall?: Maybe<Scalars['Float']['output']>;
  expectedDaysToCall?: Maybe<Scalars['Float']['output']>;
  horizonDays: Scalars['Float']['output'];
  paths: Scalars['Int']['output'];
  probability: Scalars['Float']['output'];
  standardError: Scalars['Float']['output'];
  steps: Scalars['Int']['output'];
};

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

export type MarginRequirementSnapshot = {
  __typename?: 'MarginRequirementSnapshot';
  equity: Scalars['Float']['output'];
  house: Scalars['Float']['output'];
  initial: Scalars['Float']['output'];
  maintenance: Scalars['Float']['output'];
  methodology: MarginMethodology;
  ts: Scalars['DateTime']['output'];
  utilization: Scalars['Float']['output'];
};

export type MarginStatus = {
  __typename?: 'MarginStatus';
  /** Time of the latest price the figures use. */
  asOf: Scalars['DateTime']['output'];
  buyingPower: Scalars['Float']['output'];
  cash: Scalars['Float']['output'];
  collateralValue: Scalars['Float']['output'];
  concentrationAddOn: Scalars['Float']['output'];
  dayTradingBuyingPower: Scalars['Float']['output'];
  /** Market value of positions (long − short) + portfolio cash + collateral value after haircuts. */
  equity: Scalars['Float']['output'];
  /** equity − houseRequirement. */
  excess: Scalars['Float']['output'];
  /** maintenance × houseMultiplier; calls are raised against it. */
  houseRequirement: Scalars['Float']['output'];
  inCall: Scalars['Boolean']['output'];
  initialRequirement: Scalars['Float']['output'];
  maintenanceRequirement: Scalars['Float']['output'];
  marketValue: Scalars['Float']['output'];
  /** Minimum equity the account must keep (Reg T $2,000 / $25,000 PDT; 0 without margin exposure). */
  minimumEquity: Scalars['Float']['output'];
  /** houseRequirement / equity (∞ is reported as a large number when equity ≤ 0). */
  utilization: Scalars['Float']['output'];
};

/** A live utilisation update (subscription event; also answers Query.marginUtilization). */
export type MarginUtilization = {
  __typename?: 'MarginUtilization';
  account: MarginAccount;
  accountId: Scalars['ID']['output'];
  equity: Scalars['Float']['output'];
  excess: Scalars['Float']['output'];
  houseRequirement: Scalars['Float']['output'];
  inCall: Scalars['Boolean']['output'];
  maintenanceRequirement: Scalars['Float']['output'];
  /** Time of the price tick that produced this update. */
  ts: Scalars['DateTime']['output'];
  utilization: Scalars['Float']['output'];
};

export type MarginWarning = {
  __typename?: 'MarginWarning';
  account: MarginAccount;
  /** Uniform relative price move that triggers a call (negative = a fall). */
  distanceToCall?: Maybe<Scalars['Float']['output']>;
  expectedDaysToCall?: Maybe<Scalars['Float']['output']>;
  horizonDays?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  kind: MarginWarningKind;
  probability?: Maybe<Scalars['Float']['output']>;
  ts: Scalars['DateTime']['output'];
  utilization: Scalars['Float']['output'];
};

export type MarginWarningKind =
  /** The Monte Carlo probability of a call within the horizon rose above the threshold. */
  | 'PREDICTED'
  /** Utilisation rose above the warning level. */
  | 'UTILIZATION';

export type Mutation = {
  __typename?: 'Mutation';
  acknowledgeMarginCall: MarginCall;
  createMarginAccount: MarginAccount;
  /** Records the terms of an option instrument so it can be margined. */
  defineOptionContract: OptionContract;
  depositCollateral: MarginAccount;
  resolveMarginCall: MarginCall;
  /**
   * Refused with WITHDRAWAL_EXCEEDS_EXCESS (extensions.allowed = the most that
   * can be withdrawn) when the withdrawal would put the account in a call.
   */
  withdrawCollateral: MarginAccount;
};


export type MutationAcknowledgeMarginCallArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateMarginAccountArgs = {
  input: CreateMarginAccountInput;
};


export type MutationDefineOptionContractArgs = {
  input: OptionContractInput;
};


export type MutationDepositCollateralArgs = {
  input: CollateralMovementInput;
};


export type MutationResolveMarginCallArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  resolution: MarginCallResolution;
};


export type MutationWithdrawCollateralArgs = {
  input: CollateralMovementInput;
};

export type OptionContract = {
  __typename?: 'OptionContract';
  expiry: Scalars['DateTime']['output'];
  instrument: Instrument;
  right: Scalars['String']['output'];
  strike: Scalars['Float']['output'];
  underlying: Instrument;
};

export type OptionContractInput = {
  expiry: Scalars['DateTime']['input'];
  right: Scalars['String']['input'];
  strike: Scalars['Float']['input'];
  symbol: Scalars['String']['input'];
  underlyingSymbol: Scalars['String']['input'];
};

export type PatternDayTraderStatus = {
  __typename?: 'PatternDayTraderStatus';
  dayTrades: Scalars['Int']['output'];
  isPatternDayTrader: Scalars['Boolean']['output'];
  minimumEquity: Scalars['Float']['output'];
  totalTrades: Scalars['Int']['output'];
  windowStart: Scalars['DateTime']['output'];
};

/** Portfolio: owned by portfolio; collateral adds the account it is margined in. */
export type Portfolio = {
  __typename?: 'Portfolio';
  id: Scalars['ID']['output'];
  /** The margin account this portfolio is margined in, if any. */
  marginAccount?: Maybe<MarginAccount>;
};

/** One routed Monte Carlo run of accel (workload mc.firstPassage). */
export type PredictionRun = {
  __typename?: 'PredictionRun';
  /** The backend that ran it: js or threads. */
  backend: Scalars['String']['output'];
  /** Milliseconds in accel. */
  millis: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  marginAccount?: Maybe<MarginAccount>;
  marginAccounts: Array<MarginAccount>;
  marginCall?: Maybe<MarginCall>;
  /**
   * Margin calls, newest first. With `after` (a call id): only calls raised after it, oldest first, so a
   * client that was disconnected (or a gateway that restarted) catches up on what `marginCallRaised` sent
   * meanwhile: call ids grow in the order calls are raised, and a call is on the bus only once stored.
   */
  marginCalls: Array<MarginCall>;
  /** The account's live utilisation (the lookup behind Subscription.marginUtilization). */
  marginUtilization?: Maybe<MarginUtilization>;
  marginWarning?: Maybe<MarginWarning>;
  /**
   * Allocates collateral across accounts at least funding cost (LP, HiGHS),
   * subject to eligibility and concentration limits, and compares with a naive
   * first-come allocation. Errors: COLLATERAL_INSUFFICIENT when the assets
   * cannot cover the requirements; BAD_USER_INPUT naming the bad field.
   */
  optimizeCollateral: CollateralAllocation;
};


export type QueryMarginAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMarginAccountsArgs = {
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMarginCallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMarginCallsArgs = {
  accountIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<MarginCallStatus>>;
};


export type QueryMarginUtilizationArgs = {
  accountId: Scalars['ID']['input'];
};


export type QueryMarginWarningArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOptimizeCollateralArgs = {
  assets: Array<CollateralAssetInput>;
  requirements: Array<CollateralRequirementInput>;
};

export type RequirementLine = {
  __typename?: 'RequirementLine';
  initial: Scalars['Float']['output'];
  instrument?: Maybe<Instrument>;
  maintenance: Scalars['Float']['output'];
  rule: Scalars['String']['output'];
  symbol: Scalars['String']['output'];
};

export type ScenarioGroup = {
  __typename?: 'ScenarioGroup';
  /** P&L per price move (rows) and volatility shift (columns). */
  pnlGrid: Array<Array<Scalars['Float']['output']>>;
  priceMoves: Array<Scalars['Float']['output']>;
  requirement: Scalars['Float']['output'];
  symbol: Scalars['String']['output'];
  underlying?: Maybe<Instrument>;
  volShifts: Array<Scalars['Float']['output']>;
  worstLoss: Scalars['Float']['output'];
  worstPriceMove: Scalars['Float']['output'];
  worstVolShift: Scalars['Float']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Margin calls as the monitor raises them, for the given accounts (all when omitted). */
  marginCallRaised: MarginCall;
  /** Live utilisation of one account, on every material change. */
  marginUtilization: MarginUtilization;
  /** Predicted-call and high-utilisation warnings, for the given accounts (all when omitted). */
  marginWarning: MarginWarning;
};


export type SubscriptionMarginCallRaisedArgs = {
  accountIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type SubscriptionMarginUtilizationArgs = {
  accountId: Scalars['ID']['input'];
};


export type SubscriptionMarginWarningArgs = {
  accountIds?: InputMaybe<Array<Scalars['ID']['input']>>;
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
  MarginAccount: MarginAccount;
  MarginCall: MarginCall;
  MarginWarning: MarginWarning;
  Portfolio: Portfolio;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Entity:
    ( { __typename: 'Entity' }
    & GraphQLRecursivePick<FederationTypes['Entity'], {"id":true}> );
  MarginAccount:
    ( { __typename: 'MarginAccount' }
    & GraphQLRecursivePick<FederationTypes['MarginAccount'], {"id":true}> );
  MarginCall:
    ( { __typename: 'MarginCall' }
    & GraphQLRecursivePick<FederationTypes['MarginCall'], {"id":true}> );
  MarginWarning:
    ( { __typename: 'MarginWarning' }
    & GraphQLRecursivePick<FederationTypes['MarginWarning'], {"id":true}> );
  Portfolio:
    ( { __typename: 'Portfolio' }
    & GraphQLRecursivePick<FederationTypes['Portfolio'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CollateralAllocation: ResolverTypeWrapper<Omit<CollateralAllocation, 'allocation' | 'naiveAllocation'> & { allocation: Array<ResolversTypes['CollateralAllocationLine']>, naiveAllocation: Array<ResolversTypes['CollateralAllocationLine']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CollateralAllocationLine: ResolverTypeWrapper<AllocationLineRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CollateralAssetInput: CollateralAssetInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CollateralGroupLimitInput: CollateralGroupLimitInput;
  CollateralHolding: ResolverTypeWrapper<CollateralHolding>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CollateralKind: CollateralKind;
  CollateralMovementInput: CollateralMovementInput;
  CollateralRequirementInput: CollateralRequirementInput;
  CollateralValuation: ResolverTypeWrapper<CollateralValuation>;
  CreateMarginAccountInput: CreateMarginAccountInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CrossMargin: ResolverTypeWrapper<CrossMarginRecord>;
  CrossMarginOffset: ResolverTypeWrapper<CrossMarginOffsetRecord>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Entity: ResolverTypeWrapper<Omit<Entity, 'crossMargin' | 'marginAccounts'> & { crossMargin: ResolversTypes['CrossMargin'], marginAccounts: Array<ResolversTypes['MarginAccount']> }>;
  Instrument: ResolverTypeWrapper<Instrument>;
  LiquidationPlan: ResolverTypeWrapper<LiquidationPlan>;
  LiquidationStep: ResolverTypeWrapper<LiquidationStep>;
  MarginAccount: ResolverTypeWrapper<AccountRow>;
  MarginCall: ResolverTypeWrapper<MarginCallRow>;
  MarginCallEvent: ResolverTypeWrapper<MarginCallEvent>;
  MarginCallEventStatus: MarginCallEventStatus;
  MarginCallKind: MarginCallKind;
  MarginCallPrediction: ResolverTypeWrapper<MarginCallPrediction>;
  MarginCallResolution: MarginCallResolution;
  MarginCallStatus: MarginCallStatus;
  MarginMethodology: MarginMethodology;
  MarginRequirementSnapshot: ResolverTypeWrapper<MarginRequirementSnapshot>;
  MarginStatus: ResolverTypeWrapper<MarginStatus>;
  MarginUtilization: ResolverTypeWrapper<UtilizationRecord>;
  MarginWarning: ResolverTypeWrapper<MarginWarningRow>;
  MarginWarningKind: MarginWarningKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OptionContract: ResolverTypeWrapper<OptionContract>;
  OptionContractInput: OptionContractInput;
  PatternDayTraderStatus: ResolverTypeWrapper<PatternDayTraderStatus>;
  Portfolio: ResolverTypeWrapper<Omit<Portfolio, 'marginAccount'> & { marginAccount?: Maybe<ResolversTypes['MarginAccount']> }>;
  PredictionRun: ResolverTypeWrapper<PredictionRun>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequirementLine: ResolverTypeWrapper<RequirementLine>;
  ScenarioGroup: ResolverTypeWrapper<ScenarioGroup>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CollateralAllocation: Omit<CollateralAllocation, 'allocation' | 'naiveAllocation'> & { allocation: Array<ResolversParentTypes['CollateralAllocationLine']>, naiveAllocation: Array<ResolversParentTypes['CollateralAllocationLine']> };
  Float: Scalars['Float']['output'];
  CollateralAllocationLine: AllocationLineRecord;
  String: Scalars['String']['output'];
  CollateralAssetInput: CollateralAssetInput;
  ID: Scalars['ID']['output'];
  CollateralGroupLimitInput: CollateralGroupLimitInput;
  CollateralHolding: CollateralHolding;
  Boolean: Scalars['Boolean']['output'];
  CollateralMovementInput: CollateralMovementInput;
  CollateralRequirementInput: CollateralRequirementInput;
  CollateralValuation: CollateralValuation;
  CreateMarginAccountInput: CreateMarginAccountInput;
  Int: Scalars['Int']['output'];
  CrossMargin: CrossMarginRecord;
  CrossMarginOffset: CrossMarginOffsetRecord;
  DateTime: Scalars['DateTime']['output'];
  Entity: Omit<Entity, 'crossMargin' | 'marginAccounts'> & { crossMargin: ResolversParentTypes['CrossMargin'], marginAccounts: Array<ResolversParentTypes['MarginAccount']> } | FederationReferenceTypes['Entity'];
  Instrument: Instrument;
  LiquidationPlan: LiquidationPlan;
  LiquidationStep: LiquidationStep;
  MarginAccount: AccountRow;
  MarginCall: MarginCallRow;
  MarginCallEvent: MarginCallEvent;
  MarginCallPrediction: MarginCallPrediction;
  MarginRequirementSnapshot: MarginRequirementSnapshot;
  MarginStatus: MarginStatus;
  MarginUtilization: UtilizationRecord;
  MarginWarning: MarginWarningRow;
  Mutation: Record<PropertyKey, never>;
  OptionContract: OptionContract;
  OptionContractInput: OptionContractInput;
  PatternDayTraderStatus: PatternDayTraderStatus;
  Portfolio: Omit<Portfolio, 'marginAccount'> & { marginAccount?: Maybe<ResolversParentTypes['MarginAccount']> } | FederationReferenceTypes['Portfolio'];
  PredictionRun: PredictionRun;
  Query: Record<PropertyKey, never>;
  RequirementLine: RequirementLine;
  ScenarioGroup: ScenarioGroup;
  Subscription: Record<PropertyKey, never>;
}>;

export type CollateralAllocationResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['CollateralAllocation'] = ResolversParentTypes['CollateralAllocation']> = ResolversObject<{
  allocation?: Resolver<Array<ResolversTypes['CollateralAllocationLine']>, ParentType, ContextType>;
  naiveAllocation?: Resolver<Array<ResolversTypes['CollateralAllocationLine']>, ParentType, ContextType>;
  naiveCost?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  saving?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CollateralAllocationLineResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['CollateralAllocationLine'] = ResolversParentTypes['CollateralAllocationLine']> = ResolversObject<{
  account?: Resolver<ResolversTypes['MarginAccount'], ParentType, ContextType>;
  assetId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  collateralValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  marketValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CollateralHoldingResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['CollateralHolding'] = ResolversParentTypes['CollateralHolding']> = ResolversObject<{
  collateralValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  haircut?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CollateralKind'], ParentType, ContextType>;
  marketValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CollateralValuationResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['CollateralValuation'] = ResolversParentTypes['CollateralValuation']> = ResolversObject<{
  collateralValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['CollateralHolding']>, ParentType, ContextType>;
  marketValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CrossMarginResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['CrossMargin'] = ResolversParentTypes['CrossMargin']> = ResolversObject<{
  accounts?: Resolver<Array<ResolversTypes['MarginAccount']>, ParentType, ContextType>;
  combined?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  offsets?: Resolver<Array<ResolversTypes['CrossMarginOffset']>, ParentType, ContextType>;
  saving?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  standalone?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CrossMarginOffsetResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['CrossMarginOffset'] = ResolversParentTypes['CrossMarginOffset']> = ResolversObject<{
  accounts?: Resolver<Array<ResolversTypes['MarginAccount']>, ParentType, ContextType>;
  correlation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  symbolA?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  symbolB?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EntityResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity'], FederationReferenceType extends FederationReferenceTypes['Entity'] = FederationReferenceTypes['Entity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Entity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  crossMargin?: Resolver<ResolversTypes['CrossMargin'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  marginAccounts?: Resolver<Array<ResolversTypes['MarginAccount']>, ParentType, ContextType>;
}>;

export type InstrumentResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type LiquidationPlanResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['LiquidationPlan'] = ResolversParentTypes['LiquidationPlan']> = ResolversObject<{
  cured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remainingDeficit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['LiquidationStep']>, ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type LiquidationStepResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['LiquidationStep'] = ResolversParentTypes['LiquidationStep']> = ResolversObject<{
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  requirementReleased?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MarginAccountResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['MarginAccount'] = ResolversParentTypes['MarginAccount'], FederationReferenceType extends FederationReferenceTypes['MarginAccount'] = FederationReferenceTypes['MarginAccount']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MarginAccount']> | FederationReferenceType, FederationReferenceType, ContextType>;
  broker?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  callDueHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  callPrediction?: Resolver<ResolversTypes['MarginCallPrediction'], ParentType, ContextType, RequireFields<MarginAccountCallPredictionArgs, 'horizonDays' | 'paths' | 'seed'>>;
  calls?: Resolver<Array<ResolversTypes['MarginCall']>, ParentType, ContextType, RequireFields<MarginAccountCallsArgs, 'first'>>;
  collateral?: Resolver<ResolversTypes['CollateralValuation'], ParentType, ContextType>;
  crossMargin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  houseMultiplier?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  liveCall?: Resolver<Maybe<ResolversTypes['MarginCall']>, ParentType, ContextType>;
  methodology?: Resolver<ResolversTypes['MarginMethodology'], ParentType, ContextType>;
  minimumTransferAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  patternDayTrader?: Resolver<Maybe<ResolversTypes['PatternDayTraderStatus']>, ParentType, ContextType>;
  portfolios?: Resolver<Array<ResolversTypes['Portfolio']>, ParentType, ContextType>;
  requirementHistory?: Resolver<Array<ResolversTypes['MarginRequirementSnapshot']>, ParentType, ContextType, RequireFields<MarginAccountRequirementHistoryArgs, 'first'>>;
  requirementLines?: Resolver<Array<ResolversTypes['RequirementLine']>, ParentType, ContextType>;
  scenarioGroups?: Resolver<Maybe<Array<ResolversTypes['ScenarioGroup']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MarginStatus'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['MarginWarning']>, ParentType, ContextType, RequireFields<MarginAccountWarningsArgs, 'first'>>;
}>;

export type MarginCallResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['MarginCall'] = ResolversParentTypes['MarginCall'], FederationReferenceType extends FederationReferenceTypes['MarginCall'] = FederationReferenceTypes['MarginCall']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MarginCall']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['MarginAccount'], ParentType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  amountDue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  equity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['MarginCallEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MarginCallKind'], ParentType, ContextType>;
  liquidationPlan?: Resolver<ResolversTypes['LiquidationPlan'], ParentType, ContextType>;
  minimumTransferAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MarginCallStatus'], ParentType, ContextType>;
}>;

export type MarginCallEventResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['MarginCallEvent'] = ResolversParentTypes['MarginCallEvent']> = ResolversObject<{
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MarginCallEventStatus'], ParentType, ContextType>;
  ts?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type MarginCallPredictionResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['MarginCallPrediction'] = ResolversParentTypes['MarginCallPrediction']> = ResolversObject<{
  alreadyInCall?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  computedWith?: Resolver<Maybe<ResolversTypes['PredictionRun']>, ParentType, ContextType>;
  distanceToCall?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  expectedDaysToCall?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  horizonDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  paths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  standardError?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  steps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MarginRequirementSnapshotResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['MarginRequirementSnapshot'] = ResolversParentTypes['MarginRequirementSnapshot']> = ResolversObject<{
  equity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  house?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  initial?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  maintenance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  methodology?: Resolver<ResolversTypes['MarginMethodology'], ParentType, ContextType>;
  ts?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  utilization?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MarginStatusResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['MarginStatus'] = ResolversParentTypes['MarginStatus']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  buyingPower?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cash?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  collateralValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  concentrationAddOn?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dayTradingBuyingPower?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  equity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  excess?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  houseRequirement?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  inCall?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  initialRequirement?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  maintenanceRequirement?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  marketValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minimumEquity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  utilization?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MarginUtilizationResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['MarginUtilization'] = ResolversParentTypes['MarginUtilization']> = ResolversObject<{
  account?: Resolver<ResolversTypes['MarginAccount'], ParentType, ContextType>;
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  equity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  excess?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  houseRequirement?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  inCall?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maintenanceRequirement?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ts?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  utilization?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MarginWarningResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['MarginWarning'] = ResolversParentTypes['MarginWarning'], FederationReferenceType extends FederationReferenceTypes['MarginWarning'] = FederationReferenceTypes['MarginWarning']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MarginWarning']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['MarginAccount'], ParentType, ContextType>;
  distanceToCall?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  expectedDaysToCall?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  horizonDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MarginWarningKind'], ParentType, ContextType>;
  probability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ts?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  utilization?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeMarginCall?: Resolver<ResolversTypes['MarginCall'], ParentType, ContextType, RequireFields<MutationAcknowledgeMarginCallArgs, 'id'>>;
  createMarginAccount?: Resolver<ResolversTypes['MarginAccount'], ParentType, ContextType, RequireFields<MutationCreateMarginAccountArgs, 'input'>>;
  defineOptionContract?: Resolver<ResolversTypes['OptionContract'], ParentType, ContextType, RequireFields<MutationDefineOptionContractArgs, 'input'>>;
  depositCollateral?: Resolver<ResolversTypes['MarginAccount'], ParentType, ContextType, RequireFields<MutationDepositCollateralArgs, 'input'>>;
  resolveMarginCall?: Resolver<ResolversTypes['MarginCall'], ParentType, ContextType, RequireFields<MutationResolveMarginCallArgs, 'id' | 'resolution'>>;
  withdrawCollateral?: Resolver<ResolversTypes['MarginAccount'], ParentType, ContextType, RequireFields<MutationWithdrawCollateralArgs, 'input'>>;
}>;

export type OptionContractResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['OptionContract'] = ResolversParentTypes['OptionContract']> = ResolversObject<{
  expiry?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  right?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  strike?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  underlying?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
}>;

export type PatternDayTraderStatusResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['PatternDayTraderStatus'] = ResolversParentTypes['PatternDayTraderStatus']> = ResolversObject<{
  dayTrades?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isPatternDayTrader?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minimumEquity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalTrades?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PortfolioResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['Portfolio'] = ResolversParentTypes['Portfolio'], FederationReferenceType extends FederationReferenceTypes['Portfolio'] = FederationReferenceTypes['Portfolio']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Portfolio']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  marginAccount?: Resolver<Maybe<ResolversTypes['MarginAccount']>, ParentType, ContextType>;
}>;

export type PredictionRunResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['PredictionRun'] = ResolversParentTypes['PredictionRun']> = ResolversObject<{
  backend?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  millis?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  marginAccount?: Resolver<Maybe<ResolversTypes['MarginAccount']>, ParentType, ContextType, RequireFields<QueryMarginAccountArgs, 'id'>>;
  marginAccounts?: Resolver<Array<ResolversTypes['MarginAccount']>, ParentType, ContextType, Partial<QueryMarginAccountsArgs>>;
  marginCall?: Resolver<Maybe<ResolversTypes['MarginCall']>, ParentType, ContextType, RequireFields<QueryMarginCallArgs, 'id'>>;
  marginCalls?: Resolver<Array<ResolversTypes['MarginCall']>, ParentType, ContextType, RequireFields<QueryMarginCallsArgs, 'first'>>;
  marginUtilization?: Resolver<Maybe<ResolversTypes['MarginUtilization']>, ParentType, ContextType, RequireFields<QueryMarginUtilizationArgs, 'accountId'>>;
  marginWarning?: Resolver<Maybe<ResolversTypes['MarginWarning']>, ParentType, ContextType, RequireFields<QueryMarginWarningArgs, 'id'>>;
  optimizeCollateral?: Resolver<ResolversTypes['CollateralAllocation'], ParentType, ContextType, RequireFields<QueryOptimizeCollateralArgs, 'assets' | 'requirements'>>;
}>;

export type RequirementLineResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['RequirementLine'] = ResolversParentTypes['RequirementLine']> = ResolversObject<{
  initial?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType>;
  maintenance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScenarioGroupResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['ScenarioGroup'] = ResolversParentTypes['ScenarioGroup']> = ResolversObject<{
  pnlGrid?: Resolver<Array<Array<ResolversTypes['Float']>>, ParentType, ContextType>;
  priceMoves?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  underlying?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType>;
  volShifts?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  worstLoss?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  worstPriceMove?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  worstVolShift?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = CollateralContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  marginCallRaised?: SubscriptionResolver<ResolversTypes['MarginCall'], "marginCallRaised", ParentType, ContextType, Partial<SubscriptionMarginCallRaisedArgs>>;
  marginUtilization?: SubscriptionResolver<ResolversTypes['MarginUtilization'], "marginUtilization", ParentType, ContextType, RequireFields<SubscriptionMarginUtilizationArgs, 'accountId'>>;
  marginWarning?: SubscriptionResolver<ResolversTypes['MarginWarning'], "marginWarning", ParentType, ContextType, Partial<SubscriptionMarginWarningArgs>>;
}>;

export type Resolvers<ContextType = CollateralContext> = ResolversObject<{
  CollateralAllocation?: CollateralAllocationResolvers<ContextType>;
  CollateralAllocationLine?: CollateralAllocationLineResolvers<ContextType>;
  CollateralHolding?: CollateralHoldingResolvers<ContextType>;
  CollateralValuation?: CollateralValuationResolvers<ContextType>;
  CrossMargin?: CrossMarginResolvers<ContextType>;
  CrossMarginOffset?: CrossMarginOffsetResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  LiquidationPlan?: LiquidationPlanResolvers<ContextType>;
  LiquidationStep?: LiquidationStepResolvers<ContextType>;
  MarginAccount?: MarginAccountResolvers<ContextType>;
  MarginCall?: MarginCallResolvers<ContextType>;
  MarginCallEvent?: MarginCallEventResolvers<ContextType>;
  MarginCallPrediction?: MarginCallPredictionResolvers<ContextType>;
  MarginRequirementSnapshot?: MarginRequirementSnapshotResolvers<ContextType>;
  MarginStatus?: MarginStatusResolvers<ContextType>;
  MarginUtilization?: MarginUtilizationResolvers<ContextType>;
  MarginWarning?: MarginWarningResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OptionContract?: OptionContractResolvers<ContextType>;
  PatternDayTraderStatus?: PatternDayTraderStatusResolvers<ContextType>;
  Portfolio?: PortfolioResolvers<ContextType>;
  PredictionRun?: PredictionRunResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RequirementLine?: RequirementLineResolvers<ContextType>;
  ScenarioGroup?: ScenarioGroupResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
}>;

