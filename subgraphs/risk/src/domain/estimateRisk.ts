import { covariance, ledoitWolf, matrix, type Accel } from '@nautilus/accel';
import { computeCornishFisherVaR, computeMoments } from './computeCornishFisherVaR.ts';
import { computeDeltaGammaVaR } from './computeDeltaGammaVaR.ts';
import { computeHistoricalVaR, type VarEs } from './computeHistoricalVaR.ts';
import { computePnlMaxDrawdown } from './computePnlMaxDrawdown.ts';
import { computeParametricVaR } from './computeParametricVaR.ts';
import { filterHistoricalReturns } from './filterHistoricalReturns.ts';
import type { ComputedWith, RiskPosition, VaRMethod, VarContribution } from '../service/types.ts';

/** Trading days per year for annualising volatility. */
export const TRADING_DAYS = 252;

export interface EstimateRiskOptions {
  /** Positions; each maps onto a factor (default: position i is factor i, linear). */
  positions: readonly RiskPosition[];
  /** returns[f][t]: daily simple returns of risk factor f, all the same length. */
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
  /** Σ|δ_i| over positions (δ = value for linear holdings, delta-adjusted notional for options). */
  grossExposure: number;
  /** Annualised σ of portfolio returns: σ_p/|V|·√252. */
  volatility: number;
  /** Largest peak-to-trough fall of V + cumulative historical P&L, as a fraction of the peak. */
  maxDrawdown: number;
  contributions: VarContribution[];
  computedWith: ComputedWith;
  /** Sample covariance of the factor returns (row-major N×N; empty without positions): the report's correlation summary reads it. */
  covariance: ArrayLike<number>;
}

/**
 * One-day P&L of today's holdings replayed over history: pnl_t = Σ δ_f·r_f,t
 * + ½Γ_f·r_f,t² (delta-gamma partial revaluation of options, Jorion "VaR
 * Methods"; Γ omitted = linear holdings only).
 */
export function computePnlSeries(values: readonly number[], returns: readonly (readonly number[])[], gammas?: readonly number[]): number[] {
  const t = returns[0]?.length ?? 0;
  return Array.from({ length: t }, (_, k) =>
    values.reduce((s, v, i) => {
      const r = returns[i]![k]!;
      return s + v * r + 0.5 * (gammas?.[i] ?? 0) * r * r;
    }, 0),
  );
}

/** Dollar deltas and gammas per factor: Σ over the positions mapped onto it. */
export function toFactorExposures(positions: readonly RiskPosition[], factors: number): { deltas: number[]; gammas: number[] } {
  const deltas = new Array<number>(factors).fill(0);
  const gammas = new Array<number>(factors).fill(0);
  positions.forEach((p, i) => {
    const f = p.factor ?? i;
    deltas[f]! += p.delta ?? p.value;
    gammas[f]! += p.gamma ?? 0;
  });
  return { deltas, gammas };
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
 * VaR/ES by one method plus the method-independent numbers (value,
 * volatility, Euler contributions of the parametric VaR). Positions map onto
 * risk factors with a dollar delta δ and gamma Γ (options onto their
 * underlying): PARAMETRIC and MONTE_CARLO use δ (delta-normal, linear);
 * DELTA_GAMMA the moments of δᵀr + ½rᵀΓr; HISTORICAL, FILTERED_HISTORICAL and
 * CORNISH_FISHER replay δ·r + ½Γr² over history. For a book without options
 * (Γ = 0, δ = value) every method is the linear one it was.
 * Pure except MONTE_CARLO, which runs accel's seeded `portfolioRisk`
 * (correlated normal shocks via Cholesky, Glasserman 2.3.3) on the backend its
 * router picks. An empty book gives zeros.
 * @throws AccelError from accel (NOT_POSITIVE_DEFINITE is repaired, not thrown).
 */
export async function estimateRisk(options: EstimateRiskOptions): Promise<RiskEstimate> {
  const { positions, returns, method, confidence, horizonDays } = options;
  const portfolioValue = positions.reduce((s, p) => s + p.value, 0);
  const grossExposure = positions.reduce((s, p) => s + Math.abs(p.delta ?? p.value), 0);
  if (positions.length === 0) {
    return { var: 0, es: 0, portfolioValue: 0, grossExposure: 0, volatility: 0, maxDrawdown: 0, contributions: [], computedWith: { backend: 'js', paths: 0, millis: 0 }, covariance: [] };
  }
  const started = performance.now();
  const { deltas: values, gammas } = toFactorExposures(positions, returns.length);
  const cov = computeCovariance(returns);
  const parametric = computeParametricVaR({ values, covariance: cov, confidence, horizonDays });
  const pnl = computePnlSeries(values, returns, gammas);
  let result: VarEs;
  let computedWith: ComputedWith = { backend: 'js', paths: 0, millis: 0 };
  switch (method) {
    case 'HISTORICAL':
      result = computeHistoricalVaR({ pnl, confidence, horizonDays });
      break;
    case 'FILTERED_HISTORICAL':
      result = computeHistoricalVaR({ pnl: computePnlSeries(values, filterHistoricalReturns(returns), gammas), confidence, horizonDays });
      break;
    case 'PARAMETRIC':
      result = parametric;
      break;
    case 'CORNISH_FISHER': {
      const { skew, excessKurtosis } = computeMoments(pnl);
      result = computeCornishFisherVaR({ sigma: parametric.sigma, skew, excessKurtosis, confidence, horizonDays });
      break;
    }
    case 'DELTA_GAMMA':
      result = computeDeltaGammaVaR({ deltas: values, gammas, covariance: cov, confidence, horizonDays });
      break;
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
    maxDrawdown: computePnlMaxDrawdown(portfolioValue, pnl),
    // Euler over factors, split over the positions mapped onto each: Σ_i δ_i·m_f(i) = Σ_f δ_f·m_f = VaR.
    contributions: positions.map((p, i) => {
      const marginalVar = parametric.marginal[p.factor ?? i]!;
      return { symbol: p.symbol, weight: p.value * weightBase, marginalVar, componentVar: (p.delta ?? p.value) * marginalVar };
    }),
    computedWith,
    covariance: cov,
  };
}
