import type pg from 'pg';
import { MAX_BARS_LIMIT, validateBarRange } from '../domain/barRange.ts';
import { indicatorsOverBars, resolveIndicatorSpecs, warmupBars, type IndicatorSetModel, type IndicatorSpecInput } from '../domain/indicators.ts';
import { queryBars, type QueryBarsOptions } from './queryBars.ts';

/**
 * `Instrument.indicators`: the bars of `bars(interval, from, to, limit)` plus up to enough earlier
 * bars to warm the indicators up, computed by accel's kernels and cut back to the asked bars.
 */
export async function computeIndicators(pool: pg.Pool, options: QueryBarsOptions, specs: readonly IndicatorSpecInput[]): Promise<IndicatorSetModel> {
  validateBarRange(options);
  const resolved = resolveIndicatorSpecs(specs);
  const bars = await queryBars(pool, options);
  const first = bars[0];
  const warmup = Math.min(MAX_BARS_LIMIT, Math.max(...resolved.map((r) => warmupBars(r.kind, r.params))));
  const earlier = first === undefined ? [] : await queryBars(pool, { ...options, from: null, to: first.ts, limit: warmup });
  return indicatorsOverBars([...earlier, ...bars], resolved, earlier.length);
}
