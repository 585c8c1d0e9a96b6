import type pg from 'pg';
import { findTradesSince } from '@nautilus/portfolio/reads';

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
 * day trader count at `asOf` (read-only, through `@nautilus/portfolio/reads`).
 */
export async function findRecentTrades(pool: pg.Pool, accountIds: readonly string[], asOf: Date): Promise<Map<string, RecentTrade[]>> {
  const since = new Date(asOf.getTime() - LOOKBACK_DAYS * 86_400_000);
  const byAccount = new Map<string, RecentTrade[]>(accountIds.map((id) => [id, []]));
  if (accountIds.length === 0) return byAccount;
  // A portfolio is margined in at most one account (margin_account_portfolio_once).
  const { rows: links } = await pool.query<{ accountId: string; portfolioId: number }>(
    'SELECT account_id::text AS "accountId", portfolio_id AS "portfolioId" FROM collateral.margin_account_portfolio WHERE account_id = ANY($1::int[])',
    [accountIds.map(Number)],
  );
  const accountOf = new Map(links.map((l) => [l.portfolioId, l.accountId]));
  for (const { portfolioId, instrumentId, side, quantity, ts } of await findTradesSince(pool, [...accountOf.keys()], since)) {
    byAccount.get(accountOf.get(portfolioId)!)?.push({ instrumentId: String(instrumentId), side, quantity, ts });
  }
  return byAccount;
}
