import type pg from 'pg';
import { badInput, checkPageSize, encodeCursor, toPage, type Page } from '@nautilus/runtime';
import { countTrades, findTradePage } from '../store/trades.ts';
import type { TradeRow } from './types.ts';

export interface FindTradesOptions {
  portfolioId: number;
  first?: number | null;
  after?: string | null;
}

const cursorOf = (trade: TradeRow) => encodeCursor('trade', `${trade.ts.toISOString()}|${trade.id}`);

function decodeCursor(cursor: string): { ts: string; id: string } {
  const match = /^trade:([^|]+)\|(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match || Number.isNaN(Date.parse(match[1]!))) throw badInput('after', 'is not a cursor returned by trades; pass pageInfo.endCursor from the previous page');
  return { ts: match[1]!, id: match[2]! };
}

/** A portfolio's trades, newest first ((ts, id) descending), keyset-paginated. */
export async function findTrades(pool: pg.Pool, { portfolioId, first, after }: FindTradesOptions): Promise<Page<TradeRow>> {
  const pageSize = checkPageSize(first);
  const cursor = after ? decodeCursor(after) : null;
  const [page, count] = await Promise.all([findTradePage(pool, { portfolioId, cursor, limit: pageSize + 1 }), countTrades(pool, portfolioId)]);
  return toPage(page, pageSize, count, cursorOf);
}
