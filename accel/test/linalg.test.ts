import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  AccelError, cholesky, correlation, covariance, createAccel, fromRows, identity, inverse, ledoitWolf, matmul, matrix, nearestPositiveDefinite, pca, solve, symmetricEigen, toRows, transpose,
  type Accel, type BackendName, type Matrix,
} from '../src/index.ts';
import { recentReturns } from './fixtures.ts';

function expectMatrixClose(a: Matrix, b: Matrix, tol: number): void {
  expect([a.rows, a.cols]).toEqual([b.rows, b.cols]);
  for (let i = 0; i < a.data.length; i++) expect(Math.abs(a.data[i]! - b.data[i]!)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b.data[i]!)));
}

describe('reference kernels', () => {
  test('matmul multiplies a 2×3 by a 3×2 matrix', () => {
    const c = matmul(fromRows([[1, 2, 3], [4, 5, 6]]), fromRows([[7, 8], [9, 10], [11, 12]]));
    expect(toRows(c)).toEqual([[58, 64], [139, 154]]);
  });

  test('covariance and correlation of a hand-computed 4×2 sample', () => {
    // x = [1,2,3,4], y = [2,4,5,9]: var x = 5/3, var y = 26/3, cov = 11/3
    const r = fromRows([[1, 2], [2, 4], [3, 5], [4, 9]]);
    const c = covariance(r);
    expect(c.data[0]).toBeCloseTo(5 / 3, 12);
    expect(c.data[3]).toBeCloseTo(26 / 3, 12);
    expect(c.data[1]).toBeCloseTo(11 / 3, 12);
    expect(c.data[2]).toBe(c.data[1]);
    expect(correlation(r).data[1]).toBeCloseTo(11 / Math.sqrt(5 * 26), 12);
  });

  test('covariance is symmetric positive semidefinite for any returns (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 3, max: 30 }), fc.integer({ min: 1, max: 1e6 }), (n, t, seed) => {
        let x = seed;
        const data = Float64Array.from({ length: t * n }, () => ((x = (Math.imul(x, 48271) >>> 0) % 2147483647) / 2147483647 - 0.5) * 0.1);
        const c = covariance(matrix(t, n, data));
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(c.data[i * n + j]).toBe(c.data[j * n + i]);
        const { values } = symmetricEigen(c);
        expect(values[n - 1]!).toBeGreaterThanOrEqual(-1e-12 * Math.max(values[0]!, 1e-30));
      }),
      { numRuns: 60 },
    );
  });

  test('Ledoit-Wolf matches the direct formula of the paper on real returns', () => {
    const { returns } = recentReturns(60, 20); // N = 20 close to T = 60: shrinkage matters
    const { covariance: shrunk, shrinkage, target } = ledoitWolf(returns);
    const t = returns.rows, n = returns.cols;
    const s = covariance(returns, { ddof: 0 });
    const mean = new Float64Array(n);
    for (let r = 0; r < t; r++) for (let j = 0; j < n; j++) mean[j] = mean[j]! + returns.data[r * n + j]! / t;
    let d2 = 0, b2 = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d2 += (s.data[i * n + j]! - (i === j ? target : 0)) ** 2;
    for (let r = 0; r < t; r++) {
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
        const xi = returns.data[r * n + i]! - mean[i]!, xj = returns.data[r * n + j]! - mean[j]!;
        b2 += (xi * xj - s.data[i * n + j]!) ** 2 / (t * t);
      }
    }
    expect(shrinkage).toBeCloseTo(Math.min(b2, d2) / d2, 10);
    expect(shrinkage).toBeGreaterThan(0);
    expect(shrinkage).toBeLessThan(1);
    expect(shrunk.data[1]).toBeCloseTo((1 - shrinkage) * s.data[1]!, 14);
    expect(() => cholesky(shrunk)).not.toThrow();
  });

  test('Cholesky factors a PD matrix, and names the failing pivot on a non-PD one', () => {
    const a = fromRows([[4, 12, -16], [12, 37, -43], [-16, -43, 98]]);
    expect(toRows(cholesky(a))).toEqual([[2, 0, 0], [6, 1, 0], [-8, 5, 3]]);
    try {
      cholesky(fromRows([[1, 2], [2, 1]]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AccelError);
      expect((e as AccelError).code).toBe('NOT_POSITIVE_DEFINITE');
      expect((e as AccelError).message).toMatch(/pivot 1 .*repair: true/);
    }
    expect(() => cholesky(fromRows([[1, 0.5], [0.4, 1]]))).toThrowError(/not symmetric/);
    expect(() => cholesky(fromRows([[1, Number.NaN], [Number.NaN, 1]]))).toThrowError(/non-finite/);
  });

  test('repair: true projects to the nearest PD matrix (Higham) before factoring', () => {
    const bad = fromRows([[1, 0.9, 0.2], [0.9, 1, 0.9], [0.2, 0.9, 1]]); // an impossible correlation matrix
    expect(() => cholesky(bad)).toThrow(AccelError);
    const l = cholesky(bad, { repair: true });
    const back = matmul(l, transpose(l));
    const fixed = nearestPositiveDefinite(bad);
    expectMatrixClose(back, fixed, 1e-10);
    expect(Math.abs(fixed.data[1]! - 0.9)).toBeLessThan(0.2);
  });

  test('solve and inverse on a known system; SINGULAR on a singular one', () => {
    const a = fromRows([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]);
    const x = solve(a, Float64Array.from([8, -11, -3]));
    expect(Array.from(x).map((v) => Math.round(v * 1e12) / 1e12)).toEqual([2, 3, -1]);
    expectMatrixClose(matmul(a, inverse(a)), identity(3), 1e-12);
    expect(() => inverse(fromRows([[1, 2], [2, 4]]))).toThrowError(expect.objectContaining({ code: 'SINGULAR' }));
  });

  test('PCA of real returns: components orthonormal, ratios sum to 1, first factor is the market', () => {
    const { returns } = recentReturns(500, 10);
    const p = pca({ returns, components: 10 });
    const ratio = Array.from(p.explainedVarianceRatio);
    expect(ratio.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 10);
    expect(ratio[0]).toBeGreaterThan(ratio[1]!);
    const gram = matmul(transpose(p.components), p.components);
    expectMatrixClose(gram, identity(10), 1e-10);
    // the market factor loads every stock with the same sign
    for (let i = 0; i < 10; i++) expect(p.components.data[i * 10]!).toBeGreaterThan(0);
    expect(p.scores?.rows).toBe(500);
  });
});

describe('routed linear algebra', () => {
  let accel: Accel;
  beforeAll(async () => {
    accel = await createAccel({ calibrate: 'never', backends: ['js', 'threads', 'onnx'], threads: 2 });
  });
  afterAll(async () => {
    await accel.close();
  });
  const backends: BackendName[] = ['js', 'threads', 'onnx'];
  for (const backend of backends) {
    describe(backend, () => {
      test('covariance of 2,520×20 real-like returns equals the reference', async () => {
        const { returns } = recentReturns(2520, 20);
        const ref = covariance(returns);
        expectMatrixClose(await accel.covariance(returns, { backend }), ref, 1e-12);
      });
      test('matmul equals the reference', async () => {
        const a = matrix(37, 23, Float64Array.from({ length: 37 * 23 }, (_, i) => Math.sin(i)));
        const b = matrix(23, 41, Float64Array.from({ length: 23 * 41 }, (_, i) => Math.cos(i)));
        expectMatrixClose(await accel.matmul(a, b, { backend }), matmul(a, b), 1e-12);
      });
    });
  }
});
