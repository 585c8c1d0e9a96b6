import type pg from 'pg';
import { withTransaction } from '@nautilus/db';
import { AppError, ErrorCode } from '@nautilus/runtime';
import type { BarInput, IngestResult, ResolvedBar } from '../domain/types.ts';
import { barTimeRanges, checkBarBatch, resolveBars } from '../domain/validateBars.ts';
import { appendBars, overlapsStoredBars, upsertBars } from '../store/bars.ts';
import { findInstrumentIds } from '../store/instruments.ts';

export { MAX_INGEST_BARS } from '../domain/validateBars.ts';
export type { BarInput, IngestResult, ResolvedBar } from '../domain/types.ts';

/**
 * Checks every bar before anything is written and resolves symbols to ids (domain/validateBars.ts);
 * the first problem is a `BAD_USER_INPUT` naming the field.
 */
export async function validateBars(pool: pg.Pool, bars: readonly BarInput[], path = 'input.bars'): Promise<ResolvedBar[]> {
  const symbols = checkBarBatch(bars, path);
  return resolveBars(bars, await findInstrumentIds(pool, symbols), path);
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
      if (!(await overlapsStoredBars(client, barTimeRanges(bars))) && (await appendBars(client, bars))) {
        return { written: bars.length, inserted: bars.length, replaced: 0 };
      }
      return upsertBars(client, bars);
    });
  } catch (error) {
    throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, `bars were not written: ${(error as Error).message}`, { cause: error });
  }
}

/** Validates then writes: the `Mutation.ingestBars` path. Nothing is written unless every bar is valid. */
export async function ingestBars(pool: pg.Pool, bars: readonly BarInput[]): Promise<IngestResult> {
  return writeBars(pool, await validateBars(pool, bars));
}
