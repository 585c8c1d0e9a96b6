import { createAccel, normCdf, type Accel } from '@nautilus/accel';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { predictMarginCall } from '../../../src/domain/prediction/predictMarginCall.ts';
import type { MarginCallPredictionInput, PredictionPosition } from '../../../src/domain/prediction/types.ts';

/**
 * P(a GBM with drift μ, volatility σ, started at S, touches the lower barrier B < S within T),
 * continuous monitoring, by the reflection principle (Shreve, "Stochastic Calculus for Finance II",
 * §7.3; Hull, "Options, Futures, and Other Derivatives", down-and-in barrier):
 *   ν = μ − σ²/2,  P = Φ((ln(B/S) − νT)/(σ√T)) + (B/S)^(2ν/σ²) · Φ((ln(B/S) + νT)/(σ√T)).
 */
function touchProbability(S: number, B: number, sigma: number, mu: number, T: number): number {
  const nu = mu - (sigma * sigma) / 2;
  const a = Math.log(B / S), st = sigma * Math.sqrt(T);
  return normCdf((a - nu * T) / st) + (B / S) ** ((2 * nu) / (sigma * sigma)) * normCdf((a + nu * T) / st);
}

/** Broadie, Glasserman & Kou (1997): monitoring every Δt ≈ continuous monitoring of B·exp(−β σ √Δt), β = −ζ(½)/√(2π) ≈ 0.5826. */
function discreteBarrier(B: number, sigma: number, dtYears: number): number {
  return B * Math.exp(-0.5826 * sigma * Math.sqrt(dtYears));
}

let accel: Accel;
beforeAll(async () => {
  accel = await createAccel({ backends: ['js', 'threads'], threads: 2, calibrate: 'never' });
});
afterAll(() => accel.close());
/** The prediction on accel's router (js or threads: bit-identical by construction). */
const predict = (input: MarginCallPredictionInput) => predictMarginCall(input, accel);

const stock = (over: Partial<PredictionPosition> = {}): PredictionPosition => ({
  instrumentId: 'A', quantity: 1000, multiplier: 1, price: 100, volatility: 0.6, maintenanceRate: 0.25, ...over,
});

// Long 1,000 × 100 = 100,000 on a 60,000 debit (Reg T account): equity = −60,000 + V, requirement = 0.25 V.
// Call when −60,000 + 0.75 V < 0, i.e. V < V* = 60,000 / 0.75 = 80,000, i.e. the price below B = 80.
const regT: MarginCallPredictionInput = { positions: [stock()], correlation: Float64Array.of(1), cash: -60_000, horizonDays: 21, paths: 40_000, seed: 1 };

