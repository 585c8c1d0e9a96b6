import type { StrategyErrorCode } from './types.ts';

/**
 * The one error the domain throws (from runBacktest / runSweep / alignBars): a stable `code` and the
 * `field` of the input at fault, so the engine can map it to a GraphQL error naming the field.
 */
export class StrategyError extends Error {
  override readonly name = 'StrategyError';
  constructor(
    readonly code: StrategyErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Raised when a sweep grid has more than MAX_GRID_COMBINATIONS combinations. */
export class GridTooLargeError extends StrategyError {
  constructor(
    readonly combinations: number,
    readonly limit: number,
  ) {
    super('GRID_TOO_LARGE', 'grid', `grid has ${combinations} combinations, more than the limit of ${limit}`);
  }
}
