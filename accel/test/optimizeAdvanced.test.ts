import { describe, expect, test } from 'vitest';
import {
  AccelError,
  allocateDiscrete,
  blackLitterman,
  covariance,
  ewmaCovariance,
  fromRows,
  inverse,
  minimizeCvar,
  optimizeConstrained,
  optimizeMeanVariance,
  portfolioCvar,
  type Matrix,
} from '../src/index.ts';
import { recentReturns } from './fixtures.ts';

const mulVec = (a: Matrix, v: ArrayLike<number>): number[] => Array.from({ length: a.rows }, (_, i) => {
  let s = 0;
  for (let j = 0; j < a.cols; j++) s += a.data[i * a.cols + j]! * v[j]!;
  return s;
});
const sum = (v: ArrayLike<number>): number => Array.from(v).reduce((a, b) => a + b, 0);
const rejects = async (p: Promise<unknown>, code: string, message?: RegExp) => {
  const error = await p.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AccelError);
  expect((error as AccelError).code).toBe(code);
  if (message) expect((error as AccelError).message).toMatch(message);
};

describe('ewmaCovariance (RiskMetrics)', () => {
  test('λ = 0.5 on three rows: the recursion S_t = λS_{t−1} + (1 − λ)r_t r_tᵀ, over 1 − λ³', () => {
    // S₁ = ½[[1,0],[0,0]];  S₂ = ½S₁ + ½[[0,0],[0,1]] = [[¼,0],[0,½]];  S₃ = ½S₂ + ½[[1,1],[1,1]] = [[5/8,½],[½,¾]];
    // divided by 1 − ⅛ = 7/8: [[5/7, 4/7], [4/7, 6/7]].
    const c = ewmaCovariance(fromRows([[1, 0], [0, 1], [1, 1]]), { lambda: 0.5 });
    expect(Array.from(c.data)).toEqual([5 / 7, 4 / 7, 4 / 7, 6 / 7].map((v) => expect.closeTo(v, 14)));
  });

  test('default λ = 0.94 matches the recursion on real-looking returns, and a constant series gives its square', () => {
    const { returns } = recentReturns(300, 4);
    const n = returns.cols;
    const s = new Float64Array(n * n);
    for (let t = 0; t < returns.rows; t++) {
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s[i * n + j] = 0.94 * s[i * n + j]! + 0.06 * returns.data[t * n + i]! * returns.data[t * n + j]!;
    }
    const c = ewmaCovariance(returns);
    const norm = 1 - 0.94 ** returns.rows;
    c.data.forEach((v, k) => expect(v).toBeCloseTo(s[k]! / norm, 15));
    const flat = ewmaCovariance(fromRows([[0.01], [0.01], [0.01]]), { lambda: 0.9 });
    expect(flat.data[0]).toBeCloseTo(1e-4, 16);
    expect(ewmaCovariance(fromRows([[0.01], [0.01], [0.01]]), { lambda: 0.9, demean: true }).data[0]).toBeCloseTo(0, 16);
  });

  test('bad λ is BAD_INPUT', () => {
    expect(() => ewmaCovariance(fromRows([[1]]), { lambda: 1 })).toThrow(/lambda must be in \(0, 1\)/);
  });
});

