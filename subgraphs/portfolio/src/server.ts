import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type pg from 'pg';
import { createSubgraphServer, type Clock, type Logger, type SubgraphServer } from '@nautilus/runtime';
import type { PortfolioContext } from './context.ts';
import { createLoaders, type CreateLoadersOptions } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';

/** Port the portfolio subgraph listens on unless PORTFOLIO_PORT says otherwise. */
export const PORTFOLIO_DEFAULT_PORT = 4102;

/** Absolute path of the SDL (for composition). */
export const PORTFOLIO_SDL_PATH = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const typeDefs = parse(readFileSync(PORTFOLIO_SDL_PATH, 'utf8'));

export interface CreatePortfolioServerOptions {
  pool: pg.Pool;
  clock: Clock;
  logger: Logger;
  internalSecret: string;
  /** Observes dataloader batches (tests). */
  onBatch?: CreateLoadersOptions['onBatch'];
}

/** Builds the portfolio subgraph (never listens: `index.ts` does, tests call `execute`). */
export function createPortfolioServer(options: CreatePortfolioServerOptions): SubgraphServer<PortfolioContext> {
  const { pool, clock, logger } = options;
  return createSubgraphServer<PortfolioContext>({
    name: 'portfolio',
    typeDefs,
    resolvers: resolvers as never,
    internalSecret: options.internalSecret,
    clock,
    logger,
    createContext: (request) => ({ ...request, pool, clock, loaders: createLoaders({ pool, onBatch: options.onBatch }) }),
    checkReady: async () => {
      await pool.query('SELECT 1');
    },
  });
}
