import { AccelError, AccelErrorCode, assertInput } from '../errors/AccelError.ts';
import { assertFinite, assertSquare, matrix, type Matrix } from './Matrix.ts';
import { nearestPositiveDefinite } from './nearestPositiveDefinite.ts';

export interface CholeskyOptions {
  /**
   * When the matrix is not positive definite, replace it by the nearest
   * positive definite matrix ({@link nearestPositiveDefinite}) instead of
   * throwing. Default false: silently altering a covariance hides data bugs.
   */
  repair?: boolean;
}

/**
 * Lower-triangular L with A = L·Lᵀ (Cholesky–Banachiewicz; Golub & Van Loan
 * 4.2). Correlated normals are L·z, which is how the VaR simulator builds
 * correlated shocks.
 * @throws AccelError BAD_INPUT if A is not square, symmetric or finite.
 * @throws AccelError NOT_POSITIVE_DEFINITE at the first non-positive pivot,
 *   naming the row; fix the covariance (more observations than assets,
 *   shrinkage via `ledoitWolf`) or pass `repair: true`.
 */
export function cholesky(a: Matrix, options: CholeskyOptions = {}): Matrix {
  assertSquare(a, 'Cholesky input');
  assertFinite(a.data, 'Cholesky input');
  const n = a.rows;
  let maxAbs = 0;
  for (let i = 0; i < n * n; i++) maxAbs = Math.max(maxAbs, Math.abs(a.data[i]!));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.abs(a.data[i * n + j]! - a.data[j * n + i]!);
      assertInput(d <= 1e-10 * Math.max(maxAbs, 1e-300), `Cholesky input is not symmetric: entries (${i},${j}) and (${j},${i}) differ by ${d}`);
    }
  }
  try {
    return choleskyUnchecked(a);
  } catch (error) {
    if (options.repair && error instanceof AccelError && error.code === AccelErrorCode.NOT_POSITIVE_DEFINITE) {
      return choleskyUnchecked(nearestPositiveDefinite(a));
    }
    throw error;
  }
}

function choleskyUnchecked(a: Matrix): Matrix {
  const n = a.rows;
  const L = matrix(n, n);
  const A = a.data, l = L.data;
  let maxDiag = 0;
  for (let i = 0; i < n; i++) maxDiag = Math.max(maxDiag, A[i * n + i]!);
  const floor = 1e-14 * Math.max(maxDiag, 1e-300);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      if (i === j) {
        if (!(s > floor)) {
          throw new AccelError(
            AccelErrorCode.NOT_POSITIVE_DEFINITE,
            `Matrix is not positive definite: pivot ${i} is ${s.toExponential(3)} (≤ ${floor.toExponential(1)}). Use more observations than assets, shrink it with ledoitWolf(), or pass { repair: true }.`,
          );
        }
        l[i * n + i] = Math.sqrt(s);
      } else {
        l[i * n + j] = s / l[j * n + j]!;
      }
    }
  }
  return L;
}
