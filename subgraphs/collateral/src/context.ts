import type pg from 'pg';
import type { Bus, Clock, RequestInfo } from '@nautilus/runtime';
import type { CollateralLoaders } from './loaders.ts';
import type { MarginCommands, MarginReadModel } from './service/MarginBook.ts';
import type { FirstPassageRunner } from './domain/prediction/predictMarginCall.ts';

/** What every collateral resolver receives. */
export interface CollateralContext extends RequestInfo {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  /** The live margin state of this process (the monitor's read model): evaluations, prices, predictions. */
  margin: MarginReadModel;
  /** Commands to this process's margin monitor worker (reload accounts, a call closed by hand). */
  monitor: MarginCommands;
  /** The routed accel that call predictions run on (the monitor's). */
  accel: () => Promise<FirstPassageRunner>;
  loaders: CollateralLoaders;
}
