import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { encodeBarsBinary } from '../domain/encodeBarsBinary.ts';
import type { IntervalSpec } from '../domain/intervals.ts';
import type { IngestResult, Ohlcv, ResolvedBar } from '../domain/types.ts';

/**
 * The `marketdata.bar` table, all hand-written SQL: binary COPY for writes, time-bucket
 * aggregation (TimescaleDB `time_bucket`/`first`/`last` or plain `date_bin`) for reads.
 */

type Queryable = pg.Pool | pg.PoolClient;

const COPY_COLUMNS = '(instrument_id, interval, ts, open, high, low, close, volume)';

/** COPYs bars (binary) into `table` on a client inside the caller's transaction. */
async function copyBars(client: pg.PoolClient, table: 'marketdata.bar' | 'bar_ingest', bars: readonly ResolvedBar[]): Promise<void> {
  await pipeline(Readable.from(encodeBarsBinary(bars)), client.query(copyFrom(`COPY ${table} ${COPY_COLUMNS} FROM STDIN (FORMAT binary)`)));
}

/** COPYs bars (binary) straight into `bar` inside the caller's transaction (the seed: an empty table, no conflict possible). */
export async function copyIntoBarTable(client: pg.PoolClient, bars: readonly ResolvedBar[]): Promise<void> {
  await copyBars(client, 'marketdata.bar', bars);
}

/** Whether any stored bar falls in one of the ranges: one index range probe per instrument and interval. */
export async function overlapsStoredBars(client: Queryable, ranges: readonly { instrumentId: number; interval: string; from: number; to: number }[]): Promise<boolean> {
  const { rows } = await client.query<{ overlaps: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM unnest($1::int[], $2::text[], $3::timestamptz[], $4::timestamptz[]) AS r(instrument_id, interval, lo, hi)
        WHERE EXISTS (SELECT 1 FROM marketdata.bar b WHERE b.instrument_id = r.instrument_id AND b.interval = r.interval AND b.ts BETWEEN r.lo AND r.hi)
     ) AS overlaps`,
    [ranges.map((r) => r.instrumentId), ranges.map((r) => r.interval), ranges.map((r) => new Date(r.from)), ranges.map((r) => new Date(r.to))],
  );
  return rows[0]?.overlaps ?? true;
}

/**
 * The fast path for new data: binary COPY straight into `bar` under a savepoint. False (and
 * rolled back to the savepoint, the transaction still usable) when a bar already exists, which a
 * concurrent writer can cause between the overlap check and the COPY.
 */
export async function appendBars(client: pg.PoolClient, bars: readonly ResolvedBar[]): Promise<boolean> {
  try {
    await client.query('SAVEPOINT fast_path');
    await copyBars(client, 'marketdata.bar', bars);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    await client.query('ROLLBACK TO SAVEPOINT fast_path');
    return false;
  }
}

/**
 * Writes bars that may overlap stored ones: COPY into a temporary table dropped at commit, then
 * one `INSERT … ON CONFLICT DO UPDATE`, so re-sent bars replace the stored ones.
 */
export async function upsertBars(client: pg.PoolClient, bars: readonly ResolvedBar[]): Promise<IngestResult> {
  await client.query('CREATE TEMP TABLE bar_ingest (LIKE marketdata.bar) ON COMMIT DROP');
  await copyBars(client, 'bar_ingest', bars);
  const { rows } = await client.query<{ written: number; inserted: number }>(`
    WITH written AS (
      INSERT INTO marketdata.bar ${COPY_COLUMNS}
      SELECT instrument_id, interval, ts, open, high, low, close, volume FROM bar_ingest
      ON CONFLICT (instrument_id, interval, ts) DO UPDATE
        SET open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low, close = EXCLUDED.close, volume = EXCLUDED.volume
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*)::int AS written, count(*) FILTER (WHERE inserted)::int AS inserted FROM written`);
  const { written = 0, inserted = 0 } = rows[0] ?? {};
  return { written, inserted, replaced: written - inserted };
}

export interface SelectBarsOptions {
  instrumentId: number;
  spec: IntervalSpec;
  /** Bucket-aligned bounds, [from, to). */
  from: Date | null;
  to: Date | null;
  limit: number;
  /** The TimescaleDB layout (time_bucket/first/last) rather than plain PostgreSQL (date_bin/array_agg). */
  timescale: boolean;
}

/**
 * The most recent `limit` bars of one instrument in [from, to), newest first: stored intervals as
 * they are, others aggregated from 1m bars (open = first open, high = max, low = min, close = last
 * close, volume = sum per bucket). Both layouts read the raw 1m bars through the
 * (instrument_id, interval, ts) primary key.
 */
export async function selectBarsNewestFirst(pool: Queryable, { instrumentId, spec, from, to, limit, timescale }: SelectBarsOptions): Promise<(Ohlcv & { ts: Date })[]> {
  const params: unknown[] = [instrumentId, spec.source, from, to, limit];
  const range = 'instrument_id = $1 AND interval = $2 AND ($3::timestamptz IS NULL OR ts >= $3) AND ($4::timestamptz IS NULL OR ts < $4)';
  const columns = 'ts, open, high, low, close, volume';
  let sql: string;
  if (spec.stored) {
    sql = `SELECT ${columns} FROM marketdata.bar WHERE ${range} ORDER BY ts DESC LIMIT $5`;
  } else if (timescale) {
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
  const { rows } = await pool.query<Ohlcv & { ts: Date }>(sql, params);
  return rows;
}
