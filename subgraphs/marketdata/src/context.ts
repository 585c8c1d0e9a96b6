import type pg from 'pg';
import type { Bus, Clock, RequestInfo } from '@nautilus/runtime';
import type { MarketdataLoaders } from './loaders.ts';

/** What every marketdata resolver receives. */
export interface MarketdataContext extends RequestInfo {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  loaders: MarketdataLoaders;
  /** Migrations took the TimescaleDB path (hypertables, continuous aggregates). */
  timescale: boolean;
}
