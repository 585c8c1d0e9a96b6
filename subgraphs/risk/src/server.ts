import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type pg from 'pg';
import type { Accel } from '@nautilus/accel';
import { createSubgraphServer, type Bus, type Clock, type Logger, type SubgraphServer } from '@nautilus/runtime';
import type { RiskContext } from './context.ts';
import { createLoaders, type CreateLoadersOptions } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';

/** Port the risk subgraph listens on unless RISK_PORT says otherwise. */
export const RISK_DEFAULT_PORT = 4103;

/** Absolute path of the SDL (for composition). */
export const RISK_SDL_PATH = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const typeDefs = parse(readFileSync(RISK_SDL_PATH, 'utf8'));

export interface CreateRiskServerOptions {
  pool: pg.Pool;
  /** Where `risk.limit.breached` is published (after commit). */
  bus: Bus;
  clock: Clock;
  logger: Logger;
  internalSecret: string;
  /** Runs MONTE_CARLO reports; the caller owns it (creates and closes it). */
  accel: Accel;
  /** Observes dataloader batches (tests). */
  onBatch?: CreateLoadersOptions['onBatch'];
}

/** Builds the risk subgraph (never listens: `index.ts` does, tests call `execute`). */
export function createRiskServer(options: CreateRiskServerOptions): SubgraphServer<RiskContext> {
  const { pool, bus, clock, logger, accel } = options;
  return createSubgraphServer<RiskContext>({
    name: 'risk',
    typeDefs,
    resolvers: resolvers as never,
    internalSecret: options.internalSecret,
    clock,
    logger,
    createContext: (request) => ({ ...request, pool, bus, clock, accel, loaders: createLoaders({ pool, bus, onBatch: options.onBatch }) }),
    checkReady: async () => {
      await pool.query('SELECT 1');
    },
  });
}
