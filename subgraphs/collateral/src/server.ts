import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type pg from 'pg';
import { createSubgraphServer, type Bus, type Clock, type Logger, type SubgraphServer } from '@nautilus/runtime';
import type { CollateralContext } from './context.ts';
import { createLoaders, type CreateLoadersOptions } from './loaders.ts';
import type { MarginMonitor } from './monitor/MarginMonitor.ts';
import { resolvers } from './resolvers/index.ts';

export { MarginMonitor, type MarginMonitorOptions } from './monitor/MarginMonitor.ts';

/** Port the collateral subgraph listens on unless COLLATERAL_PORT says otherwise. */
export const COLLATERAL_DEFAULT_PORT = 4104;

/** Absolute path of the SDL (for composition). */
export const COLLATERAL_SDL_PATH = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const typeDefs = parse(readFileSync(COLLATERAL_SDL_PATH, 'utf8'));

export interface CreateCollateralServerOptions {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  logger: Logger;
  internalSecret: string;
  /** The margin monitor of this process (the caller starts and stops it). */
  monitor: MarginMonitor;
  /** Observes dataloader batches (tests). */
  onBatch?: CreateLoadersOptions['onBatch'];
}

/** Builds the collateral subgraph (never listens: `index.ts` does, tests call `execute`). */
export function createCollateralServer(options: CreateCollateralServerOptions): SubgraphServer<CollateralContext> {
  const { pool, bus, clock, logger, monitor } = options;
  return createSubgraphServer<CollateralContext>({
    name: 'collateral',
    typeDefs,
    resolvers: resolvers as never,
    internalSecret: options.internalSecret,
    clock,
    logger,
    createContext: (request) => ({ ...request, pool, bus, clock, monitor, loaders: createLoaders({ pool, onBatch: options.onBatch }) }),
    checkReady: async () => {
      await pool.query('SELECT 1');
    },
  });
}
