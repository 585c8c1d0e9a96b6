import { assertInput } from '../errors/AccelError.ts';
import { assertFinite, matrix, type Matrix } from './Matrix.ts';

export interface CovarianceOptions {
  /** Delta degrees of freedom: divide by T − ddof (default 1, the unbiased sample covariance). */
  ddof?: number;
}

/** Column means of a T×N matrix. */
export function columnMeans(x: Matrix): Float64Array {
  const mean = new Float64Array(x.cols);
  for (let t = 0; t < x.rows; t++) for (let j = 0; j < x.cols; j++) mean[j] = mean[j]! + (x.data[t * x.cols + j]!);
  for (let j = 0; j < x.cols; j++) mean[j] = mean[j]! / (x.rows);
  return mean;
}

/**
 * Sample covariance of T×N returns (rows = dates, columns = assets):
 * Σ = Xcᵀ·Xc/(T − ddof). Computes the upper triangle rows [rowStart, rowEnd)
 * of the N×N output (the `threads` backend shards rows) over centred data
 * `centred`; {@link covariance} does the whole job.
 */
export function covarianceRows(centred: Float64Array, t: number, n: number, divisor: number, out: Float64Array, rowStart: number, rowEnd: number): void {
  // accumulate row i of XcᵀXc as Σ_t x[t,i]·x[t,·]: streams contiguous rows of Xc
  for (let i = rowStart; i < rowEnd; i++) {
    const oi = i * n;
    out.fill(0, oi + i, oi + n);
    for (let r = 0; r < t; r++) {
      const base = r * n;
      const xi = centred[base + i]!;
      if (xi === 0) continue;
      for (let j = i; j < n; j++) out[oi + j] = out[oi + j]! + (xi * centred[base + j]!);
    }
    for (let j = i; j < n; j++) out[oi + j] = out[oi + j]! / (divisor);
  }
}

/** Mirrors the upper triangle into the lower one. */
export function symmetrizeUpper(out: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out[j * n + i] = out[i * n + j]!;
}

/** Subtracts column means; `out` may be a shared buffer. */
export function centre(x: Matrix, out: Float64Array = new Float64Array(x.data.length)): Float64Array {
  const mean = columnMeans(x);
  for (let t = 0; t < x.rows; t++) for (let j = 0; j < x.cols; j++) out[t * x.cols + j] = x.data[t * x.cols + j]! - mean[j]!;
  return out;
}

/**
 * Sample covariance of T×N returns. Rows are observations (dates), columns
 * variables (assets).
 * @throws AccelError BAD_INPUT when T ≤ ddof or the data has NaN/Infinity.
 */
export function covariance(returns: Matrix, options: CovarianceOptions = {}): Matrix {
  const ddof = options.ddof ?? 1;
  assertInput(returns.rows > ddof, `covariance needs more than ${ddof} rows (observations), got ${returns.rows}`);
  assertFinite(returns.data, 'returns');
  const n = returns.cols;
  const out = matrix(n, n);
  covarianceRows(centre(returns), returns.rows, n, returns.rows - ddof, out.data, 0, n);
  symmetrizeUpper(out.data, n);
  return out;
}

/** Correlation matrix from a covariance matrix (unit diagonal). Zero-variance columns give NaN rows. */
export function covarianceToCorrelation(cov: Matrix): Matrix {
  const n = cov.rows;
  const out = matrix(n, n);
  const sd = new Float64Array(n);
  for (let i = 0; i < n; i++) sd[i] = Math.sqrt(cov.data[i * n + i]!);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out.data[i * n + j] = i === j ? 1 : cov.data[i * n + j]! / (sd[i]! * sd[j]!);
  return out;
}

/** Pearson correlation of T×N returns. */
export function correlation(returns: Matrix): Matrix {
  return covarianceToCorrelation(covariance(returns));
}
