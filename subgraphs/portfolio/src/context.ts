import type pg from 'pg';
import type { Accel } from '@nautilus/accel';
import type { Clock, RequestInfo } from '@nautilus/runtime';
import type { PortfolioLoaders } from './loaders.ts';

/** What every portfolio resolver receives. */
export interface PortfolioContext extends RequestInfo {
  pool: pg.Pool;
  clock: Clock;
  loaders: PortfolioLoaders;
  /** The routed accel for heavy maths (the calibrated one in the engine process; a js-only one in tests that inject none). */
  accel: () => Promise<Accel>;
}
