import type pg from 'pg';
import type { Bus, Clock, RequestInfo } from '@nautilus/runtime';
import type { StrategyLoaders } from './loaders.ts';
import type { BacktestRunner } from './workers/backtestRunner.ts';
import type { PaperBroker } from './workers/paperBroker.ts';

/** What every strategy resolver receives. */
export interface StrategyContext extends RequestInfo {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  /** Runs queued backtests on worker threads; cancel aborts a run. */
  backtests: BacktestRunner;
  /** Paper trading: places, cancels and amends orders through the order engine. */
  broker: PaperBroker;
  loaders: StrategyLoaders;
}
