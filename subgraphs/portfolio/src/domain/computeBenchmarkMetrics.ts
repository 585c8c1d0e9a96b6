import { PERIODS_PER_YEAR, sampleStd } from './computeReturnMetrics.ts';

export interface BenchmarkMetrics {
  beta: number | null;
  /** Jensen's alpha, annualised: 252·(mean(r − r_f) − β·mean(b − r_f)). */
  alpha: number | null;
  /** sd(r − b)·√252. */
  trackingError: number | null;
  /** 252·mean(r − b) / tracking error (Grinold & Kahn, "Active Portfolio Management"). */
  informationRatio: number | null;
}

/**
 * Relative statistics of portfolio returns r against benchmark returns b over
 * the same periods: β = cov(r, b)/var(b) (sample moments), Jensen's alpha
 * (Jensen 1968), tracking error and information ratio.
 */
export function computeBenchmarkMetrics({ returns, benchmark, riskFreeRate = 0 }: { returns: readonly number[]; benchmark: readonly number[]; riskFreeRate?: number }): BenchmarkMetrics {
  const n = Math.min(returns.length, benchmark.length);
  if (n < 2) return { beta: null, alpha: null, trackingError: null, informationRatio: null };
  const r = returns.slice(0, n);
  const b = benchmark.slice(0, n);
  const mr = r.reduce((x, y) => x + y, 0) / n;
  const mb = b.reduce((x, y) => x + y, 0) / n;
  let cov = 0;
  let varB = 0;
  for (let t = 0; t < n; t++) {
    cov += (r[t]! - mr) * (b[t]! - mb);
    varB += (b[t]! - mb) ** 2;
  }
  const beta = varB > 0 ? cov / varB : null;
  const rf = riskFreeRate / PERIODS_PER_YEAR;
  const active = r.map((x, t) => x - b[t]!);
  const te = sampleStd(active) * Math.sqrt(PERIODS_PER_YEAR);
  const activeMean = active.reduce((x, y) => x + y, 0) / n;
  return {
    beta,
    alpha: beta === null ? null : PERIODS_PER_YEAR * (mr - rf - beta * (mb - rf)),
    trackingError: te,
    informationRatio: te > 0 ? (PERIODS_PER_YEAR * activeMean) / te : null,
  };
}