describe('blackLitterman (He & Litterman 1999, Idzorek 2005)', () => {
  const cov = fromRows([[0.04, 0.01], [0.01, 0.09]]);
  const wm = [0.6, 0.4];

  test('no views: μ_BL = π = δΣw_mkt, Σ_BL = (1 + τ)Σ, and the unconstrained max-Sharpe portfolio is w_mkt', async () => {
    const r = blackLitterman({ covariance: cov, marketWeights: wm });
    // Σw = (0.028, 0.042); ×2.5
    expect(Array.from(r.equilibriumReturns)).toEqual([expect.closeTo(0.07, 15), expect.closeTo(0.105, 15)]);
    expect(Array.from(r.posteriorReturns)).toEqual(Array.from(r.equilibriumReturns));
    expect(Array.from(r.posteriorCovariance.data)).toEqual([0.042, 0.0105, 0.0105, 0.0945].map((v) => expect.closeTo(v, 15)));
    const w = await optimizeMeanVariance({ covariance: r.posteriorCovariance, expectedReturns: r.posteriorReturns, objective: { kind: 'maxSharpe' }, constraints: { longOnly: false } });
    expect(w.weights[0]).toBeCloseTo(0.6, 6);
    expect(w.weights[1]).toBeCloseTo(0.4, 6);
  });

  test('one absolute view, proportional Ω with confidence 1: the posterior halves the gap (hand-computed)', () => {
    // τΣp = (0.002, 0.0005), pτΣpᵀ = 0.002 = ω; μ_BL = π + (0.002, 0.0005)·(0.10 − 0.07)/0.004 = (0.085, 0.10875)
    // M = τΣ − (0.002, 0.0005)(0.002, 0.0005)ᵀ/0.004 = [[0.001, 0.00025], [0.00025, 0.0044375]]
    const r = blackLitterman({ covariance: cov, marketWeights: wm, views: [{ portfolio: [1, 0], expectedReturn: 0.1, confidence: 1 }], viewUncertainty: 'proportional' });
    expect(r.omega[0]).toBeCloseTo(0.002, 15);
    expect(r.posteriorReturns[0]).toBeCloseTo(0.085, 14);
    expect(r.posteriorReturns[1]).toBeCloseTo(0.10875, 14);
    expect(Array.from(r.posteriorCovariance.data)).toEqual([0.041, 0.01025, 0.01025, 0.0944375].map((v) => expect.closeTo(v, 14)));
  });

  test('Idzorek: a certain view holds exactly, and confidence C moves (δΣ)⁻¹μ_BL by C of the certain tilt', () => {
    const certain = blackLitterman({ covariance: cov, marketWeights: wm, views: [{ portfolio: [1, 0], expectedReturn: 0.1, confidence: 1 }] });
    expect(certain.omega[0]).toBe(0);
    // μ_BL = π + (0.002, 0.0005)·0.03/0.002 = (0.1, 0.1125)
    expect(certain.posteriorReturns[0]).toBeCloseTo(0.1, 14);
    expect(certain.posteriorReturns[1]).toBeCloseTo(0.1125, 14);
    const relative = blackLitterman({ covariance: cov, marketWeights: wm, views: [{ portfolio: [1, -1], expectedReturn: 0.02, confidence: 1 }] });
    expect(relative.posteriorReturns[0]! - relative.posteriorReturns[1]!).toBeCloseTo(0.02, 14);
    const inv = inverse(cov);
    const weightsOf = (mu: ArrayLike<number>) => mulVec(inv, mu).map((v) => v / 2.5);
    for (const view of [{ portfolio: [1, 0], expectedReturn: 0.1 }, { portfolio: [1, -1], expectedReturn: 0.02 }]) {
      const full = weightsOf(blackLitterman({ covariance: cov, marketWeights: wm, views: [{ ...view, confidence: 1 }] }).posteriorReturns);
      const part = weightsOf(blackLitterman({ covariance: cov, marketWeights: wm, views: [{ ...view, confidence: 0.3 }] }).posteriorReturns);
      for (let i = 0; i < 2; i++) expect(part[i]! - wm[i]!).toBeCloseTo(0.3 * (full[i]! - wm[i]!), 12);
    }
  });

  test('repeated certain views are SINGULAR; bad confidences are BAD_INPUT', () => {
    const view = { portfolio: [1, 0], expectedReturn: 0.1, confidence: 1 };
    expect(() => blackLitterman({ covariance: cov, marketWeights: wm, views: [view, view] })).toThrow(/linearly dependent/);
    expect(() => blackLitterman({ covariance: cov, marketWeights: wm, views: [{ ...view, confidence: 0 }] })).toThrow(/confidence must be in \(0, 1\]/);
    expect(() => blackLitterman({ covariance: cov, marketWeights: wm, tau: 0 })).toThrow(/tau must be > 0/);
  });
});

