import type { EngineManifest } from '@nautilus/runtime/engine';

/** The strategy engine: see README.md in this folder. */
export default {
  name: 'strategy',
  title: 'Strategy',
  description: 'Strategies and their live signals, vectorised and event-driven backtests with parameter sweeps, and paper trading against live quotes',
  defaultPort: 4105,
  entry: 'src/index.ts',
  subscriptions: {
    module: 'src/subscriptions.ts',
    fields: [
      { field: 'signals', topic: 'strategy.signal' },
      { field: 'backtestProgress', topic: 'strategy.backtest.progress' },
      { field: 'orderEvents', topic: 'strategy.order.event' },
    ],
  },
  workers: [
    { name: 'signal-runner', kind: 'in-process', description: 'Evaluates ACTIVE strategies on the clock from daily closes and live quotes, stores and publishes signals (and paper orders when autoTrade is on)' },
    { name: 'backtest-runner', kind: 'in-process', description: 'Runs queued backtests and sweeps on worker threads (never on the request thread), reports progress, honours cancel' },
    { name: 'paper-broker', kind: 'in-process', description: 'Fills paper orders against live quotes from the bus through the order engine and records fills as portfolio trades' },
  ],
  seed: { module: 'src/seedStrategies.ts', export: 'seedStrategies', order: 40 },
  metrics: {
    families: [
      'nautilus_strategy_signals_total',
      'nautilus_strategy_active',
      'nautilus_strategy_backtests_total',
      'nautilus_strategy_backtests_running',
      'nautilus_strategy_orders_total',
      'nautilus_strategy_fills_total',
      'nautilus_strategy_fills_unrecorded',
    ],
  },
  codegen: {
    contextType: '../context.ts#StrategyContext',
    mappers: {
      Strategy: '../service/types.ts#StrategyRow',
      Signal: '../service/types.ts#SignalRow',
      Backtest: '../service/types.ts#BacktestRow',
      PaperOrder: '../service/types.ts#OrderRow',
      OrderEvent: '../service/types.ts#OrderEventRow',
      PaperFill: '../service/types.ts#FillRow',
      BacktestMetrics: '../service/types.ts#MetricsRecord',
      Instrument: '../service/types.ts#InstrumentRef',
      Portfolio: '../service/types.ts#PortfolioRef',
      StrategyKindInfo: '../domain/index.ts#StrategyKindSpec',
      StrategyParameterSpec: '../domain/index.ts#ParamSpec',
    },
  },
} satisfies EngineManifest;
