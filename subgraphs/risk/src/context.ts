import type pg from 'pg';
import type { Accel } from '@nautilus/accel';
import type { Bus, Clock, RequestInfo } from '@nautilus/runtime';
import type { RiskLoaders } from './loaders.ts';
import type { RiskReportRecorder } from './service/riskReportRecorder.ts';

/** What every risk resolver receives. */
export interface RiskContext extends RequestInfo {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  accel: Accel;
  /** Per-request read loaders (no writes). */
  loaders: RiskLoaders;
  /** The write of `Portfolio.riskReport` (compute-and-record), batched per request. */
  recorder: RiskReportRecorder;
}
