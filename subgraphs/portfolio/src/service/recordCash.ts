import type pg from 'pg';
import type { Clock } from '@nautilus/runtime';
import { badInput, parseId, quoteInput } from '@nautilus/runtime';
import { parseDecimal } from '../domain/parseDecimal.ts';
import { withTransaction } from '@nautilus/db';
import { CASH_ENTRY_COLUMNS, type CashEntryRow } from './types.ts';

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
    const { rows } = await client.query('SELECT 1 FROM portfolio.portfolio WHERE id = $1 FOR UPDATE', [portfolioId]);
    if (rows.length === 0) throw badInput('input.portfolioId', `unknown portfolio ${quoteInput(id)}`);
    if (kind === 'withdrawal') {
      const { rows: cash } = await client.query<{ balance: string; enough: boolean }>(
        'SELECT balance::text AS balance, balance >= $2::numeric AS enough FROM portfolio.cash WHERE portfolio_id = $1',
        [portfolioId, value],
      );
      if (!cash[0]?.enough) {
        throw badInput('input.amount', `withdrawing ${value} would overdraw the cash balance of ${Number(cash[0]?.balance ?? 0)}`);
      }
    }
    const { rows: entry } = await client.query<CashEntryRow>(
      `INSERT INTO portfolio.cash_entry (portfolio_id, amount, kind, ts) VALUES ($1, $2::numeric, $3, $4) RETURNING ${CASH_ENTRY_COLUMNS}`,
      [portfolioId, kind === 'deposit' ? value : `-${value}`, kind, ts ?? new Date(clock.now())],
    );
    return entry[0]!;
  });
}
