/**
 * Lower-triangular Cholesky factor L of a symmetric positive-definite matrix
 * (A = L·Lᵀ), used to turn independent normals into correlated shocks
 * (z = L·e has covariance A). Cholesky–Banachiewicz order, Golub & Van Loan,
 * "Matrix Computations" (4th ed.), Algorithm 4.2.1.
 *
 * @param matrix square, symmetric matrix as rows.
 * @returns L as a row-major n×n `Float64Array` (upper triangle zero).
 * @throws RangeError when the matrix is not square or not positive definite
 *   (a pivot ≤ 1e-12): a correlation matrix that fails here cannot drive the model.
 */
export function choleskyDecompose(matrix: readonly (readonly number[])[]): Float64Array {
  const n = matrix.length;
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = matrix[i];
    if (!row || row.length !== n) throw new RangeError(`choleskyDecompose: row ${i} has ${row?.length ?? 0} entries, expected ${n}`);
    for (let j = 0; j <= i; j++) {
      let sum = row[j] ?? 0;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      if (i === j) {
        if (!(sum > 1e-12)) throw new RangeError(`choleskyDecompose: matrix is not positive definite (pivot ${i} = ${sum})`);
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / l[j * n + j]!;
      }
    }
  }
  return l;
}
