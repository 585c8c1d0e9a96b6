import { normInv } from '@nautilus/accel';
import type { VarEs } from './computeHistoricalVaR.ts';

/**
 * Cornish-Fisher expansion of the standard quantile z for a distribution with
 * skewness S and excess kurtosis K (Cornish & Fisher 1937; used for VaR by
 * Zangari 1996, RiskMetrics Monitor Q1):
 * z_cf = z + (z² − 1)S/6 + (z³ − 3z)K/24 − (2z³ − 5z)S²/36. With S = K = 0 it is z.
 */
export function cornishFisherQuantile(z: number, skew: number, excessKurtosis: number): number {
  return z + ((z * z - 1) * skew) / 6 + ((z ** 3 - 3 * z) * excessKurtosis) / 24 - ((2 * z ** 3 - 5 * z) * skew * skew) / 36;
}

export interface ComputeCornishFisherVaROptions {
  /** Daily portfolio P&L σ (currency), e.g. from the covariance. */
  sigma: number;
  /** Mean P&L over the horizon (currency; default 0), added to the quantile unscaled. */
  mean?: number;
  skew: number;
  excessKurtosis: number;
  confidence: number;
  horizonDays?: number;
}

/** Tail levels averaged for ES (midpoint rule over (α, 1)). */
const ES_STEPS = 200;

/**
 * Modified (Cornish-Fisher) VaR: VaR = −(μ + z_cf(1 − α)·σ·√h), μ = 0 unless given.
 * ES = (1/(1 − α))∫_α^1 VaR_u du (Acerbi & Tasche 2002), integrated
 * numerically over the same expansion. Reduces to the delta-normal numbers when
 * skew = kurtosis = 0 (tested). Pure.
 */
export function computeCornishFisherVaR({ sigma, mean = 0, skew, excessKurtosis, confidence, horizonDays = 1 }: ComputeCornishFisherVaROptions): VarEs {
  const scale = sigma * Math.sqrt(horizonDays);
  const lossAt = (level: number) => -(mean + cornishFisherQuantile(normInv(1 - level), skew, excessKurtosis) * scale);
  let tail = 0;
  for (let s = 0; s < ES_STEPS; s++) tail += lossAt(confidence + ((s + 0.5) * (1 - confidence)) / ES_STEPS);
  return { var: lossAt(confidence), es: tail / ES_STEPS };
}

/** Sample skewness and excess kurtosis (moment estimators) of a series. */
export function computeMoments(xs: readonly number[]): { mean: number; sd: number; skew: number; excessKurtosis: number } {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d = x - mean;
    m2 += d * d;
    m3 += d ** 3;
    m4 += d ** 4;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  if (m2 === 0) return { mean, sd: 0, skew: 0, excessKurtosis: 0 };
  return { mean, sd: Math.sqrt((m2 * n) / Math.max(n - 1, 1)), skew: m3 / m2 ** 1.5, excessKurtosis: m4 / (m2 * m2) - 3 };
}
