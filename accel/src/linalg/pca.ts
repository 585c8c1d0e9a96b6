import { assertInput } from '../errors/AccelError.ts';
import { covariance } from './covariance.ts';
import { matrix, type Matrix } from './Matrix.ts';
import { symmetricEigen } from './symmetricEigen.ts';

export interface PcaResult {
  /** N×k loadings, one unit-length component per column, largest variance first; sign fixed so the largest entry is positive. */
  components: Matrix;
  /** Variance along each component (eigenvalues). */
  explainedVariance: Float64Array;
  /** Share of total variance per component. */
  explainedVarianceRatio: Float64Array;
  /** T×k scores (centred returns projected on the components); only when `returns` were given. */
  scores?: Matrix;
}

/**
 * Principal components of T×N returns (or of a given covariance): eigenvectors
 * of the covariance, largest first. Typical use: statistical risk factors, or
 * checking how many factors drive a book.
 */
export function pca(input: { returns: Matrix; components?: number } | { covariance: Matrix; components?: number }): PcaResult {
  const cov = 'returns' in input ? covariance(input.returns) : input.covariance;
  const n = cov.rows;
  const k = input.components ?? n;
  assertInput(Number.isInteger(k) && k >= 1 && k <= n, `components must be in [1, ${n}], got ${k}`);
  const { values, vectors } = symmetricEigen(cov);
  let total = 0;
  for (let i = 0; i < n; i++) total += Math.max(values[i]!, 0);
  const components = matrix(n, k);
  for (let c = 0; c < k; c++) {
    let big = 0;
    for (let i = 0; i < n; i++) if (Math.abs(vectors.data[i * n + c]!) > Math.abs(big)) big = vectors.data[i * n + c]!;
    const sign = big < 0 ? -1 : 1;
    for (let i = 0; i < n; i++) components.data[i * k + c] = sign * vectors.data[i * n + c]!;
  }
  const explainedVariance = values.slice(0, k);
  const explainedVarianceRatio = explainedVariance.map((v) => v / total);
  const result: PcaResult = { components, explainedVariance, explainedVarianceRatio };
  if ('returns' in input) {
    const x = input.returns;
    const mean = new Float64Array(n);
    for (let t = 0; t < x.rows; t++) for (let j = 0; j < n; j++) mean[j] = mean[j]! + (x.data[t * n + j]! / x.rows);
    const scores = matrix(x.rows, k);
    for (let t = 0; t < x.rows; t++) for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += (x.data[t * n + j]! - mean[j]!) * components.data[j * k + c]!;
      scores.data[t * k + c] = s;
    }
    result.scores = scores;
  }
  return result;
}