describe('minimizeCvar (Rockafellar & Uryasev 2000)', () => {
  // two scenarios, α = 0.5: (1 − α)T = 1, so CVaR is the worse of the two losses.
  // loss₁ = 0.06w − 0.02, loss₂ = 0.02 − 0.04w (w = weight of A); equal at w = 0.4, CVaR = 0.004.
  const scenarios = fromRows([[-0.04, 0.02], [0.02, -0.02]]);

  test('two scenarios: the minimax portfolio by hand', async () => {
    const r = await minimizeCvar({ scenarios, confidence: 0.5 });
    expect(r.weights[0]).toBeCloseTo(0.4, 9);
    expect(r.weights[1]).toBeCloseTo(0.6, 9);
    expect(r.cvar).toBeCloseTo(0.004, 12);
    expect(r.valueAtRisk).toBeCloseTo(0.004, 12);
  });

  test('a binding target return, and a binding turnover limit', async () => {
    // μ = (−0.01, 0): μᵀw ≥ −0.002 ⟺ w ≤ 0.2, CVaR = max(0.012 − 0.02, 0.02 − 0.008) = 0.012
    const target = await minimizeCvar({ scenarios, confidence: 0.5, targetReturn: -0.002 });
    expect(target.weights[0]).toBeCloseTo(0.2, 9);
    expect(target.cvar).toBeCloseTo(0.012, 12);
    expect(target.expectedReturn).toBeCloseTo(-0.002, 12);
    // from (1, 0), turnover 2(1 − w) ≤ 0.4 ⟺ w ≥ 0.8: CVaR = 0.048 − 0.02 = 0.028
    const turnover = await minimizeCvar({ scenarios, confidence: 0.5, turnover: { current: [1, 0], max: 0.4 } });
    expect(turnover.weights[0]).toBeCloseTo(0.8, 9);
    expect(turnover.cvar).toBeCloseTo(0.028, 12);
    expect(turnover.turnover).toBeCloseTo(0.4, 9);
  });

  test('on 250 scenarios with a fractional tail, no weight on a fine grid beats the LP, and the LP value equals portfolioCvar', async () => {
    const { returns } = recentReturns(250, 2);
    const r = await minimizeCvar({ scenarios: returns, confidence: 0.97 });
    const best = portfolioCvar(returns, r.weights, 0.97).cvar;
    expect(r.cvar).toBeCloseTo(best, 14);
    for (let k = 0; k <= 1000; k++) {
      const w = k / 1000;
      expect(portfolioCvar(returns, [w, 1 - w], 0.97).cvar).toBeGreaterThanOrEqual(best - 1e-12);
    }
  });

  test('portfolioCvar of four losses at α = 0.6: VaR is the 3rd smallest, CVaR averages the worst 1.6', () => {
    // losses (one asset, weight 1): 0.01, 0.03, −0.02, 0.05 → sorted −0.02, 0.01, 0.03, 0.05; ⌈2.4⌉ = 3rd → VaR 0.03
    // CVaR = 0.03 + (0.05 − 0.03)/1.6 = 0.0425 = (0.05 + 0.6·0.03)/1.6
    const r = portfolioCvar(fromRows([[-0.01], [-0.03], [0.02], [-0.05]]), [1], 0.6);
    expect(r.valueAtRisk).toBeCloseTo(0.03, 15);
    expect(r.cvar).toBeCloseTo(0.0425, 15);
  });

  test('infeasible and malformed inputs', async () => {
    await rejects(minimizeCvar({ scenarios, confidence: 0.5, targetReturn: 0.5 }), 'INFEASIBLE');
    await rejects(minimizeCvar({ scenarios, confidence: 1 }), 'BAD_INPUT', /confidence/);
  });
});

