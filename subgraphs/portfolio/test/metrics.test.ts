import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccel, normCdf, type Accel } from '@nautilus/accel';
import { computeBenchmarkMetrics } from '../src/domain/computeBenchmarkMetrics.ts';
import { computeIrr } from '../src/domain/computeIrr.ts';
import { computeMaxDrawdown } from '../src/domain/computeMaxDrawdown.ts';
import { computeReturnMetrics } from '../src/domain/computeReturnMetrics.ts';
import { computeTimeWeightedReturns } from '../src/domain/computeTimeWeightedReturns.ts';
import { fromUnits, parseDecimal, toUnits } from '../src/domain/parseDecimal.ts';
import { estimateGoalProbability } from '../src/domain/estimateGoalProbability.ts';

describe('performance metrics against hand-computed cases', () => {
  it('computes total return, volatility, Sharpe and Sortino of four daily returns', () => {
    // r = [0.01, -0.02, 0.03, 0.00]: mean 0.005, sample var = (0.005² + 0.025² + 0.025² + 0.005²)/3 = 0.00043333
    const m = computeReturnMetrics({ returns: [0.01, -0.02, 0.03, 0] });
    expect(m.totalReturn).toBeCloseTo(1.01 * 0.98 * 1.03 * 1 - 1, 12);
    const sd = Math.sqrt(0.0013 / 3);
    expect(m.volatility).toBeCloseTo(sd * Math.sqrt(252), 12);
    expect(m.sharpe!).toBeCloseTo((0.005 / sd) * Math.sqrt(252), 10);
    // downside deviation = √(0.02²/4) = 0.01
    expect(m.sortino!).toBeCloseTo((0.005 / 0.01) * Math.sqrt(252), 10);
    expect(computeReturnMetrics({ returns: [0.01, 0.01] }).sharpe).toBeNull();
  });

  it('finds the largest peak-to-trough fall and its dates', () => {
    expect(computeMaxDrawdown([100, 120, 90, 130, 104, 140])).toEqual({ maxDrawdown: 0.25, peakIndex: 1, troughIndex: 2 });
    expect(computeMaxDrawdown([1, 2, 3])).toEqual({ maxDrawdown: 0, peakIndex: null, troughIndex: null });
  });

  it('neutralises a deposit in the time-weighted return', () => {
    // 100 → 110 (+10%), then a 50 deposit and 165 at the end of day 2: (165 − 50)/110 − 1 = 4.5454…%
    const r = computeTimeWeightedReturns({ values: [100, 110, 165], flows: [0, 0, 50] });
    expect(r[0]).toBeCloseTo(0.1, 12);
    expect(r[1]).toBeCloseTo(115 / 110 - 1, 12);
    expect(r.reduce((acc, x) => acc * (1 + x), 1) - 1).toBeCloseTo(0.15, 12);
  });

  it('solves the IRR of textbook cash flows', () => {
    // −100 now, +110 in a year: 10%.
    expect(computeIrr([{ years: 0, amount: -100 }, { years: 1, amount: 110 }])).toBeCloseTo(0.1, 9);
    // −100, −100 at 1y, +231 at 2y: 100(1+r)² + 100(1+r) = 231 → 1 + r = 1.1.
    expect(computeIrr([{ years: 0, amount: -100 }, { years: 1, amount: -100 }, { years: 2, amount: 231 }])).toBeCloseTo(0.1, 9);
    expect(computeIrr([{ years: 0, amount: 100 }])).toBeNull();
  });

  it('gives beta 2, zero tracking error… for a levered copy of the benchmark', () => {
    const benchmark = [0.01, -0.005, 0.02, -0.01];
    const m = computeBenchmarkMetrics({ returns: benchmark.map((b) => 2 * b), benchmark });
    expect(m.beta!).toBeCloseTo(2, 12);
    expect(m.alpha!).toBeCloseTo(0, 12);
    const same = computeBenchmarkMetrics({ returns: benchmark, benchmark });
    expect(same.trackingError).toBe(0);
    expect(same.informationRatio).toBeNull();
  });
});

describe('decimal inputs', () => {
  it('keeps what the client typed and refuses silent rounding', () => {
    expect(parseDecimal(0.1, { field: 'x', sign: 'positive' })).toBe('0.1');
    expect(parseDecimal(1e-7, { field: 'x', sign: 'positive' })).toBe('0.0000001');
    expect(() => parseDecimal(1e-11, { field: 'q', sign: 'positive' })).toThrow('q: must have at most 10 decimal places, got 1e-11');
    expect(() => parseDecimal(-5, { field: 'input.trades[2].quantity', sign: 'positive' })).toThrow('input.trades[2].quantity: must be positive, got -5');
    expect(fromUnits(toUnits('10.25') - toUnits('0.0000000001'))).toBe('10.2499999999');
  });
});

describe('goal probability (GBM Monte Carlo on accel\'s router, as a digital call)', () => {
  const base = { currentValue: 1_000_000, drift: 0.06, volatility: 0.15, years: 10, paths: 40_000, seed: 7 };
  let accel: Accel;
  beforeAll(async () => {
    accel = await createAccel({ backends: ['js', 'threads'], threads: 2, calibrate: 'never' });
  });
  afterAll(() => accel.close());

  it('matches the closed form within 4 standard errors, is reproducible, and names the backend that ran', async () => {
    const target = 1_500_000;
    const { probability, standardError, computedWith } = await estimateGoalProbability(accel, { ...base, target });
    const exact = normCdf((Math.log(base.currentValue / target) + (base.drift - base.volatility ** 2 / 2) * base.years) / (base.volatility * Math.sqrt(base.years)));
    expect(Math.abs(probability - exact)).toBeLessThan(4 * standardError);
    expect(standardError).toBeGreaterThan(0);
    expect((await estimateGoalProbability(accel, { ...base, target })).probability).toBe(probability);
    expect(computedWith).toMatchObject({ paths: 40_000 });
    expect(['js', 'threads']).toContain(computedWith!.backend);
  });

  it('gives the same estimate on the js and threads backends (same seed, same blocks)', async () => {
    const target = 2_000_000;
    const on = (backend: 'js' | 'threads') =>
      estimateGoalProbability({ priceOption: (spec, options) => accel.priceOption(spec, { ...options, backend }) }, { ...base, target });
    const [js, threads] = await Promise.all([on('js'), on('threads')]);
    expect(threads.probability).toBe(js.probability);
    expect(js.computedWith!.backend).toBe('js');
    expect(threads.computedWith!.backend).toBe('threads');
  });

  it('falls as the target rises, and needs no simulation without time or risk', async () => {
    const probabilities: number[] = [];
    for (const target of [1_200_000, 1_800_000, 2_500_000, 4_000_000]) probabilities.push((await estimateGoalProbability(accel, { ...base, target })).probability);
    for (let i = 1; i < probabilities.length; i++) expect(probabilities[i]!).toBeLessThan(probabilities[i - 1]!);
    expect(await estimateGoalProbability(accel, { ...base, years: 0, target: 900_000 })).toEqual({ probability: 1, standardError: 0, computedWith: null });
    expect(await estimateGoalProbability(accel, { ...base, volatility: 0, target: 2_000_000 })).toEqual({ probability: 0, standardError: 0, computedWith: null });
  });
});
