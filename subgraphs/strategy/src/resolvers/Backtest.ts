import type { BacktestMetricsResolvers, BacktestResolvers, SweepCellResolvers } from '../__generated__/resolvers.ts';

export const Backtest: BacktestResolvers = {
  __resolveReference: async (reference, ctx) => (await ctx.loaders.backtestById.load(String(reference.id)))!,
  strategy: (b, _args, ctx) => (b.strategyId === null ? null : ctx.loaders.strategyById.load(b.strategyId)),
  parameters: (b) => b.input.parameters,
  symbols: (b) => b.input.symbols,
  from: (b) => new Date(b.input.from),
  to: (b) => new Date(b.input.to),
  interval: (b) => b.input.interval,
  mode: (b) => b.input.mode,
  initialCash: (b) => b.input.initialCash,
  metrics: (b) => b.metrics,
  trades: (b) => b.result?.trades ?? [],
  equityCurve: (b) => b.result?.equityCurve ?? [],
  drawdowns: (b) => b.result?.drawdowns ?? [],
  sweep: (b) => b.sweep ?? [],
};

/** The stored metrics by name; the GraphQL names that differ from the domain's are mapped here. */
export const BacktestMetrics: BacktestMetricsResolvers = {
  maxDrawdownDuration: (m) => m.maxDrawdownDurationBars ?? null,
  tradeCount: (m) => m.numberOfTrades ?? null,
  all: (m) => m,
};

export const SweepCell: SweepCellResolvers = {
  parameters: (c) => c.parameters,
  metrics: (c) => c.metrics,
};
