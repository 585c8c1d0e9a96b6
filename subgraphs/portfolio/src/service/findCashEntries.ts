import type pg from 'pg';
import { checkPageSize } from '@nautilus/runtime';
import { findCashEntries as findLatestCashEntries } from '../store/cashEntries.ts';
import type { CashEntryRow } from './types.ts';

/**
 * A portfolio's latest cash entries, newest first ((ts, id) descending).
 * @throws BAD_USER_INPUT `first` outside the page size range.
 */
export async function findCashEntries(pool: pg.Pool, { portfolioId, first }: { portfolioId: number; first?: number | null }): Promise<CashEntryRow[]> {
  return findLatestCashEntries(pool, portfolioId, checkPageSize(first));
}
