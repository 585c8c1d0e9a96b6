/**
 * The strategy engine's pure domain: strategy kinds and their parameters, live strategy instances
 * (signals), the order engine shared by EVENT backtests and paper trading, VECTORIZED/EVENT backtests,
 * sweeps and metrics. No I/O, no database, no GraphQL, no clock: times are epoch-ms numbers passed in.
 * See subgraphs/strategy/README.md.
 */
export type * from './types.ts';
export { STRATEGY_KINDS, validateStrategyParams, defaultParams, isStrategyKind } from './params.ts';
export { StrategyError, GridTooLargeError } from './errors.ts';
export { alignBars, checkBarSeries, barAt, barSeriesFromRows } from './bars.ts';
export { createStrategy } from './instance.ts';
export { OrderEngine } from './orderEngine.ts';
export { computeFee, slippageAmount, checkCostModels } from './costs.ts';
export { runBacktest, prepareBacktest, panelWeights } from './backtest.ts';
export { runSweep, expandGrid, MAX_GRID_COMBINATIONS } from './sweep.ts';
export { computeMetrics, computeDrawdowns, equityReturns, probabilisticSharpeRatio, deflatedSharpeRatio, expectedMaxSharpe } from './metrics.ts';
export { maCrossoverWeights, closePrefixSums } from './maKernel.ts';
export { sweepMaCrossover, maSweepRange, closePanelPrefix, type MaSweepSpec, type MaSweepResult } from './maSweep.ts';