describe('optimizeConstrained: turnover, tracking error, utility', () => {
  const cov = fromRows([[0.04, 0], [0, 0.01]]);
  const mu = [0.1, 0.05];

  test('a binding turnover limit on min variance: from (1, 0) with T = 0.5, w = (0.75, 0.25)', async () => {
    // unconstrained min variance (0.2, 0.8); Σ|w − w₀| = 2(1 − w₁) ≤ 0.5 ⟹ w₁ ≥ 0.75
    const loose = await optimizeConstrained({ covariance: cov, objective: { kind: 'minVariance' }, turnover: { current: [1, 0], max: 2 } });
    expect(loose.weights[0]).toBeCloseTo(0.2, 6);
    const r = await optimizeConstrained({ covariance: cov, objective: { kind: 'minVariance' }, turnover: { current: [1, 0], max: 0.5 } });
    expect(r.weights[0]).toBeCloseTo(0.75, 8);
    expect(r.weights[1]).toBeCloseTo(0.25, 8);
    expect(r.turnover).toBeCloseTo(0.5, 8);
  });

  test('max Sharpe with turnover stays one QP and lands on the limit (tangency 1/3 is out of reach)', async () => {
    const r = await optimizeConstrained({ covariance: cov, expectedReturns: mu, objective: { kind: 'maxSharpe' }, turnover: { current: [1, 0], max: 0.5 } });
    expect(r.weights[0]).toBeCloseTo(0.75, 8);
    const free = await optimizeConstrained({ covariance: cov, expectedReturns: mu, objective: { kind: 'maxSharpe' }, turnover: { current: [1, 0], max: 2 } });
    expect(free.weights[0]).toBeCloseTo(1 / 3, 6);
  });

  test('target risk with turnover: the frontier point with σ = 0.09 (w₁ = (0.02 + √0.00002)/0.1), or the turnover edge', async () => {
    const r = await optimizeConstrained({ covariance: cov, expectedReturns: mu, objective: { kind: 'targetRisk', target: 0.09 }, turnover: { current: [0, 1], max: 0.6 } });
    expect(r.weights[0]).toBeCloseTo((0.02 + Math.sqrt(0.00002)) / 0.1, 7);
    expect(r.volatility).toBeCloseTo(0.09, 8);
    const edge = await optimizeConstrained({ covariance: cov, expectedReturns: mu, objective: { kind: 'targetRisk', target: 0.12 }, turnover: { current: [0, 1], max: 0.6 } });
    expect(edge.weights[0]).toBeCloseTo(0.3, 8);
  });

  test('max quadratic utility with shorts matches w = Σ⁻¹(μ − γ1)/δ with Σw = 1', async () => {
    const { returns } = recentReturns(400, 5);
    const c = covariance(returns);
    const m = [0.0004, 0.0002, -0.0001, 0.0003, 0.0001];
    const delta = 3;
    const r = await optimizeConstrained({ covariance: c, expectedReturns: m, objective: { kind: 'maxUtility', riskAversion: delta }, constraints: { longOnly: false } });
    const inv = inverse(c);
    const a = mulVec(inv, m);
    const b = mulVec(inv, new Array(5).fill(1));
    const gamma = (sum(a) - delta) / sum(b);
    r.weights.forEach((w, i) => expect(w).toBeCloseTo((a[i]! - gamma * b[i]!) / delta, 5));
  });

  test('min tracking error recovers a benchmark made of the assets, and respects a cap', async () => {
    const b = [0.3, 0.7];
    const bench = { covariances: mulVec(cov, b), variance: 0.04 * 0.09 + 0.01 * 0.49 };
    const r = await optimizeConstrained({ covariance: cov, objective: { kind: 'minTrackingError' }, benchmark: bench });
    expect(r.weights[0]).toBeCloseTo(0.3, 6);
    expect(r.trackingError).toBeCloseTo(0, 6);
    const capped = await optimizeConstrained({ covariance: cov, objective: { kind: 'minTrackingError' }, benchmark: bench, constraints: { upper: 0.6 } });
    expect(capped.weights[1]).toBeCloseTo(0.6, 8);
    expect(capped.trackingError).toBeCloseTo(Math.sqrt(0.04 * 0.01 + 0.01 * 0.01), 8);
  });

  test('a tracking-error cap on min variance and max Sharpe binds at 1 − w₁ = TE/√0.05 (benchmark = asset 1)', async () => {
    // TE(w) = (1 − w₁)·√(0.04 + 0.01); min variance w₁ = 0.2 and tangency w₁ = 1/3 both exceed 0.1
    const bench = { covariances: [0.04, 0], variance: 0.04 };
    const edge = 1 - 0.1 / Math.sqrt(0.05);
    for (const objective of [{ kind: 'minVariance' } as const, { kind: 'maxSharpe' } as const]) {
      const r = await optimizeConstrained({ covariance: cov, expectedReturns: mu, objective, benchmark: bench, maxTrackingError: 0.1 });
      expect(r.trackingError!).toBeLessThanOrEqual(0.1 * (1 + 1e-9));
      expect(r.trackingError!).toBeGreaterThan(0.1 * (1 - 1e-6));
      expect(r.weights[0]).toBeCloseTo(edge, 6);
      if (objective.kind === 'minVariance') expect(r.trackingErrorMultiplier).toBeGreaterThan(0);
    }
    // with unbounded shorts, max return alone is an unbounded LP; the tracking-error limit bounds it
    const short = await optimizeConstrained({ covariance: cov, expectedReturns: mu, objective: { kind: 'maxReturn' }, benchmark: bench, maxTrackingError: 0.1, constraints: { longOnly: false } });
    expect(short.trackingError!).toBeLessThanOrEqual(0.1 * (1 + 1e-9));
    expect(short.trackingError!).toBeGreaterThan(0.1 * (1 - 1e-6));
    // w − b = (w₁ − 1)·(1, −1), TE = |w₁ − 1|·√0.05 and μᵀw = 0.05 + 0.05w₁ rises with w₁: w₁ = 1 + 0.1/√0.05
    expect(short.weights[0]).toBeCloseTo(1 + 0.1 / Math.sqrt(0.05), 6);
    const slack = await optimizeConstrained({ covariance: cov, objective: { kind: 'minVariance' }, benchmark: bench, maxTrackingError: 0.5 });
    expect(slack.weights[0]).toBeCloseTo(0.2, 6);
    expect(slack.trackingErrorMultiplier).toBe(0);
    await rejects(optimizeConstrained({ covariance: cov, objective: { kind: 'minVariance' }, benchmark: bench, maxTrackingError: 0.1, constraints: { upper: 0.5 } }), 'INFEASIBLE', /tracking error/);
  });

  test('without turnover or tracking error, the four mean-variance objectives agree with optimizeMeanVariance', async () => {
    const { returns } = recentReturns(400, 6);
    const c = covariance(returns);
    const m = [0.0006, 0.0002, -0.0001, 0.0004, 0.0001, 0.0003];
    const constraints = { upper: 0.4, groups: [{ assets: [0, 1], max: 0.5 }, { assets: [2, 3], min: 0.2 }] };
    const objectives = [{ kind: 'minVariance' }, { kind: 'maxSharpe', riskFreeRate: 0.00005 }, { kind: 'targetReturn', target: 0.0003 }, { kind: 'targetRisk', target: 0.011 }] as const;
    for (const objective of objectives) {
      const r = await optimizeConstrained({ covariance: c, expectedReturns: m, objective, constraints });
      const s = await optimizeMeanVariance({ covariance: c, expectedReturns: m, objective, constraints });
      r.weights.forEach((w, i) => expect(w).toBeCloseTo(s.weights[i]!, 6));
      expect(r.sharpe).toBeCloseTo(s.sharpe, 6);
    }
  });

  test('the top of a frontier with shorts, where HiGHS fails at tolerances 1e-10, still solves', async () => {
    // min variance at a target return within 1e-12 of the best asset's: HiGHS' run at 1e-10 fails with status −1 here (solveQp retries)
    const c = fromRows([[0.0004567148659486453 / 2, 5.157270176829519e-5 / 2], [5.157270176829519e-5 / 2, 0.0006558623132864464 / 2]]);
    const m = [0.0003749093822343526, 0.0007066281111616363];
    const r = await optimizeConstrained({ covariance: c, expectedReturns: m, objective: { kind: 'targetReturn', target: 0.0007066281104550081 }, constraints: { longOnly: false } });
    expect(r.weights[1]).toBeCloseTo(1, 7);
    expect(r.expectedReturn).toBeGreaterThanOrEqual(0.0007066281104550081 - 1e-12);
  });

  test('min tracking error against a held asset: a degenerate vertex that makes HiGHS cycle at tight tolerances', async () => {
    const { returns } = recentReturns(200, 4);
    const c = covariance(returns);
    for (let j = 0; j < 4; j++) {
      const bench = { covariances: Array.from({ length: 4 }, (_, i) => c.data[i * 4 + j]!), variance: c.data[j * 4 + j]! };
      const r = await optimizeConstrained({ covariance: c, objective: { kind: 'minTrackingError' }, benchmark: bench });
      r.weights.forEach((w, i) => expect(w).toBeCloseTo(i === j ? 1 : 0, 6));
      expect(r.trackingError).toBeLessThan(1e-6);
    }
  });

  test('malformed input', async () => {
    await rejects(optimizeConstrained({ covariance: cov, objective: { kind: 'minVariance' }, turnover: { current: [1], max: 1 } }), 'BAD_INPUT', /turnover.current/);
    await rejects(optimizeConstrained({ covariance: cov, objective: { kind: 'minVariance' }, maxTrackingError: 0.1 }), 'BAD_INPUT', /needs benchmark/);
    await rejects(optimizeConstrained({ covariance: cov, objective: { kind: 'minVariance' }, turnover: { current: [1, 0], max: 0 }, constraints: { upper: 0.5 } }), 'INFEASIBLE');
  });
});

