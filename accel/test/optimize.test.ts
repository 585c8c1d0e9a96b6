import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AccelError, cholesky, covariance, createRng, hierarchicalRiskParity, inverse, ledoitWolf, matrix, optimizeMeanVariance, riskParity, type Matrix } from '../src/index.ts';
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

  /** max_i |RC_i − b_i| / b_i, with b the budgets normalised to sum to 1 (equal when undefined). */
  const rcError = (r: { riskContributions: Float64Array }, budgets?: ArrayLike<number>): number => {
    const k = r.riskContributions.length;
    const total = budgets ? sum(budgets) : k;
    let e = 0;
    for (let i = 0; i < k; i++) {
      const b = budgets ? budgets[i]! / total : 1 / k;
      e = Math.max(e, Math.abs(r.riskContributions[i]! - b) / b);
    }
    return e;
  };

  // Σ = D R D for daily vols D (SPY, AAPL, MSFT, JPM, XOM, GLD, BTCUSD) and correlations R like the seeded
  // "Holdings Core Equity" book: equities 0.5–0.8 among themselves, gold and bitcoin loosely tied to everything
  const coreVols = [0.011, 0.018, 0.017, 0.016, 0.02, 0.009, 0.04];
  const coreCorrelations = [
    [1, 0.75, 0.78, 0.7, 0.5, 0.1, 0.3],
    [0.75, 1, 0.8, 0.5, 0.3, 0.1, 0.3],
    [0.78, 0.8, 1, 0.5, 0.3, 0.1, 0.3],
    [0.7, 0.5, 0.5, 1, 0.5, 0.1, 0.2],
    [0.5, 0.3, 0.3, 0.5, 1, 0.2, 0.15],
    [0.1, 0.1, 0.1, 0.1, 0.2, 1, 0.15],
    [0.3, 0.3, 0.3, 0.2, 0.15, 0.15, 1],
  ];
  /** Ledoit-Wolf covariance of `days` daily returns simulated (seeded) from Σ = D R D. */
  const simulatedLedoitWolf = (vols: number[], correlations: number[][], days: number, seed: number): Matrix => {
    const k = vols.length;
    const c = matrix(k, k);
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) c.data[i * k + j] = correlations[i]![j]! * vols[i]! * vols[j]!;
    const l = cholesky(c).data;
    const rng = createRng(seed);
    const z = new Float64Array(k);
    const r = matrix(days, k);
    for (let t = 0; t < days; t++) {
      rng.fillNormal(z);
      for (let i = 0; i < k; i++) {
        let s = 0.0003;
        for (let m = 0; m <= i; m++) s += l[i * k + m]! * z[m]!;
        r.data[t * k + i] = s;
      }
    }
    return ledoitWolf(r).covariance;
  };

  test('regression: a Ledoit-Wolf covariance of stocks, gold and bitcoin that stalled the old Newton loop', () => {
    // simulatedLedoitWolf(coreVols, coreCorrelations, 252, 4), written out: the old solver's gradient test
    // (absolute 1e-14) sat below the rounding floor and its line search halved the step to nothing, so it
    // threw "did not converge in 100 steps" (as it did for ~12% of such seeds)
    const lw = matrix(7, 7, [
      0.0001230323397056911, 0.00014432311167492408, 0.00013701402192101944, 0.00013894374551441855, 0.00009713953129536712, 0.00000825511347948384, 0.00011380776851112681,
      0.00014432311167492408, 0.000331600883345033, 0.0002536400593005894, 0.00016107166571855726, 0.00008436801929355714, 0.00002416482505298359, 0.00018596598980058314,
      0.00013701402192101944, 0.0002536400593005894, 0.0002874484966771887, 0.00015534004455986804, 0.00008773709445680456, 0.000008793006443722182, 0.00018852560621930535,
      0.00013894374551441855, 0.00016107166571855726, 0.00015534004455986804, 0.000318784250340704, 0.00016754304125628707, 0.000008395892497660888, 0.00013409728428525006,
      0.00009713953129536712, 0.00008436801929355714, 0.00008773709445680456, 0.00016754304125628707, 0.0003478390396573186, 0.000035873752829837796, 0.0001114189362269617,
      0.00000825511347948384, 0.00002416482505298359, 0.000008793006443722182, 0.000008395892497660888, 0.000035873752829837796, 0.00009599647533986715, 0.00002116363923031535,
      0.00011380776851112681, 0.00018596598980058314, 0.00018852560621930535, 0.00013409728428525006, 0.0001114189362269617, 0.00002116363923031535, 0.001679386735676029,
    ]);
    const r = riskParity({ covariance: lw });
    expect(sum(r.weights)).toBeCloseTo(1, 14);
    for (const w of r.weights) expect(w).toBeGreaterThan(0);
    expect(rcError(r)).toBeLessThan(1e-12);
    expect(r.iterations).toBeLessThan(20);
    // bitcoin, four times as volatile as the rest, gets the smallest weight
    expect(Math.min(...r.weights)).toBe(r.weights[6]);
    const budgets = [3, 2, 2, 1, 1, 1, 0.5];
    expect(rcError(riskParity({ covariance: lw, budgets, budget: 2 }), budgets)).toBeLessThan(1e-12);
  });

  test('regression: every seed of the simulated core book converges (the old loop failed 19 of the first 200)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = riskParity({ covariance: simulatedLedoitWolf(coreVols, coreCorrelations, 252, seed) });
      expect(rcError(r)).toBeLessThan(1e-12);
    }
  });

  test('equal risk contributions to 1e-8 on random, badly scaled and near-singular covariances (property)', () => {
    const kinds = ['sample', 'scaled', 'factor', 'duplicate'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom(...kinds), fc.boolean(), (seed, kind, withBudgets) => {
        const rng = createRng(seed);
        const u = (): number => rng.nextFloat();
        const k = 2 + Math.floor(u() * 14);
        let c: Matrix;
        if (kind === 'sample') {
          // Ledoit-Wolf of simulated returns: vols 0.8%–4%, one-factor correlations 0.1–0.8
          const vols = Array.from({ length: k }, () => 0.008 + 0.032 * u());
          const beta = Array.from({ length: k }, () => Math.sqrt(0.1 + 0.7 * u()));
          const corr = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : beta[i]! * beta[j]!)));
          c = simulatedLedoitWolf(vols, corr, 60 + Math.floor(u() * 400), seed);
        } else {
          // Σ = A Aᵀ / f + ridge·I: random-sign loadings with a moderate ridge, or positive loadings (an equity
          // market) with few factors and a ridge down to 1e-12 (near-singular, condition numbers up to ~1e13)
          const positive = kind !== 'scaled';
          const f = positive ? 1 + Math.floor(u() * 3) : k + 3;
          const a = Float64Array.from({ length: k * f }, () => (positive ? 0.1 + Math.abs(rng.nextNormal()) : rng.nextNormal()));
          const ridge = positive ? 10 ** (-12 + 10 * u()) : 0.01;
          c = matrix(k, k);
          for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) {
            let s = i === j ? ridge : 0;
            for (let m = 0; m < f; m++) s += (a[i * f + m]! * a[j * f + m]!) / f;
            c.data[i * k + j] = s;
          }
          if (kind === 'duplicate') {
            // asset 1 is 3 × asset 0: correlation exactly 1, Σ singular (risk parity still exists)
            for (let j = 0; j < k; j++) c.data[k + j] = c.data[j * k + 1] = 3 * c.data[j]!;
            c.data[k + 1] = 9 * c.data[0]!;
          }
          // vols from 0.1% to 10%, and asset 0 with 50× the variance of asset 1 (or the reverse)
          const vol = Array.from({ length: k }, () => 10 ** (-3 + 2 * u()));
          if (kind === 'scaled') {
            const [big, small] = u() < 0.5 ? [0, 1] : [1, 0];
            vol[big] = vol[small]! * Math.sqrt(50);
          }
          for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) c.data[i * k + j] = c.data[i * k + j]! * vol[i]! * vol[j]!;
        }
        const budgets = withBudgets ? Array.from({ length: k }, () => 0.05 + u()) : undefined;
        const r = riskParity({ covariance: c, ...(budgets ? { budgets } : {}) });
        expect(sum(r.weights)).toBeCloseTo(1, 12);
        for (const w of r.weights) expect(w).toBeGreaterThan(0);
        expect(rcError(r, budgets)).toBeLessThan(1e-8);
      }),
      { numRuns: 400, seed: 20130101 },
    );
  });

  test('variances 1e6 apart and tiny or huge covariance scales give the same answer', () => {
    const base = simulatedLedoitWolf(coreVols, coreCorrelations, 252, 7);
    const reference = riskParity({ covariance: base }).weights;
    for (const scale of [1e-12, 1e8]) {
      const r = riskParity({ covariance: matrix(7, 7, base.data.map((v) => v * scale)) });
      r.weights.forEach((w, i) => expect(w).toBeCloseTo(reference[i]!, 12));
    }
    // asset 0 in cents-squared (variance × 1e6): x scales by 1e-3, and so its weight before renormalising
    const d = Float64Array.from({ length: 7 }, (_, i) => (i === 0 ? 1e3 : 1));
    const r = riskParity({ covariance: matrix(7, 7, base.data.map((v, ij) => v * d[Math.floor(ij / 7)]! * d[ij % 7]!)) });
    expect(rcError(r)).toBeLessThan(1e-12);
  });

  test('no risk-parity portfolio when a long-only portfolio has zero variance: a clear error, not a hang', () => {
    // two assets with correlation −1: ½(a, b) hedges perfectly, every risk contribution is 0/0
    const error = (() => {
      try {
        riskParity({ covariance: matrix(2, 2, [0.04, -0.02, -0.02, 0.01]) });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AccelError);
    expect((error as AccelError).code).toBe('NOT_CONVERGED');
    expect((error as AccelError).message).toMatch(/risk parity.*zero variance/);
    expect(() => riskParity({ covariance: matrix(2, 2, [0.04, 0, 0, 0.01]), budget: 0 })).toThrow(/budget must be/);
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
