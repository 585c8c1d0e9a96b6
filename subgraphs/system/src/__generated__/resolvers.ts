import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SystemStatusModel, EngineStatusModel } from '../service/pollEngines.ts';
import type { AccelerationModel } from '../domain/summarizeAcceleration.ts';
import type { SystemContext } from '../context.ts';
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

export type AccelBackend = {
  __typename?: 'AccelBackend';
  available: Scalars['Boolean']['output'];
  /** What it runs on, e.g. worker_threads ×2; null when unavailable. */
  device?: Maybe<Scalars['String']['output']>;
  /** js, threads, gpu or onnx. */
  name: Scalars['String']['output'];
  /** Why it is (un)available, e.g. the exact loader error. */
  reason: Scalars['String']['output'];
};

export type AccelCalibration = {
  __typename?: 'AccelCalibration';
  /** Timings in the table. */
  entryCount: Scalars['Int']['output'];
  /** The machine it was measured on; null without a table. */
  machine?: Maybe<Scalars['String']['output']>;
  /** When the table in use was measured; null when the router has none (everything then runs on js). */
  measuredAt?: Maybe<Scalars['DateTime']['output']>;
  /** What happened to it: loaded (with its date), missing, ignored (another machine), measured. */
  note: Scalars['String']['output'];
  /** The table's file; null when calibration is disabled in this process. */
  path?: Maybe<Scalars['String']['output']>;
  /** Per workload: the backends measured and which was fastest at the largest size measured. */
  workloads: Array<CalibratedWorkload>;
};

