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
