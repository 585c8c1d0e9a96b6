import type pg from 'pg';
import { badInput } from '@nautilus/runtime';
import { INSTRUMENT_COLUMNS, type InstrumentRow } from './types.ts';

export const MAX_PAGE_SIZE = 500;

export interface InstrumentFilter {
  search?: string | null;
  assetClass?: string | null;
  currency?: string | null;
  exchange?: string | null;
  active?: boolean | null;
}

export interface FindInstrumentsOptions {
  filter?: InstrumentFilter | null;
  first?: number | null;
  after?: string | null;
}

export interface InstrumentPage {
  edges: Array<{ cursor: string; node: InstrumentRow }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export function encodeCursor(symbol: string): string {
  return Buffer.from(`instrument:${symbol}`).toString('base64url');
}

function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('instrument:') || text.length <= 'instrument:'.length) {
    throw badInput('after', 'is not a cursor returned by instruments; pass pageInfo.endCursor from the previous page');
  }
  return text.slice('instrument:'.length);
}

/**
 * Instruments ordered by symbol, filtered, with keyset pagination on symbol
 * (stable under inserts, unlike offsets).
 */
export async function findInstruments(pool: pg.Pool, { filter, first, after }: FindInstrumentsOptions): Promise<InstrumentPage> {
  const pageSize = first ?? 50;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw badInput('first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (filter?.search) add('(symbol ILIKE ? OR name ILIKE ?)', `%${filter.search.replace(/[%_\\]/g, '\\$&')}%`);
  if (filter?.assetClass) add('asset_class = ?', filter.assetClass.toLowerCase());
  if (filter?.currency) add('currency = ?', filter.currency.toUpperCase());
  if (filter?.exchange) add('exchange = ?', filter.exchange);
  if (filter?.active !== undefined && filter.active !== null) add('active = ?', filter.active);
  const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const countParams = [...params];
  if (after) add('symbol > ?', decodeCursor(after));
  const pageWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
  params.push(pageSize + 1);
  const [page, count] = await Promise.all([
    pool.query<InstrumentRow>(`SELECT ${INSTRUMENT_COLUMNS} FROM instrument ${pageWhere} ORDER BY symbol LIMIT $${params.length}`, params),
    pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM instrument ${filtered}`, countParams),
  ]);
  const rows = page.rows.slice(0, pageSize);
  return {
    edges: rows.map((node) => ({ cursor: encodeCursor(node.symbol), node })),
    pageInfo: { hasNextPage: page.rows.length > pageSize, endCursor: rows.length ? encodeCursor(rows.at(-1)!.symbol) : null },
    totalCount: count.rows[0]?.n ?? 0,
  };
}