describe('predictMarginCall: closed forms', () => {
  test('a single long stock: first-passage probability matches the reflection formula with the BGK barrier shift', async () => {
    const r = await predict(regT);
    // 21 days × 26 steps = 546 steps; Δt = 1/(26·252) year; T = 21/252 year.
    expect(r.steps).toBe(546);
    expect(r.paths).toBe(40_000);
    // B' = 80·exp(−0.5826·0.6·√(1/6552)) ≈ 79.655;  P_cont(B') ≈ 0.2114 (P_cont(80) ≈ 0.2205: discrete monitoring sees less)
    const expected = touchProbability(100, discreteBarrier(80, 0.6, 1 / (26 * 252)), 0.6, 0, 21 / 252);
    expect(expected).toBeCloseTo(0.2114, 3);
    expect(r.standardError).toBeGreaterThan(0);
    expect(r.standardError).toBeLessThan(0.003); // ≈ √(0.21·0.79/40,000) ≈ 0.002 before the antithetic gain
    expect(Math.abs(r.probability - expected)).toBeLessThanOrEqual(3 * r.standardError + 0.002);
    expect(r.probability).toBeLessThan(touchProbability(100, 80, 0.6, 0, 21 / 252));
    expect(r.expectedTimeToCallDays).toBeGreaterThan(0);
    expect(r.expectedTimeToCallDays).toBeLessThanOrEqual(21);
    expect(r.alreadyInCall).toBe(false);
    // distance: V*/V − 1 = 80,000 / 100,000 − 1 = −0.2
    expect(r.distanceToCall).toBeCloseTo(-0.2, 12);
  });

  test('with drift μ = 0.3 the same formula (ν = μ − σ²/2 = 0.12) still holds', async () => {
    const r = await predict({ ...regT, drift: 0.3, seed: 2 });
    // P_cont(B') ≈ 0.1751
    const expected = touchProbability(100, discreteBarrier(80, 0.6, 1 / (26 * 252)), 0.6, 0.3, 21 / 252);
    expect(expected).toBeCloseTo(0.1751, 3);
    expect(Math.abs(r.probability - expected)).toBeLessThanOrEqual(3 * r.standardError + 0.002);
  });

  test('distanceToCall by hand', async () => {
    const quick = { paths: 2, horizonDays: 1, stepsPerDay: 1, seed: 0 };
    // short 1,000 × 100 with 150,000 cash (proceeds + deposit), 30% short maintenance:
    //   equity 150,000 − 100,000(1 + d) = requirement 30,000(1 + d) → 1 + d = 150,000 / 130,000 → d = 20/130 ≈ +0.1538
    const short = await predict({ ...quick, positions: [stock({ quantity: -1000, maintenanceRate: 0.3 })], correlation: Float64Array.of(1), cash: 150_000 });
    expect(short.distanceToCall).toBeCloseTo(20 / 130, 12);
    // fixed requirement 7,500 on the Reg T long with a 50,000 debit: −57,500 + 75,000(1 + d) = 0 → d = −17,500/75,000 ≈ −0.2333
    const fixed = await predict({ ...quick, positions: [stock()], correlation: Float64Array.of(1), cash: -50_000, fixedRequirement: 7_500 });
    expect(fixed.distanceToCall).toBeCloseTo(-17_500 / 75_000, 12);
    // long with a 10,000 credit: 10,000 + 75,000(1 + d) = 0 → d = −1.1333 < −0.99: no call in range
    const safe = await predict({ ...quick, positions: [stock()], correlation: Float64Array.of(1), cash: 10_000 });
    expect(safe.distanceToCall).toBeNull();
    // no positions: nothing moves
    const flat = await predict({ ...quick, positions: [], correlation: new Float64Array(0), cash: 10 });
    expect(flat).toMatchObject({ probability: 0, distanceToCall: null, expectedTimeToCallDays: null, alreadyInCall: false });
  });

  test('already in call: probability 1, time 0, distance 0', async () => {
    // debit 80,000 on 100,000 long: equity 20,000 < requirement 25,000
    const r = await predict({ ...regT, cash: -80_000 });
    expect(r).toEqual({ probability: 1, standardError: 0, expectedTimeToCallDays: 0, distanceToCall: 0, alreadyInCall: true, paths: 40_000, steps: 546, computedWith: null });
  });
});

