import type pg from 'pg';
import { prismaOf, withTransaction, type RiskLimit } from '@nautilus/db';
import { findPortfolioOwners } from '@nautilus/portfolio/reads';
import { RISK_LIMIT_COLUMNS, type RiskLimitKind, type RiskLimitRow } from '../service/types.ts';

/**
 * The `risk.risk_limit` table. Ordinary reads and writes go through the
 * Prisma client (prismaOf: the engine's pool); the insert is SQL because it
 * locks the portfolio row through the portfolio engine's reads in the same
 * transaction.
 */

/** Stored kinds are lower case; the graph's enum is upper case. */
const toRow = (limit: RiskLimit): RiskLimitRow => ({ ...limit, kind: limit.kind.toUpperCase() as RiskLimitKind });

/** Prisma's "no record to update/delete" (P2025) is a missing limit, not a failure. */
const orNull = (error: unknown): null => {
  if ((error as { code?: unknown }).code === 'P2025') return null;
  throw error;
};

/**
 * Inserts a limit for a portfolio that exists, locking the portfolio row (the
 * portfolio engine's, through its reads) for the transaction; null (nothing
 * written) when there is no such portfolio.
 */
export async function insertRiskLimit(pool: pg.Pool, limit: { portfolioId: number; kind: RiskLimitKind; threshold: number; active: boolean }): Promise<RiskLimitRow | null> {
  return withTransaction(pool, async (client) => {
    const found = await findPortfolioOwners(client, [limit.portfolioId], { lock: true });
    if (!found.has(limit.portfolioId)) return null;
    const { rows } = await client.query<RiskLimitRow>(
      `INSERT INTO risk.risk_limit (portfolio_id, kind, threshold, active) VALUES ($1, $2, $3, $4) RETURNING ${RISK_LIMIT_COLUMNS}`,
      [limit.portfolioId, limit.kind.toLowerCase(), limit.threshold, limit.active],
    );
    return rows[0]!;
  });
}

/** Changes what is given (threshold, active); null when the limit does not exist. */
export async function updateRiskLimitRow(pool: pg.Pool, id: number, change: { threshold?: number; active?: boolean }): Promise<RiskLimitRow | null> {
  return prismaOf(pool)
    .riskLimit.update({ where: { id }, data: change })
    .then(toRow, orNull);
}

/** Deletes a limit (its breaches go with it, ON DELETE CASCADE); null when it does not exist. */
export async function deleteRiskLimitRow(pool: pg.Pool, id: number): Promise<RiskLimitRow | null> {
  return prismaOf(pool)
    .riskLimit.delete({ where: { id } })
    .then(toRow, orNull);
}

/** Limits by id (the per-request loader). */
export async function findRiskLimitsByIds(pool: pg.Pool, ids: readonly number[]): Promise<RiskLimitRow[]> {
  return (await prismaOf(pool).riskLimit.findMany({ where: { id: { in: [...ids] } } })).map(toRow);
}

/** The limits of many portfolios, oldest first (the per-request loader). */
export async function findRiskLimitsOfPortfolios(pool: pg.Pool, portfolioIds: readonly number[]): Promise<RiskLimitRow[]> {
  return (await prismaOf(pool).riskLimit.findMany({ where: { portfolioId: { in: [...portfolioIds] } }, orderBy: { id: 'asc' } })).map(toRow);
}
