import type pg from 'pg';
import { validateBarRange, wholeBuckets } from '../domain/barRange.ts';
import { INTERVALS, type BarIntervalName } from '../domain/intervals.ts';
import type { BarRecord } from '../domain/types.ts';
import { selectBarsNewestFirst } from '../store/bars.ts';

export interface QueryBarsOptions {
  instrumentId: number;
  interval: BarIntervalName;
  from?: Date | null;
  to?: Date | null;
  limit?: number | null;
  /** Use TimescaleDB's time_bucket/first/last (nautilus_feature says the TimescaleDB layout was chosen). */
  timescale: boolean;
}

/**
 * Bars of one instrument in [from, to), oldest first, at most `limit` of the
 * most recent ones. Stored intervals (1m, 1d) are read as they are; 5m, 15m
 * and 1h are aggregated from 1m bars in SQL: open = first open, high = max,
 * low = min, close = last close, volume = sum per bucket. Buckets are aligned
 * to the Unix epoch and always whole: `from` is rounded down and `to` up to a
 * bucket boundary, so a partial range never yields a partial bar.
 *
 * TimescaleDB: `time_bucket` with `first()/last()` over the `bar` hypertable.
 * Plain PostgreSQL: `date_bin` with ordered `array_agg`. Both read the raw 1m
 * bars through the (instrument_id, interval, ts) primary key, so a bucket is
 * right whatever the age of its bars and the order they were written in (no
 * materialised copy to go stale: migration 0007 dropped the continuous
 * aggregates whose refresh window lost history older than 3 days).
 */
export async function queryBars(pool: pg.Pool, options: QueryBarsOptions): Promise<BarRecord[]> {
  const limit = validateBarRange(options);
  const spec = INTERVALS[options.interval];
  const { from, to } = wholeBuckets(spec, options.from, options.to);
  const rows = await selectBarsNewestFirst(pool, { instrumentId: options.instrumentId, spec, from, to, limit, timescale: options.timescale });
  const bars: BarRecord[] = new Array(rows.length);
  for (let i = rows.length - 1, j = 0; i >= 0; i--, j++) bars[j] = { ...rows[i]!, interval: options.interval };
  return bars;
}
