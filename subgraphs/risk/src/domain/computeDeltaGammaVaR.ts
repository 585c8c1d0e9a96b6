import { normInv, normPdf } from '@nautilus/accel';
import { computeCornishFisherVaR } from './computeCornishFisherVaR.ts';
import type { VarEs } from './computeHistoricalVaR.ts';

export interface ComputeDeltaGammaVaROptions {
  /** Dollar delta per risk factor, δ_f = Σ q·m·Δ·S (the value for linear holdings). */
  deltas: readonly number[];
  /**
   * Dollar gamma per risk factor, Γ_ff = Σ q·m·Γ·S². Γ is diagonal: every
   * option here has a single underlying, so there are no cross-gammas.
   */
  gammas: readonly number[];
  /** Daily covariance Σ of factor returns, row-major n×n. */
  covariance: ArrayLike<number>;
  confidence: number;
  horizonDays?: number;
}

export interface DeltaGammaVaR extends VarEs {
  /** Mean of the quadratic P&L over the horizon, ½tr(ΓΣ_h). */
  mean: number;
  /** Its standard deviation, √(δᵀΣ_hδ + ½tr((ΓΣ_h)²)). */
  sigma: number;
  skew: number;
  excessKurtosis: number;
}

/**
 * Delta-gamma-normal VaR (Jorion, *Value at Risk*, 3rd ed., chapter "VaR
 * Methods", delta-gamma local valuation; Zangari 1996, "A VaR methodology for portfolios that
 * include options", RiskMetrics Monitor Q1; Mina & Ulmer 1999, "Delta-gamma
 * four ways"). Over a horizon of h days the P&L is approximated by the
 * quadratic Q = δᵀr + ½rᵀΓr with factor returns r ~ N(0, Σ_h = hΣ). Its
 * cumulants are exact (Mathai & Provost 1992; Britten-Jones & Schaefer 1999):
 *   κ₁ = ½tr(ΓΣ_h)
 *   κ₂ = δᵀΣ_hδ + ½tr((ΓΣ_h)²)
 *   κ₃ = 3δᵀΣ_hΓΣ_hδ + tr((ΓΣ_h)³)
 *   κ₄ = 12δᵀΣ_h(ΓΣ_h)²δ + 3tr((ΓΣ_h)⁴)
 * (in general κ_r = ½(r−1)!tr((ΓΣ)^r) + ½r!δᵀΣ(ΓΣ)^{r−2}δ for r ≥ 2). The
 * quantile is the Cornish-Fisher expansion on skewness κ₃/κ₂^{3/2} and excess
 * kurtosis κ₄/κ₂²: VaR = −(κ₁ + √κ₂·z_cf(1 − α)); ES integrates the same
 * quantile over the tail (computeCornishFisherVaR).
 *
 * Chosen over Monte Carlo of the quadratic because it is closed-form, cheap
 * (the traces only involve the factors that carry gamma) and deterministic.
 * Known limit: for strongly skewed books (large short gamma against small
 * delta) the four-moment expansion loses accuracy and monotonicity (Jaschke
 * 2002, "The Cornish-Fisher expansion in the context of delta-gamma-normal
 * approximations"); full revaluation would be needed there.
 *
 * With Γ = 0 the cumulants beyond the second vanish and the result is the
 * delta-normal VaR/ES z·√(δᵀΣδ)·√h exactly (the normal case is evaluated in
 * closed form, not through the expansion). Pure.
 */
export function computeDeltaGammaVaR({ deltas, gammas, covariance, confidence, horizonDays = 1 }: ComputeDeltaGammaVaROptions): DeltaGammaVaR {
  const n = deltas.length;
  const h = horizonDays;
  const cov = (i: number, j: number) => h * covariance[i * n + j]!;
  // u = Σ_h δ and δᵀΣ_hδ.
  const u = Array.from({ length: n }, (_, i) => deltas.reduce((s, d, j) => s + cov(i, j) * d, 0));
  const deltaVariance = deltas.reduce((s, d, i) => s + d * u[i]!, 0);
  // Only the factors with gamma enter the traces: (ΓΣ)ᵢⱼ = γᵢΣᵢⱼ vanishes on the other rows.
  const g = gammas.flatMap((gamma, i) => (gamma !== 0 ? [i] : []));
  const m = g.length;
  const a = Array.from({ length: m }, (_, p) => Array.from({ length: m }, (_, q) => gammas[g[p]!]! * cov(g[p]!, g[q]!)));
  const a2 = a.map((row) => Array.from({ length: m }, (_, q) => row.reduce((s, x, k) => s + x * a[k]![q]!, 0)));
  let tr1 = 0;
  let tr2 = 0;
  let tr3 = 0;
  let tr4 = 0;
  for (let p = 0; p < m; p++) {
    tr1 += a[p]![p]!;
    tr2 += a2[p]![p]!;
    for (let q = 0; q < m; q++) {
      tr3 += a2[p]![q]! * a[q]![p]!;
      tr4 += a2[p]![q]! * a2[q]![p]!;
    }
  }
  // δᵀΣΓΣδ = uᵀΓu and δᵀΣΓΣΓΣδ = (Γu)ᵀΣ(Γu).
  const gu = g.map((i) => gammas[i]! * u[i]!);
  const uGu = g.reduce((s, i, p) => s + u[i]! * gu[p]!, 0);
  let guSgu = 0;
  for (let p = 0; p < m; p++) for (let q = 0; q < m; q++) guSgu += gu[p]! * cov(g[p]!, g[q]!) * gu[q]!;

  const mean = 0.5 * tr1;
  const k2 = deltaVariance + 0.5 * tr2;
  const k3 = 3 * uGu + tr3;
  const k4 = 12 * guSgu + 3 * tr4;
  if (!(k2 > 0)) return { var: Math.max(-mean, 0), es: Math.max(-mean, 0), mean, sigma: 0, skew: 0, excessKurtosis: 0 };
  const sigma = Math.sqrt(k2);
  const skew = k3 / k2 ** 1.5;
  const excessKurtosis = k4 / (k2 * k2);
  if (skew === 0 && excessKurtosis === 0) {
    const z = normInv(confidence);
    return { var: z * sigma - mean, es: (sigma * normPdf(z)) / (1 - confidence) - mean, mean, sigma, skew, excessKurtosis };
  }
  const { var: value, es } = computeCornishFisherVaR({ sigma, mean, skew, excessKurtosis, confidence, horizonDays: 1 });
  return { var: value, es, mean, sigma, skew, excessKurtosis };
}
