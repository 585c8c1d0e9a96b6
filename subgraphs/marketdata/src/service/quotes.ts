import type pg from 'pg';
import type { Bus } from '@nautilus/runtime';
import { toQuoteEvent } from '../domain/quotes.ts';
import type { QuoteRecord } from '../domain/types.ts';

/**
 * Latest quote per instrument for a batch of ids (one query for a whole
 * dataloader batch): a LATERAL `ORDER BY ts DESC LIMIT 1` per id walks the
 * (instrument_id, ts) primary key backwards, one index probe each.
 */
export async function findLatestQuotes(pool: pg.Pool, instrumentIds: readonly number[]): Promise<Map<number, QuoteRecord>> {
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
export async function findLastCloses(pool: pg.Pool, instrumentIds: readonly number[]): Promise<Map<number, number>> {
  const { rows } = await pool.query<{ id: number; close: number }>(
    `SELECT i.id, b.close
       FROM unnest($1::int[]) AS i(id)
       CROSS JOIN LATERAL (SELECT close FROM marketdata.bar WHERE instrument_id = i.id AND interval = '1d' ORDER BY ts DESC LIMIT 1) b`,
    [instrumentIds],
  );
  return new Map(rows.map((r) => [r.id, r.close]));
}

/**
 * Stores a batch of quotes in one statement, then publishes each on
 * `marketdata.quote` once committed (DESIGN: publish after commit, so a
 * subscriber that looks the quote up finds it).
 */
export async function recordQuotes(pool: pg.Pool, bus: Bus, quotes: readonly QuoteRecord[]): Promise<void> {
  if (quotes.length === 0) return;
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
  await Promise.all(quotes.map((q) => bus.publish('marketdata.quote', toQuoteEvent(q))));
}
