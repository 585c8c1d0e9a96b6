import type pg from 'pg';
import { prismaOf, type CashEntry } from '@nautilus/db';
import type { CashEntryRow } from '../service/types.ts';
import { CASH_ENTRY_COLUMNS } from './columns.ts';

/**
 * The `portfolio.cash_entry` ledger. The newest-first listing goes through the Prisma client;
 * inserts are SQL on the caller's transaction (they follow a row lock and an exact numeric check),
 * and the flows of the daily valuation are read in (ts, id) order with their external flag.
 */

type Queryable = pg.Pool | pg.PoolClient;

const toRow = (entry: Pick<CashEntry, 'id' | 'portfolioId' | 'amount' | 'kind' | 'ts' | 'tradeId'>): CashEntryRow => ({
  id: String(entry.id),
  portfolioId: entry.portfolioId,
  amount: Number(entry.amount),
  kind: entry.kind as CashEntryRow['kind'],
  ts: entry.ts,
  tradeId: entry.tradeId === null ? null : String(entry.tradeId),
});

/** A portfolio's latest `limit` cash entries, newest first ((ts, id) descending). */
export async function findCashEntries(pool: pg.Pool, portfolioId: number, limit: number): Promise<CashEntryRow[]> {
  const entries = await prismaOf(pool).cashEntry.findMany({
    where: { portfolioId },
    orderBy: [{ ts: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, portfolioId: true, amount: true, kind: true, ts: true, tradeId: true },
  });
  return entries.map(toRow);
}

/** Writes one deposit or withdrawal (`amount` an exact signed decimal string). */
export async function insertCashEntry(
  client: Queryable,
  entry: { portfolioId: number; amount: string; kind: 'deposit' | 'withdrawal'; ts: Date },
): Promise<CashEntryRow> {
  const { rows } = await client.query<CashEntryRow>(
    `INSERT INTO portfolio.cash_entry (portfolio_id, amount, kind, ts) VALUES ($1, $2::numeric, $3, $4) RETURNING ${CASH_ENTRY_COLUMNS}`,
    [entry.portfolioId, entry.amount, entry.kind, entry.ts],
  );
  return rows[0]!;
}

/** Every cash entry of a portfolio up to `to`, in (ts, id) order; deposits and withdrawals are external flows. */
export async function findCashMovements(pool: Queryable, portfolioId: number, to: Date): Promise<Array<{ amount: number; external: boolean; ts: Date }>> {
  const { rows } = await pool.query<{ amount: number; external: boolean; ts: Date }>(
    `SELECT amount::float8 AS amount, kind IN ('deposit', 'withdrawal') AS external, ts
       FROM portfolio.cash_entry WHERE portfolio_id = $1 AND ts <= $2 ORDER BY ts, id`,
    [portfolioId, to],
  );
  return rows;
}
