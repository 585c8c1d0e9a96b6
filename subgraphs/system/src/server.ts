import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { configuredMetricsToken, createSubgraphServer, metricsToken, type Clock, type Logger, type SubgraphServer } from '@nautilus/runtime';
import engine from '../engine.ts';
import type { SystemContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { pollEngines, type EngineTarget, type SystemStatusModel } from './service/pollEngines.ts';

const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/** Default per-route timeout of a poll: an engine slower than this is reported as down. */
export const DEFAULT_POLL_TIMEOUT_MS = 2_000;

export interface CreateSystemServerOptions {
  /** The engines to poll: the registry's in production (index.ts), in-process servers in tests. */
  engines: () => EngineTarget[] | Promise<EngineTarget[]>;
  timeoutMs?: number;
  clock: Clock;
  logger: Logger;
  internalSecret: string;
  /** Injected in tests; default the global fetch. */
  fetch?: typeof fetch;
}

/**
 * Builds the system subgraph (never listens: `index.ts` does, tests call
 * `execute`). It has no database: `/ready` is its HTTP server being up.
 */
export function createSystemServer(options: CreateSystemServerOptions): SubgraphServer<SystemContext> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_POLL_TIMEOUT_MS;
  // The engines share the internal secret, hence the metrics token (or NAUTILUS_METRICS_TOKEN).
  const scrapeToken = metricsToken(options.internalSecret, configuredMetricsToken());
  return createSubgraphServer<SystemContext>({
    name: engine.name,
    typeDefs,
    resolvers,
    internalSecret: options.internalSecret,
    clock: options.clock,
    logger: options.logger,
    createContext: (request) => {
      let poll: Promise<SystemStatusModel> | undefined;
      return {
        ...request,
        readSystem: () => (poll ??= Promise.resolve(options.engines()).then((targets) => pollEngines(targets, { clock: options.clock, timeoutMs, fetch: options.fetch, metricsToken: scrapeToken }))),
      };
    },
  });
}
