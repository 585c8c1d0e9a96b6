import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { covariance, hierarchicalRiskParity, inverse, ledoitWolf, matrix, optimizeMeanVariance, riskParity, type Matrix } from '../src/index.ts';
import { recentReturns } from './fixtures.ts';

const { returns } = recentReturns(750, 8);
const cov = covariance(returns);
const n = cov.rows;
// annualised-looking expected returns, some above and below zero
const mu = Float64Array.from({ length: n }, (_, i) => 0.0002 + 0.0001 * Math.sin(i + 1));

function invTimes(a: Matrix, v: ArrayLike<number>): Float64Array {
  const inv = inverse(a);
  return Float64Array.from({ length: a.rows }, (_, i) => {
    let s = 0;
    for (let j = 0; j < a.rows; j++) s += inv.data[i * a.rows + j]! * v[j]!;
    return s;
  });
}
const sum = (w: ArrayLike<number>): number => Array.from(w).reduce((s, v) => s + v, 0);
const ones = new Float64Array(n).fill(1);

describe('mean-variance (HiGHS QP)', () => {
  test('min variance with shorts allowed equals Σ⁻¹1 / 1ᵀΣ⁻¹1', async () => {
    const r = await optimizeMeanVariance({ covariance: cov, objective: { kind: 'minVariance' }, constraints: { longOnly: false } });
    const x = invTimes(cov, ones);
    const s = sum(x);
    r.weights.forEach((w, i) => expect(w).toBeCloseTo(x[i]! / s, 5));
  });

  test('max Sharpe with shorts allowed equals Σ⁻¹(μ − r_f) normalised (tangency portfolio)', async () => {
    const rf = 0.0001;
    const r = await optimizeMeanVariance({ covariance: cov, expectedReturns: mu, objective: { kind: 'maxSharpe', riskFreeRate: rf }, constraints: { longOnly: false } });
    const x = invTimes(cov, Array.from(mu, (m) => m - rf));
    const s = sum(x);
    r.weights.forEach((w, i) => expect(w).toBeCloseTo(x[i]! / s, 5));
    // no feasible portfolio has a higher Sharpe ratio: check against random perturbations
    for (let k = 0; k < 20; k++) {
      const w = Float64Array.from(r.weights, (v, i) => v + 0.01 * Math.sin(k * 7 + i));
      const adj = sum(w) - 1;
      w[0] = w[0]! - adj;
      let ret = 0, v = 0;
      for (let i = 0; i < n; i++) {
        ret += w[i]! * mu[i]!;
        for (let j = 0; j < n; j++) v += w[i]! * w[j]! * cov.data[i * n + j]!;
      }
      expect((ret - rf) / Math.sqrt(v)).toBeLessThanOrEqual(r.sharpe + 1e-9);
    }
  });

  test('target return with shorts allowed matches the two-fund closed form (Merton 1972)', async () => {
    const target = 0.00035;
    const r = await optimizeMeanVariance({ covariance: cov, expectedReturns: mu, objective: { kind: 'targetReturn', target }, constraints: { longOnly: false } });
    const a1 = invTimes(cov, ones), am = invTimes(cov, mu);
    const A = sum(a1), B = Array.from(am).reduce((s, v) => s + v, 0), C = Array.from(am).reduce((s, v, i) => s + v * mu[i]!, 0);
    const D = A * C - B * B;
    const lam = (C - B * target) / D, gam = (A * target - B) / D;
    r.weights.forEach((w, i) => expect(w).toBeCloseTo(lam * a1[i]! + gam * am[i]!, 5));
    expect(r.expectedReturn).toBeCloseTo(target, 9);
  });

  test('long-only max Sharpe with box and group constraints satisfies every constraint', async () => {
    const groups = [{ assets: [0, 1, 2], max: 0.3, name: 'tech' }, { assets: [5, 6, 7], min: 0.2 }];
    const r = await optimizeMeanVariance({ covariance: cov, expectedReturns: mu, objective: { kind: 'maxSharpe' }, constraints: { upper: 0.25, lower: 0.02, groups } });
    expect(sum(r.weights)).toBeCloseTo(1, 9);
    for (const w of r.weights) {
      expect(w).toBeGreaterThanOrEqual(0.02 - 1e-9);
      expect(w).toBeLessThanOrEqual(0.25 + 1e-9);
    }
    expect(r.weights[0]! + r.weights[1]! + r.weights[2]!).toBeLessThanOrEqual(0.3 + 1e-9);
    expect(r.weights[5]! + r.weights[6]! + r.weights[7]!).toBeGreaterThanOrEqual(0.2 - 1e-9);
  });

  test('target risk lands on the requested volatility and beats the min-variance return', async () => {
    const minVar = await optimizeMeanVariance({ covariance: cov, expectedReturns: mu, objective: { kind: 'minVariance' } });
    const target = minVar.volatility * 1.2;
    const r = await optimizeMeanVariance({ covariance: cov, expectedReturns: mu, objective: { kind: 'targetRisk', target } });
    expect(r.volatility).toBeLessThanOrEqual(target * (1 + 1e-9));
    expect(r.volatility).toBeGreaterThan(target * 0.999);
    expect(r.expectedReturn).toBeGreaterThan(minVar.expectedReturn);
  });

  test('impossible constraints fail with INFEASIBLE and say what to check', async () => {
    await expect(optimizeMeanVariance({ covariance: cov, objective: { kind: 'minVariance' }, constraints: { upper: 0.1 } })).rejects.toMatchObject({ code: 'INFEASIBLE', message: expect.stringMatching(/bounds, group limits and the budget/) });
    await expect(optimizeMeanVariance({ covariance: cov, expectedReturns: mu, objective: { kind: 'targetReturn', target: 1 } })).rejects.toMatchObject({ code: 'INFEASIBLE' });
    await expect(optimizeMeanVariance({ covariance: cov, expectedReturns: mu, objective: { kind: 'targetRisk', target: 1e-9 } })).rejects.toMatchObject({ code: 'INFEASIBLE' });
    await expect(optimizeMeanVariance({ covariance: cov, expectedReturns: mu.map(() => -1), objective: { kind: 'maxSharpe' } })).rejects.toMatchObject({ code: 'INFEASIBLE' });
  });

  test('long-only min-variance weights sum to the budget and stay non-negative (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 1e6 }), async (k, seed) => {
        let x = seed;
        const rnd = (): number => ((x = (Math.imul(x, 48271) >>> 0) % 2147483647) / 2147483647) - 0.5;
        const a = Float64Array.from({ length: k * k }, rnd);
        const c = matrix(k, k);
        for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) {
          let s = i === j ? 0.01 : 0;
          for (let m = 0; m < k; m++) s += a[i * k + m]! * a[j * k + m]!;
          c.data[i * k + j] = s;
        }
        const r = await optimizeMeanVariance({ covariance: c, objective: { kind: 'minVariance' } });
        expect(sum(r.weights)).toBeCloseTo(1, 8);
        for (const w of r.weights) expect(w).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 25 },
    );
  });
});

