import type pg from 'pg';

export interface RecentTrade {
  instrumentId: string;
  side: 'BUY' | 'SELL';
  quantity: number;
  ts: Date;
}

/**
 * Trades since `since` in the portfolios of each account, for the pattern
 * day trader count (read-only, from the portfolio engine's `trade` table).
 */
export async function findRecentTrades(pool: pg.Pool, accountIds: readonly string[], since: Date): Promise<Map<string, RecentTrade[]>> {
  const byAccount = new Map<string, RecentTrade[]>(accountIds.map((id) => [id, []]));
  if (accountIds.length === 0) return byAccount;
  const { rows } = await pool.query<RecentTrade & { accountId: string }>(
    `SELECT m.account_id::text AS "accountId", t.instrument_id::text AS "instrumentId", upper(t.side) AS side, t.quantity::float8 AS quantity, t.ts
       FROM margin_account_portfolio m JOIN trade t ON t.portfolio_id = m.portfolio_id
      WHERE m.account_id = ANY($1::int[]) AND t.ts >= $2
      ORDER BY t.ts, t.id`,
    [accountIds.map(Number), since],
  );
  for (const { accountId, ...trade } of rows) byAccount.get(accountId)?.push(trade);
  return byAccount;
}
