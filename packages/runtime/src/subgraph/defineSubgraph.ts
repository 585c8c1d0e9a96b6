import { readFileSync } from 'node:fs';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse, type GraphQLScalarType } from 'graphql';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { createSubgraphServer, type RequestInfo, type SubgraphServer } from './createSubgraphServer.ts';

/** What every engine's server needs, whatever else it takes (`bus`, `accel`, `monitor`, `onBatch`, …). */
export interface SubgraphDeps {
  /** The engine's pool: `/ready` answers 503 while `SELECT 1` fails. */
  pool: { query(sql: string): Promise<unknown> };
  clock: Clock;
  logger: Logger;
  /** Secret shared with the gateway; requests without its signature get 403. */
  internalSecret: string;
}

export interface DefineSubgraphOptions<TDeps extends SubgraphDeps, TContext extends object, TResolvers> {
  /** The engine's manifest (`import engine from '../engine.ts'`): its name labels logs and metrics, `schema` names the SDL. */
  engine: { name: string; schema?: string };
  /** The engine's folder, `new URL('..', import.meta.url)` from `src/server.ts`: the manifest's paths are relative to it. */
  dir: URL;
  /**
   * What the engine's resolvers find in their context besides the request's
   * {@link RequestInfo} (which is added): called once per request, so fresh
   * dataloaders belong here. Annotate `deps` with the engine's options type;
   * that annotation is what the factory takes.
   */
  createContext: (deps: TDeps, request: RequestInfo) => TContext;
  /**
   * The engine's resolvers, typed with the generated `Resolvers` of its
   * `src/__generated__/resolvers.ts`. Every resolver must accept the context
   * (`RequestInfo` and what `createContext` returns); resolvers that expect
   * another context are a type error here (see {@link ResolversContextCheck}).
   */
  resolvers: TResolvers;
  /** Readiness beyond the pool's `SELECT 1` (which always runs first). */
  checkReady?: (deps: TDeps) => Promise<void>;
  /** What `GET /status` reports besides the name, e.g. `({ accel }) => ({ acceleration: await accel.status() })` (see createSubgraphServer). */
  status?: (deps: TDeps) => Promise<Record<string, unknown>>;
}

/** Builds the engine's server from its dependencies; never listens (`index.ts` does, tests call `execute`). */
export type SubgraphFactory<TDeps extends SubgraphDeps, TContext extends object> = (deps: TDeps) => SubgraphServer<RequestInfo & TContext>;

/**
 * The boilerplate of every `src/server.ts` once: reads and parses the SDL
 * named by the manifest (once, when the module loads, so a broken schema
 * fails at import rather than at the first request), checks the resolvers'
 * types against the context, and returns the factory that builds a server
 * per set of dependencies (one in production, one per test file in tests).
 * `/ready` checks the pool; health, metrics and the gateway's signature are
 * {@link createSubgraphServer}'s.
 *
 *   export const createRiskServer = defineSubgraph({
 *     engine,
 *     dir: new URL('..', import.meta.url),
 *     createContext: ({ pool, … }: CreateRiskServerOptions) => ({ pool, …, loaders: createLoaders({ pool }) }),
 *     resolvers,
 *   });
 */
export function defineSubgraph<
  TDeps extends SubgraphDeps,
  TContext extends object,
  TResolvers extends object & ResolversContextCheck<TResolvers, RequestInfo & TContext>,
>(
  options: DefineSubgraphOptions<TDeps, TContext, TResolvers>,
): SubgraphFactory<TDeps, TContext> {
  const { engine, createContext, checkReady, status } = options;
  const typeDefs = parse(readFileSync(new URL(options.engine.schema ?? 'schema.graphql', options.dir), 'utf8'));
  const resolvers = toResolverMap<RequestInfo & TContext>(options.resolvers);
  return (deps) =>
    createSubgraphServer<RequestInfo & TContext>({
      name: engine.name,
      typeDefs,
      resolvers,
      internalSecret: deps.internalSecret,
      clock: deps.clock,
      logger: deps.logger,
      createContext: (request) => ({ ...request, ...createContext(deps, request) }),
      checkReady: async () => {
        await deps.pool.query('SELECT 1');
        await checkReady?.(deps);
      },
      ...(status ? { status: () => status(deps) } : {}),
    });
}

/**
 * Why this adapter exists (and why the engines used to write `resolvers as
 * never`): codegen's `Resolvers` and Apollo's `GraphQLResolverMap` describe
 * the same object, but neither type checks the other. The generated types are
 * `T & Record<string, any>` (`useIndexSignature`), and `GraphQLResolverMap`
 * accepts any value that is a map of strings, so `Resolvers` of one engine
 * passes as the resolvers of another engine's context, cast or no cast.
 * {@link ResolversContextCheck} strips the index signatures and checks what
 * is left against the context; this function is then the one place where the
 * checked object becomes Apollo's type.
 */
function toResolverMap<TContext>(resolvers: object): GraphQLResolverMap<TContext> {
  return resolvers as GraphQLResolverMap<TContext>;
}

/** The declared keys of `T`, without the `[key: string]: any` codegen adds. */
type KnownKeys<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/** A field resolver (function, `{ resolve }`, or a subscription's `{ subscribe, resolve }`) that accepts `TContext`. */
type FieldResolverFor<TContext> =
  | ((parent: never, args: never, context: TContext, info: never) => unknown)
  | {
      resolve?: (parent: never, args: never, context: TContext, info: never) => unknown;
      subscribe?: (parent: never, args: never, context: TContext, info: never) => unknown;
    };

/** `__resolveReference`, `__isTypeOf`, `__resolveType`: the context is the second argument. */
type MetaResolverFor<TContext> = (value: never, context: TContext, info: never) => unknown;

/** One type's resolvers for `TContext`; strings and numbers are enum values. */
type TypeResolversFor<TContext> = { [field: string]: FieldResolverFor<TContext> | MetaResolverFor<TContext> | string | number | undefined };

/** The names of the types in `TResolvers` whose resolvers do not accept `TContext`. */
export type ResolversContextMismatch<TResolvers, TContext> = {
  [T in keyof KnownKeys<TResolvers>]-?: NonNullable<KnownKeys<TResolvers>[T]> extends GraphQLScalarType
    ? never
    : KnownKeys<NonNullable<KnownKeys<TResolvers>[T]>> extends TypeResolversFor<TContext>
      ? never
      : T;
}[keyof KnownKeys<TResolvers>];

/**
 * `unknown` when every resolver accepts `TContext`; otherwise an object with
 * a property that names the offending types, so the compiler's message says
 * which resolvers expect another context.
 */
export type ResolversContextCheck<TResolvers, TContext> = [ResolversContextMismatch<TResolvers, TContext>] extends [never]
  ? unknown
  : { 'resolvers of these types expect another context': ResolversContextMismatch<TResolvers, TContext> };
