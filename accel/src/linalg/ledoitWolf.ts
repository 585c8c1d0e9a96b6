import { assertInput } from '../errors/AccelError.ts';
import { covarianceRows, centre, symmetrizeUpper } from './covariance.ts';
import { assertFinite, matrix, type Matrix } from './Matrix.ts';

export interface LedoitWolfResult {
  /** Shrunk covariance δ·m·I + (1 − δ)·S, with S the 1/T (maximum-likelihood) sample covariance. */
  covariance: Matrix;
  /** Shrinkage intensity δ in [0, 1]. */
  shrinkage: number;
  /** Target scale m = tr(S)/N. */
  target: number;
}

/**
 * Ledoit & Wolf (2004), "A well-conditioned estimator for large-dimensional
 * covariance matrices" (J. Multivariate Analysis 88): shrinks the sample
 * covariance toward m·I with the intensity δ = min(b̄², d²)/d² that minimises
 * expected Frobenius loss, where d² = ‖S − mI‖², b̄² = T⁻² Σ_t ‖x_t x_tᵀ − S‖².
 * Use it whenever N is not small relative to T (a 500-asset book on two years
 * of days): S is then ill-conditioned or singular and optimisers amplify its noise.
 *
 * Uses Σ_t ‖x_t x_tᵀ − S‖² = Σ_t ‖x_t‖⁴ − T‖S‖², so the cost is one covariance.
 */
export function ledoitWolf(returns: Matrix): LedoitWolfResult {
  const t = returns.rows;
  const n = returns.cols;
  assertInput(t >= 2 && n >= 1, `ledoitWolf needs at least 2 rows and 1 column, got ${t}×${n}`);
  assertFinite(returns.data, 'returns');
  const xc = centre(returns);
  const s = matrix(n, n);
  covarianceRows(xc, t, n, t, s.data, 0, n);
  symmetrizeUpper(s.data, n);
  let trace = 0;
  for (let i = 0; i < n; i++) trace += s.data[i * n + i]!;
  const m = trace / n;
  let normS2 = 0;
  let d2 = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = s.data[i * n + j]!;
      normS2 += v * v;
      const w = i === j ? v - m : v;
      d2 += w * w;
    }
  }
  let sum4 = 0;
  for (let r = 0; r < t; r++) {
    let sq = 0;
    for (let j = 0; j < n; j++) sq += xc[r * n + j]! ** 2;
    sum4 += sq * sq;
  }
  const bBar2 = Math.max((sum4 - t * normS2) / (t * t), 0);
  const shrinkage = d2 === 0 ? 1 : Math.min(bBar2, d2) / d2;
  const out = matrix(n, n);
  for (let i = 0; i < n * n; i++) out.data[i] = (1 - shrinkage) * s.data[i]!;
  for (let i = 0; i < n; i++) out.data[i * n + i] = out.data[i * n + i]! + (shrinkage * m);
  return { covariance: out, shrinkage, target: m };
}
