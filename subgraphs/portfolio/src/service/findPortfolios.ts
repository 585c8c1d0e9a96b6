import type pg from 'pg';
import { checkPageSize, containsPattern, decodeCursor, encodeCursor, parseText, toPage, tryParseId, type Page } from '@nautilus/runtime';
import { PORTFOLIO_COLUMNS, type PortfolioRow } from './types.ts';

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

const cursorOf = (node: PortfolioRow) => encodeCursor('portfolio', node.id);

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
  if (filter?.search) add('name ILIKE ?', containsPattern(parseText(filter.search, 'filter.search')));
  if (filter?.strategy) add('strategy = ?', parseText(filter.strategy, 'filter.strategy'));
  const countWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const countParams = [...params];
  if (after) add('id > ?', Number(decodeCursor('portfolio', after, 'portfolios', /^\d{1,9}$/)));
  const pageWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
  params.push(pageSize + 1);
  const [page, count] = await Promise.all([
    pool.query<PortfolioRow>(`SELECT ${PORTFOLIO_COLUMNS} FROM portfolio.portfolio ${pageWhere} ORDER BY id LIMIT $${params.length}`, params),
    pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM portfolio.portfolio ${countWhere}`, countParams),
  ]);
  return toPage(page.rows, pageSize, count.rows[0]?.n ?? 0, cursorOf);
}
