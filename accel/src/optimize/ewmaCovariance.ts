import { assertInput } from '../errors/AccelError.ts';
import { symmetrizeUpper } from '../linalg/covariance.ts';
import { assertFinite, matrix, type Matrix } from '../linalg/Matrix.ts';

export interface EwmaCovarianceOptions {
  /** Decay λ in (0, 1): RiskMetrics uses 0.94 for daily returns (default). */
  lambda?: number;
  /**
   * Subtract the exponentially weighted mean first (default false: RiskMetrics
   * takes the mean of daily returns as zero).
   */
  demean?: boolean;
}

/**
 * Exponentially weighted (RiskMetrics) covariance of a T×N returns matrix
 * (rows are dates, oldest first). The RiskMetrics recursion
 *   S₀ = 0,  S_t = λ·S_{t−1} + (1 − λ)·r_t r_tᵀ   (t = 1..T)
 * gives S_T = (1 − λ) Σ_t λ^{T−t} r_t r_tᵀ, whose weights sum to 1 − λ^T; we
 * return S_T / (1 − λ^T), so the weights sum to one over a finite window and a
 * constant return series has its own square as covariance whatever T is
 * (J.P. Morgan/Reuters, "RiskMetrics — Technical Document", 4th ed. 1996,
 * ch. 5: exponentially weighted variances and covariances of daily returns
 * with zero mean and λ = 0.94; the 1 − λ^T normalisation is the usual
 * finite-window form). With `demean`,
 * r_t is replaced by r_t − m where m is the mean under the same weights.
 * The result is symmetric PSD, and PD once the N series span N dimensions
 * among the heavily weighted recent rows.
 * @throws AccelError BAD_INPUT for λ outside (0, 1), fewer than 1 row, or NaN.
 */
export function ewmaCovariance(returns: Matrix, options: EwmaCovarianceOptions = {}): Matrix {
  const lambda = options.lambda ?? 0.94;
  assertInput(Number.isFinite(lambda) && lambda > 0 && lambda < 1, `lambda must be in (0, 1), got ${lambda}`);
  const t = returns.rows;
  const n = returns.cols;
  assertInput(t >= 1 && n >= 1, `returns must have at least one row and one column, got ${t}×${n}`);
  assertFinite(returns.data, 'returns');
  const norm = 1 - lambda ** t;
  // weight of row k (0-based, oldest first): (1 − λ) λ^{T−1−k} / (1 − λ^T)
  const weights = new Float64Array(t);
  for (let k = 0; k < t; k++) weights[k] = ((1 - lambda) * lambda ** (t - 1 - k)) / norm;
  const mean = new Float64Array(n);
  if (options.demean) {
    for (let k = 0; k < t; k++) for (let i = 0; i < n; i++) mean[i] = mean[i]! + weights[k]! * returns.data[k * n + i]!;
  }
  const out = matrix(n, n);
  const row = new Float64Array(n);
  for (let k = 0; k < t; k++) {
    const wk = weights[k]!;
    for (let i = 0; i < n; i++) row[i] = returns.data[k * n + i]! - mean[i]!;
    for (let i = 0; i < n; i++) {
      const a = wk * row[i]!;
      for (let j = i; j < n; j++) out.data[i * n + j] = out.data[i * n + j]! + a * row[j]!;
    }
  }
  symmetrizeUpper(out.data, n);
  return out;
}
