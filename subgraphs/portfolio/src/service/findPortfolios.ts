import type pg from 'pg';
import { checkPageSize, containsPattern, decodeCursor, encodeCursor, parseText, toPage, tryParseId, type Page } from '@nautilus/runtime';
import { findPortfolioPage } from '../store/portfolios.ts';
import type { PortfolioRow } from './types.ts';

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
  const { rows, total } = await findPortfolioPage(pool, {
    entityId: filter?.entityId ? (tryParseId(filter.entityId) ?? -1) : undefined,
    namePattern: filter?.search ? containsPattern(parseText(filter.search, 'filter.search')) : undefined,
    strategy: filter?.strategy ? parseText(filter.strategy, 'filter.strategy') : undefined,
    afterId: after ? Number(decodeCursor('portfolio', after, 'portfolios', /^\d{1,9}$/)) : undefined,
    limit: pageSize + 1,
  });
  return toPage(rows, pageSize, total, cursorOf);
}
