import type pg from 'pg';
import { AccelError, covariance, hierarchicalRiskParity, ledoitWolf, matrix, optimizeMeanVariance, riskParity, type Matrix } from '@nautilus/accel';
import { AppError, ErrorCode, badInput, parseId } from '@nautilus/runtime';
import { PERIODS_PER_YEAR } from './computeReturnMetrics.ts';
import { findReturnHistory } from './findReturnHistory.ts';

export type OptimizationMethod = 'MIN_VARIANCE' | 'MAX_SHARPE' | 'TARGET_RETURN' | 'TARGET_VOLATILITY' | 'RISK_PARITY' | 'HRP';

export interface OptimizationConstraintsInput {
  longOnly?: boolean | null;
  minWeight?: number | null;
  maxWeight?: number | null;
  targetReturn?: number | null;
  targetVolatility?: number | null;
  riskFreeRate?: number | null;
  lookbackDays?: number | null;
  covariance?: 'SAMPLE' | 'LEDOIT_WOLF' | null;
}

export interface OptimizePortfolioOptions {
  portfolioId: string;
  method: OptimizationMethod;
  constraints: OptimizationConstraintsInput;
}

export const FRONTIER_POINTS = 20;
/** Fewest daily returns an optimisation accepts. */
export const MIN_OBSERVATIONS = 30;

/**
 * Optimal weights for the portfolio's current (non-zero) holdings, from
 * simple daily returns over `lookbackDays` common trading days (sample or
 * Ledoit-Wolf covariance, sample mean returns), through @nautilus/accel:
 * mean-variance objectives on HiGHS, risk parity (Spinu), HRP (López de
 * Prado). Inputs and outputs are annualised (×252, σ×√252). The frontier is
 * min-variance QPs at 20 target returns from the min-variance portfolio's
 * return to the highest return the constraints allow (for box constraints,
 * filling the best assets first is the LP optimum).
 * @throws BAD_USER_INPUT `portfolioId` (unknown, fewer than 2 holdings),
 *   `constraints.*` (inconsistent or infeasible), `constraints.lookbackDays`
 *   (insufficient history).
 */
