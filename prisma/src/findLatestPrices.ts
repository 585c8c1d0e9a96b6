import type pg from 'pg';

/**
 * Latest price per instrument: the last `tick.last`, else the last daily
 * close, also as of the last tick's time. For engines that value holdings
 * inside their own decisions (portfolio's rebalancing and goals, collateral's
 * margin monitor at start-up).
 *
 * Cross-engine read: `tick` and `bar` belong to marketdata. We read them
 * directly (read-only, same database) instead of calling marketdata through
 * the gateway because a mutation such as proposeRebalance needs prices
 * *inside* its own decision, and a service-to-service GraphQL hop would add a
 * dependency and a failure mode for a two-index lookup. This is the only
 * module that reads latest prices; if marketdata's storage changes, this is
 * the one place to follow it. Clients asking for `Position.marketValue` get
 * the price from marketdata itself through federation (@requires).
 */
export async function findLatestPrices(pool: pg.Pool | pg.PoolClient, instrumentIds: readonly number[]): Promise<Map<number, number>> {
  const quotes = await findLatestQuotes(pool, instrumentIds);
  return new Map([...quotes].map(([id, q]) => [id, q.price]));
}

/** Like {@link findLatestPrices}, with the time of each price. */
export async function findLatestQuotes(pool: pg.Pool | pg.PoolClient, instrumentIds: readonly number[]): Promise<Map<number, { price: number; ts: Date }>> {
  if (instrumentIds.length === 0) return new Map();
  const { rows } = await pool.query<{ id: number; price: number | null; ts: Date | null }>(
    `SELECT i.id, coalesce(t.last, b.close) AS price, coalesce(t.ts, b.ts) AS ts
       FROM unnest($1::int[]) AS i(id)
       LEFT JOIN LATERAL (SELECT last, ts FROM tick WHERE instrument_id = i.id ORDER BY ts DESC LIMIT 1) t ON true
       LEFT JOIN LATERAL (SELECT close, ts FROM bar WHERE instrument_id = i.id AND interval = '1d' ORDER BY ts DESC LIMIT 1) b ON t.last IS NULL`,
    [instrumentIds],
  );
  return new Map(rows.filter((r) => r.price !== null).map((r) => [r.id, { price: r.price!, ts: r.ts! }]));
}