describe('risk parity (Spinu Newton)', () => {
  test('two assets: weights ∝ 1/σ whatever the correlation', () => {
    const c = matrix(2, 2, [0.04, -0.006, -0.006, 0.01]);
    const r = riskParity({ covariance: c });
    expect(r.weights[0]).toBeCloseTo(0.1 / (0.2 + 0.1), 10);
  });

  test('equal risk contributions on real (Ledoit-Wolf) covariance; custom budgets honoured', () => {
    const lw = ledoitWolf(returns).covariance;
    const r = riskParity({ covariance: lw });
    expect(sum(r.weights)).toBeCloseTo(1, 12);
    for (const rc of r.riskContributions) expect(rc).toBeCloseTo(1 / n, 9);
    const budgets = Array.from({ length: n }, (_, i) => i + 1);
    const b = riskParity({ covariance: lw, budgets });
    b.riskContributions.forEach((rc, i) => expect(rc).toBeCloseTo((i + 1) / sum(budgets), 9));
  });
});

describe('hierarchical risk parity', () => {
  test('two assets get inverse-variance weights', () => {
    const r = hierarchicalRiskParity({ covariance: matrix(2, 2, [0.04, 0.01, 0.01, 0.01]) });
    expect(r.weights[0]).toBeCloseTo(25 / 125, 12);
  });

  test('real covariance: long-only, sums to 1, every asset in the order once', () => {
    const r = hierarchicalRiskParity({ covariance: cov });
    expect(sum(r.weights)).toBeCloseTo(1, 12);
    for (const w of r.weights) expect(w).toBeGreaterThan(0);
    expect([...r.order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  test('block structure: two uncorrelated clusters of identical assets split 50/50', () => {
    const k = 4;
    const c = matrix(k, k);
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) c.data[i * k + j] = i === j ? 0.04 : Math.floor(i / 2) === Math.floor(j / 2) ? 0.03 : 0;
    const r = hierarchicalRiskParity({ covariance: c });
    expect(r.weights[0]! + r.weights[1]!).toBeCloseTo(0.5, 12);
    expect(Math.abs(r.order.indexOf(0) - r.order.indexOf(1))).toBe(1);
  });
});
