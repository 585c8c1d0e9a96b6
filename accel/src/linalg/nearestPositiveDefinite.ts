import { assertSquare, matrix, type Matrix } from './Matrix.ts';
import { symmetricEigen } from './symmetricEigen.ts';

/**
 * Nearest symmetric positive definite matrix in the Frobenius norm (Higham
 * 1988, "Computing a nearest symmetric positive semidefinite matrix"):
 * symmetrise, eigen-decompose, lift eigenvalues below `epsilon`·λ_max to that
 * floor, recompose. The floor keeps the result strictly PD so Cholesky works.
 */
export function nearestPositiveDefinite(a: Matrix, epsilon = 1e-10): Matrix {
  assertSquare(a, 'nearestPositiveDefinite input');
  const n = a.rows;
  const { values, vectors } = symmetricEigen(a);
  const floor = Math.max(epsilon * Math.max(Math.abs(values[0] ?? 0), 1e-300), 1e-300);
  const out = matrix(n, n);
  const V = vectors.data;
  for (let k = 0; k < n; k++) {
    const lam = Math.max(values[k]!, floor);
    for (let i = 0; i < n; i++) {
      const vik = V[i * n + k]! * lam;
      if (vik === 0) continue;
      for (let j = 0; j < n; j++) out.data[i * n + j] = out.data[i * n + j]! + (vik * V[j * n + k]!);
    }
  }
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    const m = 0.5 * (out.data[i * n + j]! + out.data[j * n + i]!);
    out.data[i * n + j] = m;
    out.data[j * n + i] = m;
  }
  return out;
}
