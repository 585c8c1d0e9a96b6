import { AccelError, AccelErrorCode } from '../errors/AccelError.ts';
import { assertSquare, matrix, type Matrix } from './Matrix.ts';

export interface EigenResult {
  /** Eigenvalues, largest first. */
  values: Float64Array;
  /** Eigenvectors as columns, in the order of `values` (row-major N×N). */
  vectors: Matrix;
}

/**
 * Eigen-decomposition of a symmetric matrix by the cyclic Jacobi method
 * (Golub & Van Loan, "Matrix Computations", 8.5). O(N³) per sweep, usually
 * < 10 sweeps; accurate to working precision, fine for N up to a few hundred
 * (PCA of a book, nearest-PD repair). Only the symmetric part (A + Aᵀ)/2 is used.
 * @throws AccelError NOT_CONVERGED after 100 sweeps (not seen in practice).
 */
export function symmetricEigen(a: Matrix): EigenResult {
  assertSquare(a, 'symmetricEigen input');
  const n = a.rows;
  const A = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) A[i * n + j] = 0.5 * (a.data[i * n + j]! + a.data[j * n + i]!);
  const V = new Float64Array(n * n);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale += A[i]! * A[i]!;
  const tol = 1e-30 * Math.max(scale, 1e-300);
  let converged = false;
  for (let sweep = 0; sweep < 100 && !converged; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += A[p * n + q]! ** 2;
    if (off <= tol) {
      converged = true;
      break;
    }
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = A[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const app = A[p * n + p]!;
        const aqq = A[q * n + q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k * n + p]!;
          const akq = A[k * n + q]!;
          A[k * n + p] = c * akp - s * akq;
          A[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p * n + k]!;
          const aqk = A[q * n + k]!;
          A[p * n + k] = c * apk - s * aqk;
          A[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k * n + p]!;
          const vkq = V[k * n + q]!;
          V[k * n + p] = c * vkp - s * vkq;
          V[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  if (!converged) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += A[p * n + q]! ** 2;
    if (off > tol * 1e6) throw new AccelError(AccelErrorCode.NOT_CONVERGED, 'Jacobi eigen-decomposition did not converge in 100 sweeps; check the matrix for NaN or huge entries.');
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => A[y * n + y]! - A[x * n + x]!);
  const values = new Float64Array(n);
  const vectors = matrix(n, n);
  order.forEach((src, dst) => {
    values[dst] = A[src * n + src]!;
    for (let k = 0; k < n; k++) vectors.data[k * n + dst] = V[k * n + src]!;
  });
  return { values, vectors };
}
