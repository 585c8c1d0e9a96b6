import { cholesky, fromRows } from '@nautilus/accel/linalg';

/**
 * Lower-triangular Cholesky factor L of a symmetric positive-definite matrix
 * (A = L·Lᵀ), used to turn independent normals into correlated shocks
 * (z = L·e has covariance A). A thin adapter over accel's `cholesky` for the
 * simulator's row arrays.
 *
 * @param matrix square, symmetric matrix as rows.
 * @returns L as a row-major n×n `Float64Array` (upper triangle zero).
 * @throws AccelError (`NOT_POSITIVE_DEFINITE`, `BAD_INPUT`) when the matrix is
 *   not square or not positive definite: such a correlation matrix cannot drive the model.
 */
export function choleskyDecompose(matrix: readonly (readonly number[])[]): Float64Array {
  return cholesky(fromRows(matrix)).data;
}
