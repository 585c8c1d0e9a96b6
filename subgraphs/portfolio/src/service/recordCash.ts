import type pg from 'pg';
import type { Clock } from '@nautilus/runtime';
import { badInput, parseId, quoteInput } from '@nautilus/runtime';
import { parseDecimal } from '../domain/parseDecimal.ts';
import { withTransaction } from '@nautilus/db';
import { insertCashEntry } from '../store/cashEntries.ts';
import { lockPortfolio } from '../store/portfolios.ts';
import { checkCashCovers } from '../store/positions.ts';
import type { CashEntryRow } from './types.ts';

export interface RecordCashOptions {
  kind: 'deposit' | 'withdrawal';
  portfolioId: string;
  /** Positive amount; the entry is signed by `kind`. */
  amount: number;
  /** Defaults to the clock's now. */
  ts?: Date | null;
  clock: Clock;
}

/**
 * Deposits or withdraws cash. A withdrawal that would take the balance below
 * zero is refused (the portfolio row is locked so two withdrawals cannot both
 * pass the check).
 * @throws BAD_USER_INPUT `input.portfolioId` (unknown), `input.amount`
 *   (not positive, too precise, or an overdraft).
 */
export async function recordCash(pool: pg.Pool, { kind, portfolioId: id, amount, ts, clock }: RecordCashOptions): Promise<CashEntryRow> {
  const portfolioId = parseId(id, 'input.portfolioId');
  const value = parseDecimal(amount, { field: 'input.amount', sign: 'positive' });
  return withTransaction(pool, async (client) => {
    if (!(await lockPortfolio(client, portfolioId))) throw badInput('input.portfolioId', `unknown portfolio ${quoteInput(id)}`);
    if (kind === 'withdrawal') {
      const cash = await checkCashCovers(client, portfolioId, value);
      if (!cash.enough) throw badInput('input.amount', `withdrawing ${value} would overdraw the cash balance of ${Number(cash.balance ?? 0)}`);
    }
    return insertCashEntry(client, { portfolioId, amount: kind === 'deposit' ? value : `-${value}`, kind, ts: ts ?? new Date(clock.now()) });
  });
}
