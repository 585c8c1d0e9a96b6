import type pg from 'pg';
import { checkPageSize, containsPattern, decodeCursor, encodeCursor, parseText, toPage, type Page } from '@nautilus/runtime';
import { INSTRUMENT_COLUMNS, type InstrumentRow } from './types.ts';

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

export type InstrumentPage = Page<InstrumentRow>;

const cursorOf = (node: InstrumentRow) => encodeCursor('instrument', node.symbol);

/**
 * Instruments ordered by symbol, filtered, with keyset pagination on symbol
 * (stable under inserts, unlike offsets).
 */
export async function findInstruments(pool: pg.Pool, { filter, first, after }: FindInstrumentsOptions): Promise<InstrumentPage> {
  const pageSize = checkPageSize(first);
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (filter?.search) add('(symbol ILIKE ? OR name ILIKE ?)', containsPattern(parseText(filter.search, 'filter.search')));
  if (filter?.assetClass) add('asset_class = ?', filter.assetClass.toLowerCase());
  if (filter?.currency) add('currency = ?', parseText(filter.currency, 'filter.currency', 'symbol').toUpperCase());
  if (filter?.exchange) add('exchange = ?', parseText(filter.exchange, 'filter.exchange', 'symbol'));
  if (filter?.active !== undefined && filter.active !== null) add('active = ?', filter.active);
  const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const countParams = [...params];
  if (after) add('symbol > ?', decodeCursor('instrument', after, 'instruments'));
  const pageWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
  params.push(pageSize + 1);
  const [page, count] = await Promise.all([
    pool.query<InstrumentRow>(`SELECT ${INSTRUMENT_COLUMNS} FROM marketdata.instrument ${pageWhere} ORDER BY symbol LIMIT $${params.length}`, params),
    pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM marketdata.instrument ${filtered}`, countParams),
  ]);
  return toPage(page.rows, pageSize, count.rows[0]?.n ?? 0, cursorOf);
}
