/**
 * An engine declares itself once, in `subgraphs/<name>/engine.ts`:
 *
 *   import type { EngineManifest } from '@nautilus/runtime/engine';
 *   export default { name: 'risk', defaultPort: 4103, … } satisfies EngineManifest;
 *
 * The registry (registry.ts) finds every such file; the gateway (composition,
 * subscriptions), the launcher (processes, seeds, workers), `codegen.ts`
 * (resolver types) and the generated deployment files (docker-compose,
 * Prometheus, .env.example, the README's engine table) iterate over it, so
 * adding an engine is adding a folder. A manifest is data: it imports nothing
 * at run time (the type import is erased), so reading the registry loads no
 * engine code, and any loader (tsx, vitest, codegen's jiti) can read it. Paths
 * are relative to the engine's folder.
 */
export interface EngineManifest {
  /** Lower-case identifier: the folder name, the service name, and the env prefix (`RISK_PORT`, `RISK_URL`). */
  name: string;
  /** Human title, e.g. `Market data`. */
  title: string;
  /** One sentence for the docs' engine table. */
  description: string;
  /** Port unless `<NAME>_PORT` says otherwise. Unique across engines. */
  defaultPort: number;
  /** The subgraph's SDL (federation 2 `@link`). Default `schema.graphql`. */
  schema?: string;
  /** The process that serves the subgraph (`src/index.ts`). */
  entry: string;
  /** Module exporting `subscriptions: SubscriptionSpec[]` and the fields/topics it serves (checked against it). */
  subscriptions?: {
    module: string;
    fields: readonly { field: string; topic: string }[];
  };
  /** Long-running work: separate processes the launcher starts, or loops inside the engine's process (documented). */
  workers?: readonly EngineWorker[];
  /** The demo world's part of this engine, run by `npm start` (and `npm run db:seed`) when the database is empty. */
  seed?: {
    /** Module and export of `(options: SeedOptions) => Promise<SeedOutcome>`. */
    module: string;
    export: string;
    /** Seeds run in ascending order (an engine's seed may read what an earlier one wrote). */
    order: number;
  };
  /** Prometheus: what the engine's `/metrics` adds to the standard request/error/process metrics. */
  metrics?: {
    /** Names of the engine's own metric families, e.g. `collateral_margin_calls_raised_total`. */
    families?: readonly string[];
  };
  /** Resolver types from the SDL (`src/__generated__/resolvers.ts`). */
  codegen?: {
    /** `<module>#<Type>` relative to `src/__generated__/`, e.g. `../context.ts#RiskContext`. */
    contextType: string;
    /** GraphQL type → `<module>#<Type>` of the value its resolvers receive. */
    mappers?: Readonly<Record<string, string>>;
  };
}

export interface EngineWorker {
  name: string;
  /** `process`: its own process (entry required), started after the gateway. `in-process`: a loop inside the engine's process. */
  kind: 'process' | 'in-process';
  /** For `process`: the entry file. */
  entry?: string;
  description: string;
}

/** What the launcher hands an engine's seed. */
export interface SeedOptions<Pool = unknown, Clock = unknown> {
  pool: Pool;
  clock: Clock;
  /** SIMULATOR_SEED: the demo world is reproducible. */
  seed: number;
  onProgress?: (text: string) => void;
}

/** What a seed reports: whether it wrote anything, and one line for the launcher's log. */
export interface SeedOutcome {
  seeded: boolean;
  summary: string;
}
