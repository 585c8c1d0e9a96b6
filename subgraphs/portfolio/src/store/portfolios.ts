import type pg from 'pg';
import { prismaOf } from '@nautilus/db';
import type { PortfolioRow } from '../service/types.ts';
import { PORTFOLIO_COLUMNS } from './columns.ts';

/**
 * The `portfolio.portfolio` table. Reads by id and by owner go through the Prisma client; the
 * filtered keyset page (ILIKE pattern, count beside it), the row lock and the insert that leaves a
 * duplicate name to its constraint are SQL.
 */

type Queryable = pg.Pool | pg.PoolClient;

const select = { id: true, entityId: true, name: true, baseCurrency: true, benchmarkSymbol: true, strategy: true, allowShort: true, createdAt: true } as const;

/** Portfolios by id (the per-request loader). */
export async function findPortfoliosByIds(pool: pg.Pool, ids: readonly number[]): Promise<PortfolioRow[]> {
  return prismaOf(pool).portfolio.findMany({ where: { id: { in: [...ids] } }, select });
}

/** The portfolios of some entities, by id (the per-request loader). */
export async function findPortfoliosOfEntities(pool: pg.Pool, entityIds: readonly number[]): Promise<PortfolioRow[]> {
  return prismaOf(pool).portfolio.findMany({ where: { entityId: { in: [...entityIds] } }, orderBy: { id: 'asc' }, select });
}

/** A portfolio's benchmark symbol; undefined when there is no such portfolio. */
export async function findBenchmarkSymbol(pool: pg.Pool, id: number): Promise<{ benchmarkSymbol: string | null } | undefined> {
  return (await prismaOf(pool).portfolio.findUnique({ where: { id }, select: { benchmarkSymbol: true } })) ?? undefined;
}

/** Whether a portfolio exists. */
export async function portfolioExists(pool: pg.Pool, id: number): Promise<boolean> {
  return (await prismaOf(pool).portfolio.findUnique({ where: { id }, select: { id: true } })) !== null;
}

/** How many portfolios there are. */
export async function countPortfolios(client: Queryable): Promise<number> {
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM portfolio.portfolio');
  return rows[0]!.n;
}

/** Which of these portfolio ids exist (on the caller's client). */
export async function findExistingPortfolioIds(client: Queryable, ids: readonly number[]): Promise<Set<number>> {
  const { rows } = await client.query<{ id: number }>('SELECT id FROM portfolio.portfolio WHERE id = ANY($1::int[])', [[...ids]]);
  return new Set(rows.map((r) => r.id));
}

/**
 * Locks a portfolio's row until the caller's transaction ends (trades and cash of one portfolio
 * are written one transaction after the other); null when there is no such portfolio.
 */
export async function lockPortfolio(client: pg.PoolClient, id: number): Promise<{ allowShort: boolean } | null> {
  const { rows } = await client.query<{ allowShort: boolean }>('SELECT allow_short AS "allowShort" FROM portfolio.portfolio WHERE id = $1 FOR UPDATE', [id]);
  return rows[0] ?? null;
}

/** Creates a portfolio; null (nothing written) when its entity already has one of that name. */
export async function insertPortfolio(
  pool: Queryable,
  portfolio: { entityId: number; name: string; baseCurrency: string; benchmarkSymbol: string | null; strategy: string | null; allowShort: boolean },
): Promise<PortfolioRow | null> {
  const { rows } = await pool.query<PortfolioRow>(
    `INSERT INTO portfolio.portfolio (entity_id, name, base_currency, benchmark_symbol, strategy, allow_short)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT ON CONSTRAINT portfolio_name_per_entity DO NOTHING
     RETURNING ${PORTFOLIO_COLUMNS}`,
    [portfolio.entityId, portfolio.name, portfolio.baseCurrency, portfolio.benchmarkSymbol, portfolio.strategy, portfolio.allowShort],
  );
  return rows[0] ?? null;
}

export interface PortfolioPageQuery {
  entityId?: number;
  /** An ILIKE pattern on the name. */
  namePattern?: string;
  strategy?: string;
  /** Keyset: ids above this one. */
  afterId?: number;
  limit: number;
}

/** A page of portfolios by id and the count of all that match the filter (the cursor aside), in two statements run together. */
export async function findPortfolioPage(pool: pg.Pool, query: PortfolioPageQuery): Promise<{ rows: PortfolioRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (query.entityId !== undefined) add('entity_id = ?', query.entityId);
  if (query.namePattern !== undefined) add('name ILIKE ?', query.namePattern);
  if (query.strategy !== undefined) add('strategy = ?', query.strategy);
  const countWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const countParams = [...params];
  if (query.afterId !== undefined) add('id > ?', query.afterId);
  const pageWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
  params.push(query.limit);
  const [page, count] = await Promise.all([
    pool.query<PortfolioRow>(`SELECT ${PORTFOLIO_COLUMNS} FROM portfolio.portfolio ${pageWhere} ORDER BY id LIMIT $${params.length}`, params),
    pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM portfolio.portfolio ${countWhere}`, countParams),
  ]);
  return { rows: page.rows, total: count.rows[0]?.n ?? 0 };
}
