import type pg from 'pg';
import { parseId, type Clock } from '@nautilus/runtime';
import { evaluatePatternDayTrader } from '../domain/margin/evaluatePatternDayTrader.ts';
import { findAccounts } from '../store/loadAccountBooks.ts';
import { findRecentTrades } from '../store/findRecentTrades.ts';
import type { AccountRow } from './types.ts';

/** `Query.marginAccounts`: every account, or one owner's. @throws BAD_USER_INPUT a malformed `ownerId`. */
export function listAccounts(pool: pg.Pool, ownerId: string | null | undefined): Promise<AccountRow[]> {
  return findAccounts(pool, null, ownerId == null ? undefined : [parseId(ownerId, 'ownerId')]);
}

/** The pattern-day-trader test of a Reg T account over its recent trades (portfolio's reads), now; null for other methodologies. */
export async function patternDayTrading(pool: pg.Pool, clock: Clock, account: Pick<AccountRow, 'id' | 'methodology'>) {
  if (account.methodology !== 'REG_T') return null;
  const now = new Date(clock.now());
  const trades = await findRecentTrades(pool, [account.id], now);
  return evaluatePatternDayTrader(trades.get(account.id) ?? [], now);
}
