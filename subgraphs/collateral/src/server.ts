import type pg from 'pg';
import { Gauge } from 'prom-client';
import { defineSubgraph, type Bus, type RequestInfo, type SubgraphDeps, type SubgraphServer } from '@nautilus/runtime';
import engine from '../engine.ts';
import type { CollateralContext } from './context.ts';
import { createLoaders, type CreateLoadersOptions } from './loaders.ts';
import type { MarginMonitor } from './workers/MarginMonitor.ts';
import { resolvers } from './resolvers/index.ts';

export { MarginMonitor, type MarginMonitorOptions } from './workers/MarginMonitor.ts';

export interface CreateCollateralServerOptions extends SubgraphDeps {
  pool: pg.Pool;
  bus: Bus;
  /** The margin monitor of this process (the caller starts and stops it). */
  monitor: MarginMonitor;
  /** Observes dataloader batches (tests). */
  onBatch?: CreateLoadersOptions['onBatch'];
}

const buildServer = defineSubgraph({
  engine,
  dir: new URL('..', import.meta.url),
  createContext: ({ pool, bus, clock, monitor, onBatch }: CreateCollateralServerOptions): Omit<CollateralContext, keyof RequestInfo> => ({
    pool,
    bus,
    clock,
    margin: monitor.readModel,
    monitor,
    accel: () => monitor.accel(),
    loaders: createLoaders({ pool, onBatch }),
  }),
  resolvers,
});

/** Builds the collateral subgraph (never listens: `index.ts` does, tests call `execute`), its `/metrics` reading the monitor's counters. */
export function createCollateralServer(options: CreateCollateralServerOptions): SubgraphServer<CollateralContext> {
  const server = buildServer(options);
  registerMonitorMetrics(server, options.monitor);
  return server;
}

/** The monitor's counters on the subgraph's `/metrics`, read at scrape time. */
function registerMonitorMetrics(server: SubgraphServer<CollateralContext>, monitor: MarginMonitor): void {
  const registers = [server.metrics.registry];
  const counters: Array<[keyof MarginMonitor['stats'], string, string]> = [
    ['ticks', 'nautilus_margin_ticks_total', 'Price ticks the margin monitor consumed'],
    ['evaluations', 'nautilus_margin_evaluations_total', 'Margin account evaluations'],
    ['utilizationEvents', 'nautilus_margin_utilization_events_total', 'Utilisation updates published'],
    ['callsRaised', 'nautilus_margin_calls_raised_total', 'Margin calls raised'],
    ['callsCleared', 'nautilus_margin_calls_cleared_total', 'Margin calls cleared (met) by the monitor'],
    ['warnings', 'nautilus_margin_warnings_total', 'Predicted-call and utilisation warnings raised'],
  ];
  for (const [stat, name, help] of counters) {
    new Gauge({ name, help, registers, collect() { this.set(monitor.stats[stat]); } });
  }
  new Gauge({ name: 'nautilus_margin_accounts', help: 'Margin accounts the monitor watches', registers, collect() { this.set(monitor.readModel.accountCount); } });
  new Gauge({ name: 'nautilus_margin_live_calls', help: 'Open or escalated margin calls', registers, collect() { this.set(monitor.readModel.liveCallCount); } });
}
