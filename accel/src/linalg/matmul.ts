import { assertInput } from '../errors/AccelError.ts';
import { matrix, type Matrix } from './Matrix.ts';

/**
 * C = A·B, i-k-j loop order over row-major storage so the innermost loop
 * streams contiguous rows of B and C (cache friendly, no transposition).
 * `rowStart/rowEnd` restrict the output rows so the `threads` backend can
 * shard it.
 */
export function matmul(a: Matrix, b: Matrix, out?: Matrix, rowStart = 0, rowEnd = a.rows): Matrix {
  assertInput(a.cols === b.rows, `matmul shape mismatch: ${a.rows}×${a.cols} · ${b.rows}×${b.cols}`);
  const c = out ?? matrix(a.rows, b.cols);
  const n = a.cols;
  const m = b.cols;
  const A = a.data, B = b.data, C = c.data;
  for (let i = rowStart; i < rowEnd; i++) {
    const ci = i * m;
    C.fill(0, ci, ci + m);
    for (let k = 0; k < n; k++) {
      const aik = A[i * n + k]!;
      if (aik === 0) continue;
      const bk = k * m;
      for (let j = 0; j < m; j++) C[ci + j] = C[ci + j]! + (aik * B[bk + j]!);
    }
  }
  return c;
}

/** y = A·x. */
export function matvec(a: Matrix, x: Float64Array): Float64Array {
  assertInput(a.cols === x.length, `matvec shape mismatch: ${a.rows}×${a.cols} · ${x.length}`);
  const y = new Float64Array(a.rows);
  for (let i = 0; i < a.rows; i++) {
    let s = 0;
    for (let j = 0; j < a.cols; j++) s += a.data[i * a.cols + j]! * x[j]!;
    y[i] = s;
  }
  return y;
}
