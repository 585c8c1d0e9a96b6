import type pg from 'pg';
import { defineSubgraph, type SubgraphDeps } from '@nautilus/runtime';
import engine from '../engine.ts';
import { createLoaders, type CreateLoadersOptions } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';

export interface CreatePortfolioServerOptions extends SubgraphDeps {
  pool: pg.Pool;
  /** Observes dataloader batches (tests). */
  onBatch?: CreateLoadersOptions['onBatch'];
}

/** Builds the portfolio subgraph (never listens: `index.ts` does, tests call `execute`). */
export const createPortfolioServer = defineSubgraph({
  engine,
  dir: new URL('..', import.meta.url),
  createContext: ({ pool, clock, onBatch }: CreatePortfolioServerOptions) => ({ pool, clock, loaders: createLoaders({ pool, onBatch }) }),
  resolvers,
});
