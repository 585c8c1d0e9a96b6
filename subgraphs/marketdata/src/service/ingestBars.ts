import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { withTransaction } from '@nautilus/db';
import { AppError, ErrorCode } from '@nautilus/runtime';
import { encodeBarsBinary } from '../domain/encodeBarsBinary.ts';
import type { BarInput, IngestResult, ResolvedBar } from '../domain/types.ts';
import { barTimeRanges, checkBarBatch, resolveBars } from '../domain/validateBars.ts';

export { MAX_INGEST_BARS } from '../domain/validateBars.ts';
export type { BarInput, IngestResult, ResolvedBar } from '../domain/types.ts';

/**
 * Checks every bar before anything is written and resolves symbols to ids (domain/validateBars.ts);
 * the first problem is a `BAD_USER_INPUT` naming the field.
 */
export async function validateBars(pool: pg.Pool, bars: readonly BarInput[], path = 'input.bars'): Promise<ResolvedBar[]> {
  const symbols = checkBarBatch(bars, path);
  const { rows } = await pool.query<{ id: number; symbol: string }>('SELECT id, symbol FROM marketdata.instrument WHERE symbol = ANY($1)', [symbols]);
  return resolveBars(bars, new Map(rows.map((r) => [r.symbol, r.id])), path);
}

const COPY_COLUMNS = '(instrument_id, interval, ts, open, high, low, close, volume)';

/** Whether any stored bar could collide with the batch: one index range probe per instrument and interval. */
async function overlapsStoredBars(client: pg.PoolClient, bars: readonly ResolvedBar[]): Promise<boolean> {
  const list = barTimeRanges(bars);
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
