import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type pg from 'pg';
import { Gauge } from 'prom-client';
import { createSubgraphServer, type Bus, type Clock, type Logger, type SubgraphServer } from '@nautilus/runtime';
import type { CollateralContext } from './context.ts';
import { createLoaders, type CreateLoadersOptions } from './loaders.ts';
import type { MarginMonitor } from './monitor/MarginMonitor.ts';
import { resolvers } from './resolvers/index.ts';

export { MarginMonitor, type MarginMonitorOptions } from './monitor/MarginMonitor.ts';

/** Port the collateral subgraph listens on unless COLLATERAL_PORT says otherwise. */
export const COLLATERAL_DEFAULT_PORT = 4104;

/** Absolute path of the SDL (for composition). */
export const COLLATERAL_SDL_PATH = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export const typeDefs = parse(readFileSync(COLLATERAL_SDL_PATH, 'utf8'));

export interface CreateCollateralServerOptions {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  logger: Logger;
  internalSecret: string;
  /** The margin monitor of this process (the caller starts and stops it). */
  monitor: MarginMonitor;
  /** Observes dataloader batches (tests). */
  onBatch?: CreateLoadersOptions['onBatch'];
}

/** Builds the collateral subgraph (never listens: `index.ts` does, tests call `execute`). */
export function createCollateralServer(options: CreateCollateralServerOptions): SubgraphServer<CollateralContext> {
  const { pool, bus, clock, logger, monitor } = options;
  const server = createSubgraphServer<CollateralContext>({
    name: 'collateral',
    typeDefs,
    resolvers: resolvers as never,
    internalSecret: options.internalSecret,
    clock,
    logger,
    createContext: (request) => ({ ...request, pool, bus, clock, monitor, loaders: createLoaders({ pool, onBatch: options.onBatch }) }),
    checkReady: async () => {
      await pool.query('SELECT 1');
    },
  });
  registerMonitorMetrics(server, monitor);
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
  new Gauge({ name: 'nautilus_margin_accounts', help: 'Margin accounts the monitor watches', registers, collect() { this.set(monitor.accountCount); } });
  new Gauge({ name: 'nautilus_margin_live_calls', help: 'Open or escalated margin calls', registers, collect() { this.set(monitor.liveCallCount); } });
}
