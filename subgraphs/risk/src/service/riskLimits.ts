import type pg from 'pg';
import { badInput, notFound, parseId } from '@nautilus/runtime';
import { deleteRiskLimitRow, insertRiskLimit, updateRiskLimitRow } from '../store/riskLimits.ts';
import type { RiskLimitKind, RiskLimitRow } from './types.ts';

const checkThreshold = (threshold: number, field: string) => {
  if (!Number.isFinite(threshold) || threshold <= 0) throw badInput(field, `must be a positive number, got ${threshold}`);
  return threshold;
};

/**
 * Creates a limit on a portfolio. Thresholds are currency for VAR and
 * EXPOSURE, fractions for CONCENTRATION and DRAWDOWN. The portfolio (the
 * portfolio engine's) is looked up and locked in the transaction that inserts
 * the limit, so a limit is never written for a portfolio that does not exist.
 * @throws BAD_USER_INPUT naming `input.threshold` or a malformed
 *   `input.portfolioId`; NOT_FOUND naming `input.portfolioId` for an unknown
 *   portfolio. Writes nothing then.
 */
export async function createRiskLimit(pool: pg.Pool, input: { portfolioId: string; kind: RiskLimitKind; threshold: number; active?: boolean | null }): Promise<RiskLimitRow> {
  const portfolioId = parseId(input.portfolioId, 'input.portfolioId');
  const threshold = checkThreshold(input.threshold, 'input.threshold');
  const limit = await insertRiskLimit(pool, { portfolioId, kind: input.kind, threshold, active: input.active ?? true });
  if (!limit) throw notFound('portfolio', String(portfolioId), 'input.portfolioId');
  return limit;
}

/**
 * Changes a limit's threshold and/or active flag.
 * @throws BAD_USER_INPUT naming `id` or `input.threshold`; NOT_FOUND for an unknown limit.
 */
export async function updateRiskLimit(pool: pg.Pool, idText: string, input: { threshold?: number | null; active?: boolean | null }): Promise<RiskLimitRow> {
  const id = parseId(idText, 'id');
  const change: { threshold?: number; active?: boolean } = {};
  if (input.threshold != null) change.threshold = checkThreshold(input.threshold, 'input.threshold');
  if (input.active != null) change.active = input.active;
  const limit = await updateRiskLimitRow(pool, id, change);
  if (!limit) throw notFound('risk limit', idText, 'id');
  return limit;
}

/** Deletes a limit (and its breach history) and returns it. @throws BAD_USER_INPUT / NOT_FOUND naming `id`. */
export async function deleteRiskLimit(pool: pg.Pool, idText: string): Promise<RiskLimitRow> {
  const limit = await deleteRiskLimitRow(pool, parseId(idText, 'id'));
  if (!limit) throw notFound('risk limit', idText, 'id');
  return limit;
}