export type AccelDevice = {
  __typename?: 'AccelDevice';
  detail: Scalars['String']['output'];
  /** cpu or gpu. */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** The accel router of one engine process: what it can run on, why, what it measured, and what it chose. */
export type AccelerationStatus = {
  __typename?: 'AccelerationStatus';
  /** Every enabled backend, available or not, with the reason. */
  backends: Array<AccelBackend>;
  calibration: AccelCalibration;
  /** The most recent routing decisions, newest first (the router keeps 50). */
  decisions: Array<RoutingDecision>;
  devices: Array<AccelDevice>;
  /** The engine whose process this is. */
  engine: Scalars['String']['output'];
  /** The most recent backend failures (each followed by a re-run on js), newest first. */
  failures: Array<BackendFailure>;
  /** gpu.js modes tried in order and why each was or was not used; empty when the gpu backend is not enabled. */
  gpuModes: Array<GpuModeAttempt>;
  /** ONNX Runtime execution providers bundled with this build. */
  onnxProviders: Array<OnnxProvider>;
};


/** The accel router of one engine process: what it can run on, why, what it measured, and what it chose. */
export type AccelerationStatusDecisionsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type BackendFailure = {
  __typename?: 'BackendFailure';
  at: Scalars['DateTime']['output'];
  backend: Scalars['String']['output'];
  message: Scalars['String']['output'];
  workload: Scalars['String']['output'];
};

export type BackendTiming = {
  __typename?: 'BackendTiming';
  backend: Scalars['String']['output'];
  ms: Scalars['Float']['output'];
};

export type CalibratedWorkload = {
  __typename?: 'CalibratedWorkload';
  /** Fastest backend at that size. */
  fastest: Scalars['String']['output'];
  /** Label of that case, e.g. european 500000 paths. */
  label: Scalars['String']['output'];
  /** Largest size measured (work units: paths×steps, scenarios×assets, …). */
  size: Scalars['Float']['output'];
  /** Each backend's best time at that size, fastest first. */
  timings: Array<BackendTiming>;
  /** mc.option, mc.portfolio, linalg.covariance, linalg.matmul or indicators. */
  workload: Scalars['String']['output'];
};

/** Counters since the engine process started (graphql_request_duration_seconds, graphql_errors_total, process_*). */
export type EngineMetrics = {
  __typename?: 'EngineMetrics';
  /** User + system CPU seconds. */
  cpuSeconds?: Maybe<Scalars['Float']['output']>;
  /** GraphQL errors returned, all codes. */
  errors: Scalars['Float']['output'];
  /** Errors by code, most frequent first. */
  errorsByCode: Array<ErrorCount>;
  /** Mean operation latency in milliseconds; null before the first operation. */
  meanLatencyMs?: Maybe<Scalars['Float']['output']>;
  /** GraphQL operations served. */
  requests: Scalars['Float']['output'];
  /** Resident memory in bytes; null where the platform does not report it. */
  residentMemoryBytes?: Maybe<Scalars['Float']['output']>;
};

export type EngineStatus = {
  __typename?: 'EngineStatus';
  /** Whether this engine's process reports an accel router (see SystemStatus.acceleration). */
  accelerated: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  /** /health answered 200. */
  healthy: Scalars['Boolean']['output'];
  /** Summary of its /metrics; null when /metrics did not answer. */
  metrics?: Maybe<EngineMetrics>;
  /** Registry name (subgraphs/<name>). */
  name: Scalars['String']['output'];
  /** Node.js version of the process (its nodejs_version_info metric); null when /metrics did not answer. */
  nodeVersion?: Maybe<Scalars['String']['output']>;
  /** Why it is not healthy or not ready (connection refused, timeout, the /ready reason); null when both are fine. */
  problem?: Maybe<Scalars['String']['output']>;
  /** /ready answered 200 (its dependencies, e.g. the database, are reachable). */
  ready: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  /** Seconds since the process started (process_start_time_seconds); null when /metrics did not answer. */
  uptimeSeconds?: Maybe<Scalars['Float']['output']>;
  /** Where the gateway calls it. */
  url: Scalars['String']['output'];
  /** The engine package's version (subgraphs/<name>/package.json); null when it has none. */
  version?: Maybe<Scalars['String']['output']>;
};

export type ErrorCount = {
  __typename?: 'ErrorCount';
  code: Scalars['String']['output'];
  count: Scalars['Float']['output'];
};

export type GpuModeAttempt = {
  __typename?: 'GpuModeAttempt';
  mode: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
};

export type OnnxProvider = {
  __typename?: 'OnnxProvider';
  available: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Every engine of the registry with its health, version and metrics, and the acceleration router of each engine process that has one; polled now. */
  system: SystemStatus;
};

export type RoutingDecision = {
  __typename?: 'RoutingDecision';
  at: Scalars['DateTime']['output'];
  /** The backend that ran the call. */
  backend: Scalars['String']['output'];
  /** Set when this is the js re-run after that backend failed. */
  failedBackend?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  size: Scalars['Float']['output'];
  workload: Scalars['String']['output'];
};

export type SystemStatus = {
  __typename?: 'SystemStatus';
  /** One entry per engine process that runs an accel router (reported on its /status). */
  acceleration: Array<AccelerationStatus>;
  /** When the engines were polled. */
  checkedAt: Scalars['DateTime']['output'];
  /** Every engine of the registry, in port order (this one included). */
  engines: Array<EngineStatus>;
  /** Milliseconds an engine has to answer each route before it counts as down. */
  timeoutMs: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccelBackend: ResolverTypeWrapper<AccelBackend>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccelCalibration: ResolverTypeWrapper<AccelCalibration>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccelDevice: ResolverTypeWrapper<AccelDevice>;
  AccelerationStatus: ResolverTypeWrapper<AccelerationModel>;
  BackendFailure: ResolverTypeWrapper<BackendFailure>;
  BackendTiming: ResolverTypeWrapper<BackendTiming>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CalibratedWorkload: ResolverTypeWrapper<CalibratedWorkload>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EngineMetrics: ResolverTypeWrapper<EngineMetrics>;
  EngineStatus: ResolverTypeWrapper<EngineStatusModel>;
  ErrorCount: ResolverTypeWrapper<ErrorCount>;
  GpuModeAttempt: ResolverTypeWrapper<GpuModeAttempt>;
  OnnxProvider: ResolverTypeWrapper<OnnxProvider>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RoutingDecision: ResolverTypeWrapper<RoutingDecision>;
  SystemStatus: ResolverTypeWrapper<SystemStatusModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccelBackend: AccelBackend;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  AccelCalibration: AccelCalibration;
  Int: Scalars['Int']['output'];
  AccelDevice: AccelDevice;
  AccelerationStatus: AccelerationModel;
  BackendFailure: BackendFailure;
  BackendTiming: BackendTiming;
  Float: Scalars['Float']['output'];
  CalibratedWorkload: CalibratedWorkload;
  DateTime: Scalars['DateTime']['output'];
  EngineMetrics: EngineMetrics;
  EngineStatus: EngineStatusModel;
  ErrorCount: ErrorCount;
  GpuModeAttempt: GpuModeAttempt;
  OnnxProvider: OnnxProvider;
  Query: Record<PropertyKey, never>;
  RoutingDecision: RoutingDecision;
  SystemStatus: SystemStatusModel;
}>;

export type AccelBackendResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['AccelBackend'] = ResolversParentTypes['AccelBackend']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  device?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AccelCalibrationResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['AccelCalibration'] = ResolversParentTypes['AccelCalibration']> = ResolversObject<{
  entryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  machine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measuredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workloads?: Resolver<Array<ResolversTypes['CalibratedWorkload']>, ParentType, ContextType>;
}>;

export type AccelDeviceResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['AccelDevice'] = ResolversParentTypes['AccelDevice']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AccelerationStatusResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['AccelerationStatus'] = ResolversParentTypes['AccelerationStatus']> = ResolversObject<{
  backends?: Resolver<Array<ResolversTypes['AccelBackend']>, ParentType, ContextType>;
  calibration?: Resolver<ResolversTypes['AccelCalibration'], ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['RoutingDecision']>, ParentType, ContextType, RequireFields<AccelerationStatusDecisionsArgs, 'last'>>;
  devices?: Resolver<Array<ResolversTypes['AccelDevice']>, ParentType, ContextType>;
  engine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['BackendFailure']>, ParentType, ContextType>;
  gpuModes?: Resolver<Array<ResolversTypes['GpuModeAttempt']>, ParentType, ContextType>;
  onnxProviders?: Resolver<Array<ResolversTypes['OnnxProvider']>, ParentType, ContextType>;
}>;

export type BackendFailureResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['BackendFailure'] = ResolversParentTypes['BackendFailure']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  backend?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BackendTimingResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['BackendTiming'] = ResolversParentTypes['BackendTiming']> = ResolversObject<{
  backend?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CalibratedWorkloadResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['CalibratedWorkload'] = ResolversParentTypes['CalibratedWorkload']> = ResolversObject<{
  fastest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  timings?: Resolver<Array<ResolversTypes['BackendTiming']>, ParentType, ContextType>;
  workload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EngineMetricsResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['EngineMetrics'] = ResolversParentTypes['EngineMetrics']> = ResolversObject<{
  cpuSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  errorsByCode?: Resolver<Array<ResolversTypes['ErrorCount']>, ParentType, ContextType>;
  meanLatencyMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  residentMemoryBytes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type EngineStatusResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['EngineStatus'] = ResolversParentTypes['EngineStatus']> = ResolversObject<{
  accelerated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthy?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['EngineMetrics']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uptimeSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ErrorCountResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['ErrorCount'] = ResolversParentTypes['ErrorCount']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type GpuModeAttemptResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['GpuModeAttempt'] = ResolversParentTypes['GpuModeAttempt']> = ResolversObject<{
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OnnxProviderResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['OnnxProvider'] = ResolversParentTypes['OnnxProvider']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  system?: Resolver<ResolversTypes['SystemStatus'], ParentType, ContextType>;
}>;

export type RoutingDecisionResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['RoutingDecision'] = ResolversParentTypes['RoutingDecision']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  backend?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failedBackend?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  workload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SystemStatusResolvers<ContextType = SystemContext, ParentType extends ResolversParentTypes['SystemStatus'] = ResolversParentTypes['SystemStatus']> = ResolversObject<{
  acceleration?: Resolver<Array<ResolversTypes['AccelerationStatus']>, ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  engines?: Resolver<Array<ResolversTypes['EngineStatus']>, ParentType, ContextType>;
  timeoutMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SystemContext> = ResolversObject<{
  AccelBackend?: AccelBackendResolvers<ContextType>;
  AccelCalibration?: AccelCalibrationResolvers<ContextType>;
  AccelDevice?: AccelDeviceResolvers<ContextType>;
  AccelerationStatus?: AccelerationStatusResolvers<ContextType>;
  BackendFailure?: BackendFailureResolvers<ContextType>;
  BackendTiming?: BackendTimingResolvers<ContextType>;
  CalibratedWorkload?: CalibratedWorkloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EngineMetrics?: EngineMetricsResolvers<ContextType>;
  EngineStatus?: EngineStatusResolvers<ContextType>;
  ErrorCount?: ErrorCountResolvers<ContextType>;
  GpuModeAttempt?: GpuModeAttemptResolvers<ContextType>;
  OnnxProvider?: OnnxProviderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RoutingDecision?: RoutingDecisionResolvers<ContextType>;
  SystemStatus?: SystemStatusResolvers<ContextType>;
}>;

