import type pg from 'pg';
import { Gauge } from 'prom-client';
import { defineSubgraph, type Bus, type SubgraphDeps, type SubgraphServer } from '@nautilus/runtime';
import engine from '../engine.ts';
import type { StrategyContext } from './context.ts';
import { createLoaders, type CreateLoadersOptions } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { countUnrecordedFills } from './store/orders.ts';
import { countStrategies } from './store/strategies.ts';
import type { BacktestRunner } from './workers/backtestRunner.ts';
import type { PaperBroker } from './workers/paperBroker.ts';
import type { SignalRunner } from './workers/signalRunner.ts';

export { BacktestRunner, RESTART_REASON } from './workers/backtestRunner.ts';
export { PaperBroker } from './workers/paperBroker.ts';
export { SignalRunner } from './workers/signalRunner.ts';
export { FillRecorder } from './workers/fillRecorder.ts';
export { PortfolioClient, type TradeRecorder } from './service/portfolioClient.ts';

export interface CreateStrategyServerOptions extends SubgraphDeps {
  pool: pg.Pool;
  bus: Bus;
  /** The workers of this process (the caller starts and stops them). */
  backtests: BacktestRunner;
  broker: PaperBroker;
  signals?: SignalRunner;
  /** Observes dataloader batches (tests). */
  onBatch?: CreateLoadersOptions['onBatch'];
}

const buildServer = defineSubgraph({
  engine,
  dir: new URL('..', import.meta.url),
  createContext: ({ pool, bus, clock, backtests, broker, onBatch }: CreateStrategyServerOptions) => ({ pool, bus, clock, backtests, broker, loaders: createLoaders({ pool, onBatch }) }),
  resolvers,
});

/** Builds the strategy subgraph (never listens: `index.ts` does, tests call `execute`), its `/metrics` reading the workers' counters. */
export function createStrategyServer(options: CreateStrategyServerOptions): SubgraphServer<StrategyContext> {
  const server = buildServer(options);
  registerMetrics(server, options);
  return server;
}

function registerMetrics(server: SubgraphServer<StrategyContext>, { pool, backtests, broker, signals }: CreateStrategyServerOptions): void {
  const registers = [server.metrics.registry];
  const gauge = (name: string, help: string, read: () => number | Promise<number>) =>
    new Gauge({
      name,
      help,
      registers,
      async collect() {
        this.set(await read());
      },
    });
  gauge('nautilus_strategy_signals_total', 'Signals the live runner stored and published', () => signals?.stats.signals ?? 0);
  gauge('nautilus_strategy_active', 'Strategies in status ACTIVE', () => countStrategies(pool, 'active').catch(() => 0));
  gauge('nautilus_strategy_backtests_total', 'Backtests this process started', () => backtests.stats.started);
  gauge('nautilus_strategy_backtests_running', 'Backtests running on worker threads now', () => backtests.runningCount);
  gauge('nautilus_strategy_orders_total', 'Paper orders placed through this process', () => broker.stats.orders);
  gauge('nautilus_strategy_fills_total', 'Paper fills stored by this process', () => broker.stats.fills);
  gauge('nautilus_strategy_fills_unrecorded', 'Paper fills portfolio has not recorded as trades yet', () => countUnrecordedFills(pool).catch(() => 0));
}
