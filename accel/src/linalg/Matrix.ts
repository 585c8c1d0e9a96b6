import { assertInput } from '../errors/AccelError.ts';

/**
 * A dense row-major matrix over a Float64Array. `data` may live on a
 * SharedArrayBuffer (see {@link allocShared}); the `threads` backend then
 * reads it without copying.
 */
export interface Matrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

/** Wraps (or allocates) a row-major matrix; throws `BAD_INPUT` when the length does not match. */
export function matrix(rows: number, cols: number, data?: Float64Array | ArrayLike<number>): Matrix {
  assertInput(Number.isInteger(rows) && rows >= 0 && Number.isInteger(cols) && cols >= 0, `bad matrix shape ${rows}×${cols}`);
  const d = data === undefined ? new Float64Array(rows * cols) : data instanceof Float64Array ? data : Float64Array.from(data);
  assertInput(d.length === rows * cols, `matrix data has length ${d.length}, expected ${rows}×${cols} = ${rows * cols}`);
  return { rows, cols, data: d };
}

/** Builds a matrix from nested arrays (rows of equal length). */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0]!.length;
  const m = matrix(r, c);
  rows.forEach((row, i) => {
    assertInput(row.length === c, `row ${i} has ${row.length} entries, expected ${c}`);
    m.data.set(row, i * c);
  });
  return m;
}

/** Nested-array copy, for tests and JSON. */
export function toRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

/** A Float64Array on a SharedArrayBuffer, so worker threads can read/write it in place. */
export function allocShared(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(length * 8));
}

/** The same numbers on a SharedArrayBuffer; returns `a` itself when it is already shared. */
export function toShared(a: Float64Array): Float64Array {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const s = allocShared(a.length);
  s.set(a);
  return s;
}

export function identity(n: number): Matrix {
  const m = matrix(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

export function transpose(a: Matrix): Matrix {
  const t = matrix(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) t.data[j * a.rows + i] = a.data[i * a.cols + j]!;
  return t;
}

export function assertSquare(a: Matrix, what: string): void {
  assertInput(a.rows === a.cols, `${what} must be square, got ${a.rows}×${a.cols}`);
}

/** Throws `BAD_INPUT` at the first NaN/Infinity, naming its index. */
export function assertFinite(a: Float64Array, what: string): void {
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i]!)) assertInput(false, `${what} contains a non-finite value (${a[i]}) at index ${i}; fill or drop missing data first`);
  }
}
