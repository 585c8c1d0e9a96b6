import type pg from 'pg';
import { sharedJsAccel, type Accel } from '@nautilus/accel';
import { defineSubgraph, type SubgraphDeps } from '@nautilus/runtime';
import engine from '../engine.ts';
import { createLoaders, type CreateLoadersOptions } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';

export interface CreatePortfolioServerOptions extends SubgraphDeps {
  pool: pg.Pool;
  /**
   * The engine's routed accel (index.ts: calibrated on this machine by `npm start`). Omitted (tests,
   * tools): one js-only accel shared by the process.
   */
  accel?: Accel;
  /** Observes dataloader batches (tests). */
  onBatch?: CreateLoadersOptions['onBatch'];
}

/** Builds the portfolio subgraph (never listens: `index.ts` does, tests call `execute`). */
export const createPortfolioServer = defineSubgraph({
  engine,
  dir: new URL('..', import.meta.url),
  createContext: ({ pool, clock, onBatch, accel }: CreatePortfolioServerOptions) => ({
    pool,
    clock,
    loaders: createLoaders({ pool, onBatch }),
    accel: () => (accel ? Promise.resolve(accel) : sharedJsAccel()),
  }),
  resolvers,
});
