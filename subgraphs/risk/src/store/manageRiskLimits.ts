import type pg from 'pg';
import { withTransaction } from '@nautilus/db';
import { findPortfolioOwners } from '@nautilus/portfolio/reads';
import { badInput, notFound, parseId } from '@nautilus/runtime';
import { RISK_LIMIT_COLUMNS, type RiskLimitKind, type RiskLimitRow } from '../service/types.ts';

const checkThreshold = (threshold: number, field: string) => {
  if (!Number.isFinite(threshold) || threshold <= 0) throw badInput(field, `must be a positive number, got ${threshold}`);
  return threshold;
};

/**
 * Creates a limit on a portfolio. Thresholds are currency for VAR and
 * EXPOSURE, fractions for CONCENTRATION and DRAWDOWN.
 * The portfolio (the portfolio engine's, read through its published reads) is
 * looked up and locked in the transaction that inserts the limit, so a limit
 * is never written for a portfolio that does not exist.
 * @throws BAD_USER_INPUT naming `input.threshold` or a malformed
 *   `input.portfolioId`; NOT_FOUND naming `input.portfolioId` for an unknown
 *   portfolio. Writes nothing then.
 */
export async function createRiskLimit(pool: pg.Pool, input: { portfolioId: string; kind: RiskLimitKind; threshold: number; active?: boolean | null }): Promise<RiskLimitRow> {
  const portfolioId = parseId(input.portfolioId, 'input.portfolioId');
  const threshold = checkThreshold(input.threshold, 'input.threshold');
  return withTransaction(pool, async (client) => {
    const found = await findPortfolioOwners(client, [portfolioId], { lock: true });
    if (!found.has(portfolioId)) throw notFound('portfolio', String(portfolioId), 'input.portfolioId');
    const { rows } = await client.query<RiskLimitRow>(
      `INSERT INTO risk.risk_limit (portfolio_id, kind, threshold, active) VALUES ($1, $2, $3, $4) RETURNING ${RISK_LIMIT_COLUMNS}`,
      [portfolioId, input.kind.toLowerCase(), threshold, input.active ?? true],
    );
    return rows[0]!;
  });
}

/**
 * Changes a limit's threshold and/or active flag.
 * @throws BAD_USER_INPUT naming `id` or `input.threshold`; NOT_FOUND for an unknown limit.
 */
export async function updateRiskLimit(pool: pg.Pool, idText: string, input: { threshold?: number | null; active?: boolean | null }): Promise<RiskLimitRow> {
  const id = parseId(idText, 'id');
  if (input.threshold != null) checkThreshold(input.threshold, 'input.threshold');
  const { rows } = await pool.query<RiskLimitRow>(
    `UPDATE risk.risk_limit SET threshold = coalesce($2, threshold), active = coalesce($3, active) WHERE id = $1 RETURNING ${RISK_LIMIT_COLUMNS}`,
    [id, input.threshold ?? null, input.active ?? null],
  );
  if (rows.length === 0) throw notFound('risk limit', idText, 'id');
  return rows[0]!;
}

/** Deletes a limit (and its breach history) and returns it. @throws BAD_USER_INPUT / NOT_FOUND naming `id`. */
export async function deleteRiskLimit(pool: pg.Pool, idText: string): Promise<RiskLimitRow> {
  const id = parseId(idText, 'id');
  const { rows } = await pool.query<RiskLimitRow>(`DELETE FROM risk.risk_limit WHERE id = $1 RETURNING ${RISK_LIMIT_COLUMNS}`, [id]);
  if (rows.length === 0) throw notFound('risk limit', idText, 'id');
  return rows[0]!;
}
