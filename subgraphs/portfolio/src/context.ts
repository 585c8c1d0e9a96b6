import type pg from 'pg';
import type { Clock, RequestInfo } from '@nautilus/runtime';
import type { PortfolioLoaders } from './loaders.ts';

/** What every portfolio resolver receives. */
export interface PortfolioContext extends RequestInfo {
  pool: pg.Pool;
  clock: Clock;
  loaders: PortfolioLoaders;
}