describe('predictMarginCall: behaviour', () => {
  test('same seed → same result; another seed → a different estimate', async () => {
    const a = await predict({ ...regT, paths: 2_000 });
    const b = await predict({ ...regT, paths: 2_000 });
    const c = await predict({ ...regT, paths: 2_000, seed: 99 });
    // Everything but the timing of the run.
    const estimate = ({ computedWith, ...rest }: typeof a) => ({ ...rest, backend: computedWith?.backend });
    expect(estimate(b)).toEqual(estimate(a));
    expect(c.probability).not.toBe(a.probability);
  });

  test('a hedged long/short pair (ρ = 0.99) is far safer than the naked long with the same 15,000 cushion', async () => {
    // naked: −60,000 + 0.75 × 100,000 = 15,000 of excess (the Reg T case above, P ≈ 0.21).
    // pair: long A and short B, 1,000 × 100 each, 10% requirement each (a portfolio-margin-like hedge rate):
    //   excess = 35,000 + 100,000 − 100,000 − 10,000 − 10,000 = 15,000.
    //   A uniform move needs d = 15,000 / 20,000 = +0.75 (W = 90,000 − 110,000 = −20,000); the spread
    //   S_A − S_B has volatility σ√(2(1 − ρ)) = 0.6·√0.02 ≈ 0.085, so over 21 days a call is rare.
    const pair = (rho: number): MarginCallPredictionInput => ({
      positions: [stock({ maintenanceRate: 0.1 }), stock({ instrumentId: 'B', quantity: -1000, maintenanceRate: 0.1 })],
      correlation: Float64Array.of(1, rho, rho, 1),
      cash: 35_000,
      horizonDays: 21,
      paths: 10_000,
      seed: 1,
    });
    const naked = await predict({ ...regT, paths: 10_000 });
    const hedged = await predict(pair(0.99));
    const unhedged = await predict(pair(0));
    expect(hedged.distanceToCall).toBeCloseTo(0.75, 12);
    expect(hedged.probability).toBeLessThan(naked.probability / 10);
    // the same two positions without correlation are two naked bets: far more likely to be called
    expect(unhedged.probability).toBeGreaterThan(naked.probability);
    expect(unhedged.probability).toBeGreaterThan(10 * hedged.probability);
  });

  test('a singular (ρ = 1) correlation is accepted; an indefinite one is rejected unless repaired', async () => {
    const positions = [stock(), stock({ instrumentId: 'B' }), stock({ instrumentId: 'C' })];
    const singular = Float64Array.of(1, 1, 0, 1, 1, 0, 0, 0, 1);
    await expect(predict({ positions, correlation: singular, cash: -200_000, paths: 200, seed: 3 })).resolves.toBeDefined();
    // ρ_AB = ρ_AC = 0.9 but ρ_BC = −0.9: v = (1, −1, −1) gives Av = (1 − 0.9 − 0.9, 0.9 − 1 + 0.9, 0.9 + 0.9 − 1)
    //   = (−0.8, 0.8, 0.8) = −0.8·v, an eigenvalue of −0.8 < 0: no set of returns has these correlations
    const indefinite = Float64Array.of(1, 0.9, 0.9, 0.9, 1, -0.9, 0.9, -0.9, 1);
    await expect(predict({ positions, correlation: indefinite, cash: -200_000, paths: 200, seed: 3 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'correlation', message: expect.stringMatching(/not positive semidefinite/) });
    await expect(predict({ positions, correlation: indefinite, cash: -200_000, paths: 200, seed: 3, repairCorrelation: true })).resolves.toBeDefined();
  });

  test('a comfortable 10-position account runs every path to the horizon (26 steps) and hits nothing', async () => {
    const n = 10;
    const correlation = new Float64Array(n * n).map((_, k) => (Math.floor(k / n) === k % n ? 1 : 0.3));
    const positions = Array.from({ length: n }, (_, i) => stock({ instrumentId: `I${i}`, quantity: i % 3 === 0 ? -100 : 200, price: 50 + i, volatility: 0.2 + 0.03 * i, maintenanceRate: i % 3 === 0 ? 0.3 : 0.25 }));
    // Speed is measured by npm run bench:margin, not asserted here.
    const r = await predict({ positions, correlation, cash: 100_000, paths: 10_000, seed: 5 });
    expect(r.steps).toBe(26);
    expect(r.paths).toBe(10_000);
    expect(r.probability).toBe(0);
    expect(r.expectedTimeToCallDays).toBeNull();
  });
});

describe('predictMarginCall: bad input', () => {
  const ok: MarginCallPredictionInput = { positions: [stock()], correlation: Float64Array.of(1), cash: 0, seed: 1 };
  test.each([
    ['positions[0].price', { ...ok, positions: [stock({ price: Number.NaN })] }],
    ['positions[0].volatility', { ...ok, positions: [stock({ volatility: -0.1 })] }],
    ['positions[0].multiplier', { ...ok, positions: [stock({ multiplier: 0 })] }],
    ['correlation', { ...ok, correlation: Float64Array.of(1, 0, 0) }],
    ['correlation', { ...ok, positions: [stock(), stock({ instrumentId: 'B' })], correlation: Float64Array.of(1, 0.5, 0.4, 1) }],
    ['correlation', { ...ok, correlation: Float64Array.of(0.9) }],
    ['correlation', { ...ok, correlation: Float64Array.of(Number.NaN) }],
    ['paths', { ...ok, paths: 0 }],
    ['paths', { ...ok, paths: -2 }],
    ['paths', { ...ok, paths: 3 }],
    ['horizonDays', { ...ok, horizonDays: 0 }],
    ['stepsPerDay', { ...ok, stepsPerDay: 2.5 }],
    ['seed', { ...ok, seed: -1 }],
    ['cash', { ...ok, cash: Number.POSITIVE_INFINITY }],
  ])('%s', async (field, input) => {
    await expect(predict(input)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field, message: expect.stringContaining(field) });
  });
});
