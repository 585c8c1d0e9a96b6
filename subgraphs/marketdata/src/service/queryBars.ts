import type pg from 'pg';
import { validateBarRange, wholeBuckets } from '../domain/barRange.ts';
import { INTERVALS, type BarIntervalName } from '../domain/intervals.ts';
import type { BarRecord } from '../domain/types.ts';

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
  const params: unknown[] = [options.instrumentId, spec.source, from, to, limit];
  const range = 'instrument_id = $1 AND interval = $2 AND ($3::timestamptz IS NULL OR ts >= $3) AND ($4::timestamptz IS NULL OR ts < $4)';
  const columns = 'ts, open, high, low, close, volume';
  let sql: string;
  if (spec.stored) {
    sql = `SELECT ${columns} FROM marketdata.bar WHERE ${range} ORDER BY ts DESC LIMIT $5`;
  } else if (options.timescale) {
    params.push(spec.sql);
    sql = `SELECT time_bucket($6::interval, ts) AS ts, first(open, ts) AS open, max(high) AS high, min(low) AS low,
                  last(close, ts) AS close, sum(volume) AS volume
             FROM marketdata.bar WHERE ${range}
            GROUP BY 1 ORDER BY 1 DESC LIMIT $5`;
  } else {
    params.push(spec.sql);
    sql = `SELECT date_bin($6::interval, ts, TIMESTAMPTZ '1970-01-01 00:00:00+00') AS ts,
                  (array_agg(open ORDER BY ts))[1] AS open, max(high) AS high, min(low) AS low,
                  (array_agg(close ORDER BY ts DESC))[1] AS close, sum(volume) AS volume
             FROM marketdata.bar WHERE ${range}
            GROUP BY 1 ORDER BY 1 DESC LIMIT $5`;
  }
  const { rows } = await pool.query<Omit<BarRecord, 'interval'>>(sql, params);
  const bars: BarRecord[] = new Array(rows.length);
  for (let i = rows.length - 1, j = 0; i >= 0; i--, j++) bars[j] = { ...rows[i]!, interval: options.interval };
  return bars;
}
