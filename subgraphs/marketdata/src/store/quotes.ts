import type pg from 'pg';
import type { QuoteRecord } from '../domain/types.ts';

/**
 * The `marketdata.tick` table (and the last daily close, the price before any tick): batched
 * LATERAL probes and an unnest upsert, hand-written.
 */

type Queryable = pg.Pool | pg.PoolClient;

/**
 * Latest quote per instrument for a batch of ids (one query for a whole
 * dataloader batch): a LATERAL `ORDER BY ts DESC LIMIT 1` per id walks the
 * (instrument_id, ts) primary key backwards, one index probe each.
 */
export async function findLatestQuotes(pool: Queryable, instrumentIds: readonly number[]): Promise<Map<number, QuoteRecord>> {
  const { rows } = await pool.query<QuoteRecord>(
    `SELECT i.id AS "instrumentId", i.symbol, t.bid, t.ask, t.last, t.size, t.ts
       FROM marketdata.instrument i
       CROSS JOIN LATERAL (SELECT bid, ask, last, size, ts FROM marketdata.tick WHERE instrument_id = i.id ORDER BY ts DESC LIMIT 1) t
      WHERE i.id = ANY($1::int[])`,
    [instrumentIds],
  );
  return new Map(rows.map((r) => [r.instrumentId, r]));
}

/** Last stored daily close per instrument, the fallback price before any tick. */
export async function findLastCloses(pool: Queryable, instrumentIds: readonly number[]): Promise<Map<number, number>> {
  const { rows } = await pool.query<{ id: number; close: number }>(
    `SELECT i.id, b.close
       FROM unnest($1::int[]) AS i(id)
       CROSS JOIN LATERAL (SELECT close FROM marketdata.bar WHERE instrument_id = i.id AND interval = '1d' ORDER BY ts DESC LIMIT 1) b`,
    [instrumentIds],
  );
  return new Map(rows.map((r) => [r.id, r.close]));
}

/** Stores a batch of quotes in one statement (a quote at an existing (instrument, ts) replaces it). */
export async function insertTicks(pool: Queryable, quotes: readonly QuoteRecord[]): Promise<void> {
  await pool.query(
    `INSERT INTO marketdata.tick (instrument_id, ts, bid, ask, last, size)
     SELECT * FROM unnest($1::int[], $2::timestamptz[], $3::float8[], $4::float8[], $5::float8[], $6::float8[])
     ON CONFLICT (instrument_id, ts) DO UPDATE SET bid = EXCLUDED.bid, ask = EXCLUDED.ask, last = EXCLUDED.last, size = EXCLUDED.size`,
    [
      quotes.map((q) => q.instrumentId),
      quotes.map((q) => q.ts),
      quotes.map((q) => q.bid),
      quotes.map((q) => q.ask),
      quotes.map((q) => q.last),
      quotes.map((q) => q.size),
    ],
  );
}
