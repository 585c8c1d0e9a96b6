import type pg from 'pg';

export interface RecentTrade {
  instrumentId: string;
  side: 'BUY' | 'SELL';
  quantity: number;
  ts: Date;
}

/** Calendar days of trades read: the 5 business days of the pattern-day-trader window, with weekends and holidays. */
const LOOKBACK_DAYS = 10;

/**
 * Recent trades in the portfolios of each account, enough for the pattern
 * day trader count at `asOf` (read-only, from the portfolio engine's `trade` table).
 */
export async function findRecentTrades(pool: pg.Pool, accountIds: readonly string[], asOf: Date): Promise<Map<string, RecentTrade[]>> {
  const since = new Date(asOf.getTime() - LOOKBACK_DAYS * 86_400_000);
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
