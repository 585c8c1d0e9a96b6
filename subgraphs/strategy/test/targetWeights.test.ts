import { describe, expect, it } from 'vitest';
import { ledoitWolf, matrix } from '@nautilus/accel/linalg';
import { inverseVolatilityWeights, riskParityWeights } from '../src/service/targetWeights.ts';
import { fixtureBars } from './domain/fixtures.ts';

/** The last `n` closes of real daily prices (../shared/fixtures/market). */
const closes = (symbol: string, n: number) => {
  const c = fixtureBars(symbol).close;
  return c.subarray(c.length - n);
};
const returnsMatrix = (windows: Float64Array[]) => {
  const t = windows[0]!.length - 1;
  const data = new Float64Array(t * windows.length);
  for (let i = 0; i < t; i++) windows.forEach((w, j) => (data[i * windows.length + j] = w[i + 1]! / w[i]! - 1));
  return matrix(t, windows.length, data);
};

describe("TARGET_WEIGHTS' optimizer: portfolio's RISK_PARITY method on the window (accel riskParity over Ledoit-Wolf)", () => {
  const symbols = ['AAPL', 'GOOG', 'JPM', 'XOM'];
  const windows = symbols.map((s) => closes(s, 253));

  it('gives long-only, fully invested weights whose risk contributions are equal under the shrunk covariance', () => {
    const w = Array.from(riskParityWeights(0, symbols, windows));
    expect(w.every((x) => x > 0)).toBe(true);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    const { covariance } = ledoitWolf(returnsMatrix(windows));
    const n = symbols.length;
    const marginal = w.map((_, i) => w.reduce((sum, wj, j) => sum + covariance.data[i * n + j]! * wj, 0));
    const contributions = w.map((wi, i) => wi * marginal[i]!);
    const total = contributions.reduce((a, b) => a + b, 0);
    for (const c of contributions) expect(c / total).toBeCloseTo(1 / n, 6);
    // Correlations matter: this is not the inverse-volatility answer.
    const naive = Array.from(inverseVolatilityWeights(0, symbols, windows));
    expect(Math.max(...w.map((x, i) => Math.abs(x - naive[i]!)))).toBeGreaterThan(1e-3);
    // Deterministic (a backtest is reproducible).
    expect(Array.from(riskParityWeights(0, symbols, windows))).toEqual(w);
  });

  it('gives a symbol whose window has a gap no weight and shares the budget among the rest', () => {
    const gapped = windows.map((w, i) => (i === 2 ? Float64Array.from(w, (x, t) => (t === 100 ? Number.NaN : x)) : w));
    const w = Array.from(riskParityWeights(0, symbols, gapped));
    expect(w[2]).toBe(0);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    const one = Array.from(riskParityWeights(0, ['AAPL'], [windows[0]!]));
    expect(one).toEqual([1]);
  });
});
