import type pg from 'pg';
import type { Accel } from '@nautilus/accel';
import type { Bus, Clock, RequestInfo } from '@nautilus/runtime';
import type { RiskLoaders } from './loaders.ts';

/** What every risk resolver receives. */
export interface RiskContext extends RequestInfo {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  accel: Accel;
  loaders: RiskLoaders;
}
