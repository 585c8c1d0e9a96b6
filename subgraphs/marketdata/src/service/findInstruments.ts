import type pg from 'pg';
import { checkPageSize, containsPattern, decodeCursor, encodeCursor, parseText, toPage, type Page } from '@nautilus/runtime';
import { countInstruments, findInstrumentPage, type InstrumentSearch } from '../store/instruments.ts';
import type { InstrumentRow } from './types.ts';

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
  const search: InstrumentSearch = {};
  if (filter?.search) search.pattern = containsPattern(parseText(filter.search, 'filter.search'));
  if (filter?.assetClass) search.assetClass = filter.assetClass.toLowerCase();
  if (filter?.currency) search.currency = parseText(filter.currency, 'filter.currency', 'symbol').toUpperCase();
  if (filter?.exchange) search.exchange = parseText(filter.exchange, 'filter.exchange', 'symbol');
  if (filter?.active !== undefined && filter.active !== null) search.active = filter.active;
  const afterSymbol = after ? decodeCursor('instrument', after, 'instruments') : null;
  const [rows, count] = await Promise.all([findInstrumentPage(pool, search, afterSymbol, pageSize + 1), countInstruments(pool, search)]);
  return toPage(rows, pageSize, count, cursorOf);
}
