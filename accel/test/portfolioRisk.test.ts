import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { covariance, createAccel, fromRows, matrix, normInv, normPdf, type Accel, type BackendName } from '../src/index.ts';
import { recentReturns } from './fixtures.ts';

let accel: Accel;
beforeAll(async () => {
  accel = await createAccel({ calibrate: 'never', backends: ['js', 'threads'], threads: 2 });
});
afterAll(async () => {
  await accel.close();
});

const backends: BackendName[] = ['js', 'threads'];

for (const backend of backends) {
  describe(backend, () => {
    test('linear VaR and ES on real returns match the normal closed form', async () => {
      const { returns } = recentReturns(500, 12);
      const cov = covariance(returns);
      const n = cov.rows;
      const positions = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -2e5 : 1e6));
      const mu = Array.from({ length: n }, () => 0.0004);
      const scenarios = 100_000;
      const r = await accel.portfolioRisk({ positions, covariance: cov, expectedReturns: mu, horizon: 10, scenarios, seed: 5, confidence: [0.95, 0.99] }, { backend });
      let variance = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) variance += positions[i]! * positions[j]! * cov.data[i * n + j]! * 10;
      const sd = Math.sqrt(variance);
      const mean = positions.reduce((s, v, i) => s + v * mu[i]! * 10, 0);
      expect(Math.abs(r.stdDevPnl / sd - 1)).toBeLessThan(0.01);
      for (const level of r.levels) {
        const z = normInv(level.confidence);
        const varExact = -mean + z * sd;
        const esExact = -mean + (sd * normPdf(z)) / (1 - level.confidence);
        // sampling SE of an empirical quantile: √(α(1−α)/S)/φ(z)·σ
        const se = (Math.sqrt((level.confidence * (1 - level.confidence)) / scenarios) / normPdf(z)) * sd;
        expect(Math.abs(level.valueAtRisk - varExact)).toBeLessThan(4 * se);
        expect(Math.abs(level.expectedShortfall - esExact)).toBeLessThan(6 * se);
        expect(level.expectedShortfall).toBeGreaterThan(level.valueAtRisk);
      }
    });

    test('lognormal single-asset VaR is the lognormal quantile', async () => {
      const sigma = 0.02;
      const r = await accel.portfolioRisk({ positions: [1e6], covariance: fromRows([[sigma * sigma]]), scenarios: 200_000, seed: 2, confidence: 0.99, model: 'lognormal', keepPnl: true }, { backend });
      const exact = -1e6 * (Math.exp(sigma * normInv(0.01)) - 1);
      expect(Math.abs(r.levels[0]!.valueAtRisk / exact - 1)).toBeLessThan(0.02);
      expect(r.pnl).toHaveLength(200_000);
    });
  });
}

test('correlated shocks reproduce the input covariance (lognormal model, Cholesky)', async () => {
  // two assets, ρ = −0.6; P&L variance of a long-long book reveals the correlation
  const s1 = 0.01, s2 = 0.02, rho = -0.6;
  const cov = fromRows([[s1 * s1, rho * s1 * s2], [rho * s1 * s2, s2 * s2]]);
  const r = await accel.portfolioRisk({ positions: [1, 1], covariance: cov, scenarios: 200_000, seed: 3, model: 'lognormal' });
  const expectedSd = Math.sqrt(s1 * s1 + s2 * s2 + 2 * rho * s1 * s2);
  expect(Math.abs(r.stdDevPnl / expectedSd - 1)).toBeLessThan(0.01);
});

test('js and threads P&L vectors are bit-identical for the same seed', async () => {
  const cov = matrix(3, 3, [1e-4, 2e-5, 0, 2e-5, 2e-4, 1e-5, 0, 1e-5, 3e-4]);
  const spec = { positions: [1, 2, 3], covariance: cov, scenarios: 30_000, seed: 9, keepPnl: true, model: 'lognormal' as const };
  const a = await accel.portfolioRisk(spec, { backend: 'js' });
  const b = await accel.portfolioRisk(spec, { backend: 'threads' });
  expect(Array.from(b.pnl!)).toEqual(Array.from(a.pnl!));
});

test('a non-positive-definite covariance fails clearly unless repair is asked for', async () => {
  const bad = fromRows([[1, 2], [2, 1]]);
  await expect(accel.portfolioRisk({ positions: [1, 1], covariance: bad, scenarios: 1000, seed: 1 })).rejects.toMatchObject({ code: 'NOT_POSITIVE_DEFINITE' });
  const r = await accel.portfolioRisk({ positions: [1, 1], covariance: bad, scenarios: 1000, seed: 1, repair: true });
  expect(r.levels).toHaveLength(2);
});