describe('allocateDiscrete (whole shares)', () => {
  test('three assets by hand: 5 × 100, 10 × 30, 28 × 7 of 1000, leftover 4', async () => {
    // targets 500, 300, 200: the first two are exact; 29 × 7 = 203 would overspend, so 28 × 7 = 196
    const r = await allocateDiscrete({ weights: [0.5, 0.3, 0.2], prices: [100, 30, 7], cash: 1000 });
    expect(Array.from(r.shares)).toEqual([5, 10, 28]);
    expect(r.leftover).toBeCloseTo(4, 12);
    expect(r.deviation).toBeCloseTo(4, 12);
    expect(r.method).toBe('mip');
  });

  test('the MIP beats the greedy rounding where it should: prices (30, 45), weights (0.6, 0.4), cash 100', async () => {
    // targets 60 and 40. Greedy: ⌊2⌋, ⌊0.89⌋ = (2, 0), 40 left buys no 45 share: deviation 0 + 40 = 40.
    // (1, 1) costs 75: deviation 30 + 5 = 35, the minimum over (0..3, 0..2).
    const greedy = await allocateDiscrete({ weights: [0.6, 0.4], prices: [30, 45], cash: 100, method: 'greedy' });
    expect(Array.from(greedy.shares)).toEqual([2, 0]);
    expect(greedy.deviation).toBeCloseTo(40, 12);
    const best = await allocateDiscrete({ weights: [0.6, 0.4], prices: [30, 45], cash: 100 });
    expect(Array.from(best.shares)).toEqual([1, 1]);
    expect(best.deviation).toBeCloseTo(35, 12);
    expect(best.leftover).toBeCloseTo(25, 12);
  });

  test('matches brute force on small random cases', async () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let k = 0; k < 15; k++) {
      const prices = [5 + 60 * rand(), 5 + 60 * rand(), 5 + 60 * rand()];
      const raw = [rand(), rand(), rand()];
      const weights = raw.map((v) => v / sum(raw));
      const cash = 100 + 200 * rand();
      const r = await allocateDiscrete({ weights, prices, cash });
      let best = Infinity;
      const m = prices.map((p) => Math.floor(cash / p));
      for (let a = 0; a <= m[0]!; a++) for (let b = 0; b <= m[1]!; b++) for (let c = 0; c <= m[2]!; c++) {
        const x = [a, b, c];
        if (sum(x.map((v, i) => v * prices[i]!)) > cash) continue;
        best = Math.min(best, sum(x.map((v, i) => Math.abs(weights[i]! * cash - v * prices[i]!))));
      }
      expect(r.deviation).toBeLessThanOrEqual(best * (1 + 1e-4) + 1e-9);
      expect(r.invested).toBeLessThanOrEqual(cash);
    }
  });

  test('bad input', async () => {
    await rejects(allocateDiscrete({ weights: [0.5, 0.5], prices: [10, 0], cash: 100 }), 'BAD_INPUT', /prices\[1\]/);
    await rejects(allocateDiscrete({ weights: [0.5, -0.1], prices: [10, 10], cash: 100 }), 'BAD_INPUT', /weights\[1\]/);
    await rejects(allocateDiscrete({ weights: [1], prices: [10], cash: 0 }), 'BAD_INPUT', /cash/);
  });
});
