import type pg from 'pg';
import { createAccel, type Accel } from '@nautilus/accel';
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

let shared: Promise<Accel> | undefined;
/** A js-only accel (no worker threads to stop, no calibration), made once per process when no accel is injected. */
const jsAccel = () => (shared ??= createAccel({ backends: ['js'], calibrate: 'never' }));

/** Builds the portfolio subgraph (never listens: `index.ts` does, tests call `execute`). */
export const createPortfolioServer = defineSubgraph({
  engine,
  dir: new URL('..', import.meta.url),
  createContext: ({ pool, clock, onBatch, accel }: CreatePortfolioServerOptions) => ({
    pool,
    clock,
    loaders: createLoaders({ pool, onBatch }),
    accel: () => (accel ? Promise.resolve(accel) : jsAccel()),
  }),
  resolvers,
});
