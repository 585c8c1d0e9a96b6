import type pg from 'pg';
import type { Bus, Clock, RequestInfo } from '@nautilus/runtime';
import type { CollateralLoaders } from './loaders.ts';
import type { MarginMonitor } from './workers/MarginMonitor.ts';

/** What every collateral resolver receives. */
export interface CollateralContext extends RequestInfo {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  /** The live margin monitor of this process: evaluations, prices, predictions. */
  monitor: MarginMonitor;
  loaders: CollateralLoaders;
}
