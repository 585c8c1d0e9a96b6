import { AccelError, AccelErrorCode, assertInput } from '../errors/AccelError.ts';
import { assertFinite, assertSquare, identity, matrix, type Matrix } from './Matrix.ts';

/**
 * Solves A·X = B by LU with partial pivoting (Golub & Van Loan 3.4). `b` may
 * be a vector (Float64Array) or a matrix of right-hand sides.
 * @throws AccelError SINGULAR when a pivot is ≤ 1e-13·max|A|: A has no inverse;
 *   drop collinear columns or regularise.
 */
export function solve(a: Matrix, b: Float64Array): Float64Array;
export function solve(a: Matrix, b: Matrix): Matrix;
export function solve(a: Matrix, b: Float64Array | Matrix): Float64Array | Matrix {
  assertSquare(a, 'solve: A');
  assertFinite(a.data, 'solve: A');
  const n = a.rows;
  const B = b instanceof Float64Array ? matrix(b.length, 1, Float64Array.from(b)) : matrix(b.rows, b.cols, Float64Array.from(b.data));
  assertInput(B.rows === n, `solve: B has ${B.rows} rows, expected ${n}`);
  const m = B.cols;
  const lu = Float64Array.from(a.data);
  let maxAbs = 0;
  for (let i = 0; i < n * n; i++) maxAbs = Math.max(maxAbs, Math.abs(lu[i]!));
  const tiny = 1e-13 * maxAbs;
  const X = B.data;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(lu[i * n + k]!) > Math.abs(lu[p * n + k]!)) p = i;
    if (!(Math.abs(lu[p * n + k]!) > tiny)) {
      throw new AccelError(AccelErrorCode.SINGULAR, `Matrix is singular (pivot ${k} ≈ 0); remove collinear rows/columns or regularise it.`);
    }
    if (p !== k) {
      for (let j = 0; j < n; j++) [lu[k * n + j], lu[p * n + j]] = [lu[p * n + j]!, lu[k * n + j]!];
      for (let j = 0; j < m; j++) [X[k * m + j], X[p * m + j]] = [X[p * m + j]!, X[k * m + j]!];
    }
    const pivot = lu[k * n + k]!;
    for (let i = k + 1; i < n; i++) {
      const f = lu[i * n + k]! / pivot;
      if (f === 0) continue;
      lu[i * n + k] = f;
      for (let j = k + 1; j < n; j++) lu[i * n + j] = lu[i * n + j]! - (f * lu[k * n + j]!);
      for (let j = 0; j < m; j++) X[i * m + j] = X[i * m + j]! - (f * X[k * m + j]!);
    }
  }
  for (let k = n - 1; k >= 0; k--) {
    const pivot = lu[k * n + k]!;
    for (let j = 0; j < m; j++) {
      let s = X[k * m + j]!;
      for (let i = k + 1; i < n; i++) s -= lu[k * n + i]! * X[i * m + j]!;
      X[k * m + j] = s / pivot;
    }
  }
  return b instanceof Float64Array ? X : B;
}

/** A⁻¹ via {@link solve} against the identity. Prefer `solve` when you only need A⁻¹·b. */
export function inverse(a: Matrix): Matrix {
  assertSquare(a, 'inverse input');
  return solve(a, identity(a.rows));
}