export async function optimizePortfolio(pool: pg.Pool, { portfolioId: id, method, constraints: c }: OptimizePortfolioOptions) {
  const portfolioId = parseId(id, 'portfolioId');
  const { rows: found } = await pool.query('SELECT 1 FROM portfolio WHERE id = $1', [portfolioId]);
  if (found.length === 0) throw badInput('portfolioId', `unknown portfolio ${JSON.stringify(id)}`);
  const lookbackDays = c.lookbackDays ?? 252;
  if (!Number.isInteger(lookbackDays) || lookbackDays < MIN_OBSERVATIONS || lookbackDays > 5000) {
    throw badInput('constraints.lookbackDays', `must be an integer in [${MIN_OBSERVATIONS}, 5000], got ${lookbackDays}`);
  }
  const longOnly = c.longOnly ?? true;
  const lower = c.minWeight ?? undefined;
  const upper = c.maxWeight ?? undefined;
  if (lower !== undefined && upper !== undefined && lower > upper) throw badInput('constraints.minWeight', `must not exceed maxWeight (${upper}), got ${lower}`);
  if (longOnly && lower !== undefined && lower < 0) throw badInput('constraints.minWeight', `must be ≥ 0 when longOnly, got ${lower}`);
  const { rows: holdings } = await pool.query<{ instrumentId: number; symbol: string }>(
    `SELECT instrument_id AS "instrumentId", symbol FROM portfolio_position WHERE portfolio_id = $1 AND quantity <> 0 ORDER BY symbol`,
    [portfolioId],
  );
  if (holdings.length < 2) throw badInput('portfolioId', `optimisation needs at least 2 holdings, the portfolio has ${holdings.length}`);
  const n = holdings.length;
  if (lower !== undefined && lower * n > 1 + 1e-12) throw badInput('constraints.minWeight', `${n} holdings × ${lower} exceeds 1`);
  if (upper !== undefined && upper * n < 1 - 1e-12) throw badInput('constraints.maxWeight', `${n} holdings × ${upper} is below 1`);
  const { returns } = await findReturnHistory(pool, { instrumentIds: holdings.map((h) => h.instrumentId), lookbackDays });
  const t = returns[0]?.length ?? 0;
  if (t < MIN_OBSERVATIONS) {
    throw badInput('constraints.lookbackDays', `insufficient history: the holdings share ${t} daily returns, at least ${MIN_OBSERVATIONS} are needed`);
  }
  const data = matrix(t, n);
  for (let i = 0; i < n; i++) for (let k = 0; k < t; k++) data.data[k * n + i] = returns[i]![k]!;
  const cov: Matrix = (c.covariance ?? 'LEDOIT_WOLF') === 'LEDOIT_WOLF' ? ledoitWolf(data).covariance : covariance(data, { ddof: 1 });
  const mu = returns.map((series) => series.reduce((a, b) => a + b, 0) / t);
  const rf = (c.riskFreeRate ?? 0) / PERIODS_PER_YEAR;
  const bounds = { longOnly, lower, upper };
  const stats = (w: ArrayLike<number>) => {
    let ret = 0;
    let variance = 0;
    for (let i = 0; i < n; i++) {
      ret += w[i]! * mu[i]!;
      for (let j = 0; j < n; j++) variance += w[i]! * w[j]! * cov.data[i * n + j]!;
    }
    const expectedReturn = ret * PERIODS_PER_YEAR;
    const volatility = Math.sqrt(Math.max(variance, 0) * PERIODS_PER_YEAR);
    return { expectedReturn, volatility, sharpe: volatility > 0 ? (expectedReturn - rf * PERIODS_PER_YEAR) / volatility : 0 };
  };
  try {
    let weights: Float64Array;
    switch (method) {
      case 'RISK_PARITY':
        weights = riskParity({ covariance: cov }).weights;
        break;
      case 'HRP':
        weights = hierarchicalRiskParity({ covariance: cov }).weights;
        break;
      case 'TARGET_RETURN': {
        if (c.targetReturn == null) throw badInput('constraints.targetReturn', 'is required for TARGET_RETURN');
        weights = (await optimizeMeanVariance({ covariance: cov, expectedReturns: mu, objective: { kind: 'targetReturn', target: c.targetReturn / PERIODS_PER_YEAR }, constraints: bounds })).weights;
        break;
      }
      case 'TARGET_VOLATILITY': {
        if (c.targetVolatility == null) throw badInput('constraints.targetVolatility', 'is required for TARGET_VOLATILITY');
        weights = (await optimizeMeanVariance({ covariance: cov, expectedReturns: mu, objective: { kind: 'targetRisk', target: c.targetVolatility / Math.sqrt(PERIODS_PER_YEAR) }, constraints: bounds })).weights;
        break;
      }
      case 'MAX_SHARPE':
        weights = (await optimizeMeanVariance({ covariance: cov, expectedReturns: mu, objective: { kind: 'maxSharpe', riskFreeRate: rf }, constraints: bounds })).weights;
        break;
      default:
        weights = (await optimizeMeanVariance({ covariance: cov, objective: { kind: 'minVariance' }, constraints: bounds })).weights;
    }
    const frontier = await computeFrontier({ cov, mu, bounds, stats });
    return {
      method,
      weights: holdings.map((h, i) => ({ symbol: h.symbol, weight: weights[i]! })),
      ...stats(weights),
      frontier,
      observations: t,
    };
  } catch (error) {
    if (error instanceof AccelError) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `constraints: ${error.message}`, { field: 'constraints', cause: error });
    }
    throw error;
  }
}

async function computeFrontier({ cov, mu, bounds, stats }: {
  cov: Matrix;
  mu: number[];
  bounds: { longOnly: boolean; lower?: number; upper?: number };
  stats: (w: ArrayLike<number>) => { expectedReturn: number; volatility: number; sharpe: number };
}) {
  const n = mu.length;
  const minVar = await optimizeMeanVariance({ covariance: cov, objective: { kind: 'minVariance' }, constraints: bounds });
  const low = minVar.weights.reduce((sum, w, i) => sum + w * mu[i]!, 0);
  // Highest return under box constraints: start at the lower bounds, fill the best assets up to their upper bound
  // (without a lower bound, shorts would make it unbounded: the frontier then stops at the long-only maximum).
  const lo = bounds.lower ?? 0;
  const hi = bounds.upper ?? 1;
  const w = new Array<number>(n).fill(lo);
  let left = 1 - lo * n;
  for (const i of [...mu.keys()].sort((a, b) => mu[b]! - mu[a]!)) {
    const add = Math.min(hi - lo, left);
    w[i] = w[i]! + add;
    left -= add;
  }
  const high = w.reduce((sum, x, i) => sum + x * mu[i]!, 0);
  const points = [stats(minVar.weights)];
  for (let k = 1; k < FRONTIER_POINTS; k++) {
    const target = low + ((high - low) * k) / (FRONTIER_POINTS - 1);
    try {
      const { weights } = await optimizeMeanVariance({ covariance: cov, expectedReturns: mu, objective: { kind: 'targetReturn', target: k === FRONTIER_POINTS - 1 ? target * (1 - 1e-9) : target }, constraints: bounds });
      points.push(stats(weights));
    } catch (error) {
      if (!(error instanceof AccelError)) throw error;
    }
  }
  return points;
}
