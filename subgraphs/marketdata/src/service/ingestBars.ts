import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { withTransaction } from '@nautilus/db';
import { AppError, ErrorCode, badInput, parseText, quoteInput } from '@nautilus/runtime';
import { INTERVALS, type BarIntervalName, type StoredInterval } from './intervals.ts';
import { encodeBarsBinary } from './encodeBarsBinary.ts';
import type { Ohlcv } from './types.ts';

/** Largest batch one `ingestBars` call accepts. */
export const MAX_INGEST_BARS = 100_000;

export interface BarInput extends Ohlcv {
  symbol: string;
  interval: BarIntervalName;
  ts: Date;
}

/** A validated bar keyed by instrument id, ready for COPY. */
export interface ResolvedBar extends Ohlcv {
  instrumentId: number;
  interval: StoredInterval;
  ts: Date;
}

export interface IngestResult {
  written: number;
  inserted: number;
  replaced: number;
}

/**
 * Checks every bar before anything is written and resolves symbols to ids.
 * The first problem found is reported as `BAD_USER_INPUT` naming the field,
 * e.g. `input.bars[3].high: must be at least max(open, close) = 101.5, got 99`.
 */
export async function validateBars(pool: pg.Pool, bars: readonly BarInput[], path = 'input.bars'): Promise<ResolvedBar[]> {
  if (bars.length === 0) throw badInput(path, 'must contain at least one bar');
  if (bars.length > MAX_INGEST_BARS) throw badInput(path, `must contain at most ${MAX_INGEST_BARS} bars per call, got ${bars.length}; split the upload`);
  const symbols = [...new Set(bars.map((b, i) => parseText(b.symbol, `${path}[${i}].symbol`, 'symbol')))];
  const { rows } = await pool.query<{ id: number; symbol: string }>('SELECT id, symbol FROM marketdata.instrument WHERE symbol = ANY($1)', [symbols]);
  const ids = new Map(rows.map((r) => [r.symbol, r.id]));
  const seen = new Set<string>();
  const resolved: ResolvedBar[] = new Array(bars.length);
  for (let i = 0; i < bars.length; i++) {
    const bar = bars[i]!;
    const at = `${path}[${i}]`;
    const instrumentId = ids.get(bar.symbol);
    if (instrumentId === undefined) throw badInput(`${at}.symbol`, `unknown instrument ${quoteInput(bar.symbol)}`);
    const spec = INTERVALS[bar.interval];
    if (!spec?.stored) throw badInput(`${at}.interval`, `only M1 and D1 bars are stored, got ${bar.interval}; coarser bars are aggregated from M1`);
    const time = bar.ts.getTime();
    if (time % spec.millis !== 0) {
      throw badInput(`${at}.ts`, `must be aligned to the ${bar.interval} interval (${bar.interval === 'D1' ? 'midnight UTC' : 'a whole minute'}), got ${bar.ts.toISOString()}`);
    }
    for (const field of ['open', 'high', 'low', 'close'] as const) {
      const value = bar[field];
      if (!Number.isFinite(value) || value <= 0) throw badInput(`${at}.${field}`, `must be a positive price, got ${value}`);
    }
    if (!Number.isFinite(bar.volume) || bar.volume < 0) throw badInput(`${at}.volume`, `must be zero or more, got ${bar.volume}`);
    const top = Math.max(bar.open, bar.close);
    const bottom = Math.min(bar.open, bar.close);
    if (bar.high < top) throw badInput(`${at}.high`, `must be at least max(open, close) = ${top}, got ${bar.high}`);
    if (bar.low > bottom) throw badInput(`${at}.low`, `must be at most min(open, close) = ${bottom}, got ${bar.low}`);
    const key = `${instrumentId}|${spec.source}|${time}`;
    if (seen.has(key)) throw badInput(`${at}.ts`, `duplicates an earlier bar for ${bar.symbol} ${bar.interval} at ${bar.ts.toISOString()}`);
    seen.add(key);
    resolved[i] = { instrumentId, interval: spec.source, ts: bar.ts, open: bar.open, high: bar.high, low: bar.low, close: bar.close, volume: bar.volume };
  }
  return resolved;
}

const COPY_COLUMNS = '(instrument_id, interval, ts, open, high, low, close, volume)';

/** Whether any stored bar could collide with the batch: one index range probe per instrument and interval. */
async function overlapsStoredBars(client: pg.PoolClient, bars: readonly ResolvedBar[]): Promise<boolean> {
  const ranges = new Map<string, { instrumentId: number; interval: string; from: number; to: number }>();
  for (const b of bars) {
    const key = `${b.instrumentId}|${b.interval}`;
    const t = b.ts.getTime();
    const range = ranges.get(key);
    if (!range) ranges.set(key, { instrumentId: b.instrumentId, interval: b.interval, from: t, to: t });
    else {
      if (t < range.from) range.from = t;
      if (t > range.to) range.to = t;
    }
  }
  const list = [...ranges.values()];
  const { rows } = await client.query<{ overlaps: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM unnest($1::int[], $2::text[], $3::timestamptz[], $4::timestamptz[]) AS r(instrument_id, interval, lo, hi)
        WHERE EXISTS (SELECT 1 FROM marketdata.bar b WHERE b.instrument_id = r.instrument_id AND b.interval = r.interval AND b.ts BETWEEN r.lo AND r.hi)
     ) AS overlaps`,
    [list.map((r) => r.instrumentId), list.map((r) => r.interval), list.map((r) => new Date(r.from)), list.map((r) => new Date(r.to))],
  );
  return rows[0]?.overlaps ?? true;
}

/** COPYs bars (binary) into `table` on a client inside the caller's transaction. */
export async function copyBars(client: pg.PoolClient, table: string, bars: readonly ResolvedBar[]): Promise<void> {
  await pipeline(Readable.from(encodeBarsBinary(bars)), client.query(copyFrom(`COPY ${table} ${COPY_COLUMNS} FROM STDIN (FORMAT binary)`)));
}

/**
 * Writes validated bars in one transaction, all or nothing. New data (no
 * stored bar in the batch's time range: the common case of appending) is
 * COPYed straight into `bar` in binary format. A batch that overlaps stored
 * bars goes through a temporary table and one `INSERT … ON CONFLICT DO
 * UPDATE`, so re-sent bars replace the stored ones. A concurrent writer that
 * slips in between the check and the COPY makes the fast path fail with a
 * unique violation; the batch is then retried on the upsert path.
 */
export async function writeBars(pool: pg.Pool, bars: readonly ResolvedBar[]): Promise<IngestResult> {
  try {
    return await withTransaction(pool, async (client) => {
      if (!(await overlapsStoredBars(client, bars))) {
        try {
          await client.query('SAVEPOINT fast_path');
          await copyBars(client, 'marketdata.bar', bars);
          return { written: bars.length, inserted: bars.length, replaced: 0 };
        } catch (error) {
          if ((error as { code?: string }).code !== '23505') throw error;
          await client.query('ROLLBACK TO SAVEPOINT fast_path');
        }
      }
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
    });
  } catch (error) {
    throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, `bars were not written: ${(error as Error).message}`, { cause: error });
  }
}

/** Validates then writes: the `Mutation.ingestBars` path. Nothing is written unless every bar is valid. */
export async function ingestBars(pool: pg.Pool, bars: readonly BarInput[]): Promise<IngestResult> {
  return writeBars(pool, await validateBars(pool, bars));
}
