import type pg from 'pg';

/**
 * Latest price per instrument: the last `tick.last`, else the last daily
 * close. For valuing portfolios in this subgraph (rebalancing, goals).
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
  if (instrumentIds.length === 0) return new Map();
  const { rows } = await pool.query<{ id: number; price: number | null }>(
    `SELECT i.id,
            coalesce(
              (SELECT last FROM tick WHERE instrument_id = i.id ORDER BY ts DESC LIMIT 1),
              (SELECT close FROM bar WHERE instrument_id = i.id AND interval = '1d' ORDER BY ts DESC LIMIT 1)
            ) AS price
       FROM unnest($1::int[]) AS i(id)`,
    [instrumentIds],
  );
  return new Map(rows.filter((r) => r.price !== null).map((r) => [r.id, r.price!]));
}
