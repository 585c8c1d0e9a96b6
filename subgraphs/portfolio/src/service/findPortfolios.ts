import type pg from 'pg';
import { badInput, tryParseId } from '@nautilus/runtime';
import { PORTFOLIO_COLUMNS, type PortfolioRow } from './types.ts';

export const MAX_PAGE_SIZE = 500;

export interface PortfolioFilter {
  entityId?: string | null;
  search?: string | null;
  strategy?: string | null;
}

export interface FindPortfoliosOptions {
  filter?: PortfolioFilter | null;
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Checks a page size argument. @throws BAD_USER_INPUT `first`. */
export function checkPageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw badInput('first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`);
  return size;
}

const encodeCursor = (id: number) => Buffer.from(`portfolio:${id}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^portfolio:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('after', 'is not a cursor returned by portfolios; pass pageInfo.endCursor from the previous page');
  return Number(match[1]);
}

/** Portfolios ordered by id with keyset pagination (stable under inserts). */
export async function findPortfolios(pool: pg.Pool, { filter, first, after }: FindPortfoliosOptions): Promise<Page<PortfolioRow>> {
  const pageSize = checkPageSize(first);
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (filter?.entityId) add('entity_id = ?', tryParseId(filter.entityId) ?? -1);
  if (filter?.search) add('name ILIKE ?', `%${filter.search.replace(/[%_\\]/g, '\\$&')}%`);
  if (filter?.strategy) add('strategy = ?', filter.strategy);
  const countWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const countParams = [...params];
  if (after) add('id > ?', decodeCursor(after));
  const pageWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
  params.push(pageSize + 1);
  const [page, count] = await Promise.all([
    pool.query<PortfolioRow>(`SELECT ${PORTFOLIO_COLUMNS} FROM portfolio ${pageWhere} ORDER BY id LIMIT $${params.length}`, params),
    pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM portfolio ${countWhere}`, countParams),
  ]);
  const rows = page.rows.slice(0, pageSize);
  return {
    edges: rows.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: { hasNextPage: page.rows.length > pageSize, endCursor: rows.length ? encodeCursor(rows.at(-1)!.id) : null },
    totalCount: count.rows[0]?.n ?? 0,
  };
}
