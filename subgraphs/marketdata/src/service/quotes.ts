import type pg from 'pg';
import type { Bus } from '@nautilus/runtime';
import { toQuoteEvent } from '../domain/quotes.ts';
import type { QuoteRecord } from '../domain/types.ts';
import { insertTicks } from '../store/quotes.ts';

/**
 * Stores a batch of quotes in one statement, then publishes each on
 * `marketdata.quote` once committed (DESIGN: publish after commit, so a
 * subscriber that looks the quote up finds it).
 */
export async function recordQuotes(pool: pg.Pool, bus: Bus, quotes: readonly QuoteRecord[]): Promise<void> {
  if (quotes.length === 0) return;
  await insertTicks(pool, quotes);
  await Promise.all(quotes.map((q) => bus.publish('marketdata.quote', toQuoteEvent(q))));
}
