import { covariance, ledoitWolf, matrix, type Accel } from '@nautilus/accel';
import { computeCornishFisherVaR, computeMoments } from './computeCornishFisherVaR.ts';
import { computeHistoricalVaR, type VarEs } from './computeHistoricalVaR.ts';
import { computeMaxDrawdown } from './computeMaxDrawdown.ts';
import { computeParametricVaR } from './computeParametricVaR.ts';
import { filterHistoricalReturns } from './filterHistoricalReturns.ts';
import type { ComputedWith, HeldPosition, VaRMethod, VarContribution } from './types.ts';

/** Trading days per year for annualising volatility. */
export const TRADING_DAYS = 252;

export interface EstimateRiskOptions {
  positions: readonly HeldPosition[];
  /** returns[i][t]: daily simple returns of positions[i], all the same length. */
  returns: readonly (readonly number[])[];
  method: VaRMethod;
  confidence: number;
  horizonDays: number;
  /** MONTE_CARLO only. */
  paths: number;
  seed: number;
  /** Required for MONTE_CARLO. */
  accel?: Accel;
}

export interface RiskEstimate extends VarEs {
  portfolioValue: number;
  grossExposure: number;
  /** Annualised σ of portfolio returns: σ_p/|V|·√252. */
  volatility: number;
  /** Largest peak-to-trough fall of V + cumulative historical P&L, as a fraction of the peak. */
  maxDrawdown: number;
  contributions: VarContribution[];
  computedWith: ComputedWith;
}

/** One-day P&L of today's holdings replayed over history: pnl_t = Σ vᵢ·rᵢ,ₜ. */
export function computePnlSeries(values: readonly number[], returns: readonly (readonly number[])[]): number[] {
  const t = returns[0]?.length ?? 0;
  return Array.from({ length: t }, (_, k) => values.reduce((s, v, i) => s + v * returns[i]![k]!, 0));
}

/** Sample covariance of the returns (T×N, accel `covariance`), row-major N×N. */
export function computeCovariance(returns: readonly (readonly number[])[]): Float64Array {
  return covariance(toObservations(returns)).data;
}

/** returns[i][t] (asset-major) as a T×N observation matrix. */
function toObservations(returns: readonly (readonly number[])[]) {
  const n = returns.length;
  const t = returns[0]!.length;
  const data = new Float64Array(t * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < t; k++) data[k * n + i] = returns[i]![k]!;
  return matrix(t, n, data);
}

/**
 * VaR/ES of linear holdings by one method plus the method-independent
 * numbers (value, volatility, Euler contributions of the parametric VaR).
 * Pure except MONTE_CARLO, which runs accel's seeded `portfolioRisk`
 * (correlated normal shocks via Cholesky, Glasserman 2.3.3) on the backend its
 * router picks. An empty book gives zeros.
 * @throws AccelError from accel (NOT_POSITIVE_DEFINITE is repaired, not thrown).
 */
export async function estimateRisk(options: EstimateRiskOptions): Promise<RiskEstimate> {
  const { positions, returns, method, confidence, horizonDays } = options;
  const values = positions.map((p) => p.value);
  const portfolioValue = values.reduce((s, v) => s + v, 0);
  const grossExposure = values.reduce((s, v) => s + Math.abs(v), 0);
  if (positions.length === 0) {
    return { var: 0, es: 0, portfolioValue: 0, grossExposure: 0, volatility: 0, maxDrawdown: 0, contributions: [], computedWith: { backend: 'js', paths: 0, millis: 0 } };
  }
  const started = performance.now();
  const cov = computeCovariance(returns);
  const parametric = computeParametricVaR({ values, covariance: cov, confidence, horizonDays });
  const pnl = computePnlSeries(values, returns);
  let result: VarEs;
  let computedWith: ComputedWith = { backend: 'js', paths: 0, millis: 0 };
  switch (method) {
    case 'HISTORICAL':
      result = computeHistoricalVaR({ pnl, confidence, horizonDays });
      break;
    case 'FILTERED_HISTORICAL':
      result = computeHistoricalVaR({ pnl: computePnlSeries(values, filterHistoricalReturns(returns)), confidence, horizonDays });
      break;
    case 'PARAMETRIC':
      result = parametric;
      break;
    case 'CORNISH_FISHER': {
      const { skew, excessKurtosis } = computeMoments(pnl);
      result = computeCornishFisherVaR({ sigma: parametric.sigma, skew, excessKurtosis, confidence, horizonDays });
      break;
    }
    case 'MONTE_CARLO': {
      if (!options.accel) throw new Error('estimateRisk: MONTE_CARLO needs an accel instance');
      const n = values.length;
      // Unless there are at least twice as many days as holdings, simulate from the Ledoit-Wolf
      // (2004) shrunk covariance: with fewer days than holdings (500 positions on a year of
      // history) the sample covariance is singular, cannot be Cholesky-factored, and repairing
      // it (Higham's nearest-PD iteration) took 8 s of a 9 s report in bench:risk. Shrinkage is
      // positive definite by construction and a better estimate besides.
      const shrunk = returns[0]!.length >= 2 * n ? matrix(n, n, cov) : ledoitWolf(toObservations(returns)).covariance;
      const risk = await options.accel.portfolioRisk({
        positions: values,
        covariance: shrunk,
        horizon: horizonDays,
        scenarios: options.paths,
        seed: options.seed,
        confidence,
        repair: true,
      });
      const level = risk.levels[0]!;
      result = { var: level.valueAtRisk, es: level.expectedShortfall };
      // millis = time inside accel's kernel, so callers can tell accel time from everything else.
      computedWith = { backend: risk.backend, paths: options.paths, millis: risk.elapsedMs };
      break;
    }
  }
  if (method !== 'MONTE_CARLO') computedWith.millis = performance.now() - started;
  const weightBase = portfolioValue === 0 ? 0 : 1 / portfolioValue;
  return {
    var: result.var,
    es: result.es,
    portfolioValue,
    grossExposure,
    volatility: portfolioValue === 0 ? 0 : (parametric.sigma / Math.abs(portfolioValue)) * Math.sqrt(TRADING_DAYS),
    maxDrawdown: computeMaxDrawdown(portfolioValue, pnl),
    contributions: positions.map((p, i) => ({ symbol: p.symbol, weight: p.value * weightBase, marginalVar: parametric.marginal[i]!, componentVar: parametric.component[i]! })),
    computedWith,
  };
}
