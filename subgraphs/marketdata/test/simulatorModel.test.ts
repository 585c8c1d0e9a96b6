import { describe, expect, it } from 'vitest';
import type { InstrumentSpec, MarketUniverse } from '../src/domain/simulator/index.ts';
import {
  MarketModel,
  SeededRandom,
  choleskyDecompose,
  generateDailyBars,
  intradayVolatility,
  totalAnnualVolatility,
} from '../src/domain/simulator/index.ts';

function instrument(symbol: string, params: Partial<InstrumentSpec>): InstrumentSpec {
  return {
    symbol,
    name: symbol,
    assetClass: 'equity',
    currency: 'USD',
    exchange: 'TEST',
    tickSize: 0.0001,
    multiplier: 1,
    initialPrice: 100,
    averageDailyVolume: 1e6,
    annualDrift: 0.08,
    annualVol: 0.2,
    jumpIntensity: 0,
    jumpMean: 0,
    jumpStd: 0,
    factorLoadings: {},
    parameterSource: 'assumed',
    ...params,
  };
}

/** A: plain GBM; B: 0.9-correlated with A; C: uncorrelated, with Merton jumps. */
const universe: MarketUniverse = {
  instruments: [
    instrument('A', { annualDrift: 0.08, annualVol: 0.2 }),
    instrument('B', { annualDrift: 0.05, annualVol: 0.3 }),
    instrument('C', { annualDrift: 0.06, annualVol: 0.15, jumpIntensity: 3, jumpMean: -0.03, jumpStd: 0.06 }),
  ],
  correlation: [
    [1, 0.9, 0],
    [0.9, 1, 0],
    [0, 0, 1],
  ],
};

function dailyLogReturns(symbol: string, seed: number): number[] {
  const closes = generateDailyBars({ universe, seed, endDate: new Date('2025-12-31'), years: 20 })
    .filter((b) => b.symbol === symbol)
    .map((b) => b.close);
  return closes.slice(1).map((c, t) => Math.log(c / closes[t]!));
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const std = (xs: number[]): number => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};

describe('SeededRandom', () => {
  it('replays the same stream for the same seed and differs across seeds and sub-streams', () => {
    const draw = (r: SeededRandom): number[] => Array.from({ length: 5 }, () => r.nextUint32());
    expect(draw(new SeededRandom(7))).toEqual(draw(new SeededRandom(7)));
    expect(draw(new SeededRandom(7))).not.toEqual(draw(new SeededRandom(8)));
    expect(draw(new SeededRandom(7, 1))).not.toEqual(draw(new SeededRandom(7, 2)));
  });

  it('draws standard normals and Poisson counts with the right first two moments', () => {
    const rng = new SeededRandom(123);
    const normals = Array.from({ length: 100_000 }, () => rng.normal());
    expect(Math.abs(mean(normals))).toBeLessThan(0.015); // 3 standard errors of 1/√1e5 ≈ 0.0032, with margin
    expect(std(normals)).toBeCloseTo(1, 1);
    for (const lambda of [0.3, 4, 75]) {
      const counts = Array.from({ length: 20_000 }, () => rng.poisson(lambda));
      expect(Math.abs(mean(counts) - lambda)).toBeLessThan(4 * Math.sqrt(lambda / 20_000));
      expect(std(counts) ** 2 / lambda).toBeGreaterThan(0.95);
      expect(std(counts) ** 2 / lambda).toBeLessThan(1.05);
    }
  });
});

describe('intradayVolatility', () => {
  it('is U-shaped over 14:30–21:00 UTC with unit mean square, and 1 outside the session', () => {
    const day = Date.UTC(2026, 0, 6);
    const at = (minute: number): number => intradayVolatility(day + (14 * 60 + 30 + minute) * 60_000);
    let meanSquare = 0;
    for (let m = 0; m < 390; m++) meanSquare += at(m + 0.5) ** 2 / 390;
    expect(meanSquare).toBeCloseTo(1, 3);
    expect(at(0)).toBeGreaterThan(2 * at(195));
    expect(at(389.9)).toBeGreaterThan(2 * at(195));
    expect(intradayVolatility(day + 3 * 3_600_000)).toBe(1);
  });
});

describe('choleskyDecompose', () => {
  it('factors a positive-definite matrix and rejects one that is not', () => {
    const l = choleskyDecompose([
      [4, 2],
      [2, 3],
    ]);
    expect(Array.from(l)).toEqual([2, 0, 1, Math.sqrt(2)]);
    expect(() =>
      choleskyDecompose([
        [1, 1.1],
        [1.1, 1],
      ]),
    ).toThrow(/not positive definite/);
  });
});

describe('MarketModel', () => {
  it('is deterministic for a seed and differs for another', () => {
    const run = (seed: number): number[] => {
      const model = new MarketModel({ universe, seed });
      for (let i = 0; i < 100; i++) model.step(1 / 252);
      return Array.from(model.step(1 / 252 / 390, Date.UTC(2026, 0, 6, 15)));
    };
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
  });

  it('rejects a correlation matrix of the wrong size or a non-positive start price', () => {
    expect(() => new MarketModel({ universe: { ...universe, correlation: [[1]] }, seed: 1 })).toThrow(RangeError);
    expect(() => new MarketModel({ universe, seed: 1, initialPrices: [1, 0, 1] })).toThrow(/positive starting price/);
  });
});

describe('simulated daily history statistics (20 years, seeded)', () => {
  const years = 20;
  const a = dailyLogReturns('A', 2024);
  const b = dailyLogReturns('B', 2024);
  const c = dailyLogReturns('C', 2024);

  it('annualised volatility of log returns is within 5% of σ (SE ≈ 1%), and of the jump total within 20%', () => {
    expect(std(a) * Math.sqrt(252)).toBeGreaterThan(0.2 * 0.95);
    expect(std(a) * Math.sqrt(252)).toBeLessThan(0.2 * 1.05);
    expect(std(b) * Math.sqrt(252)).toBeGreaterThan(0.3 * 0.95);
    expect(std(b) * Math.sqrt(252)).toBeLessThan(0.3 * 1.05);
    const total = totalAnnualVolatility(universe.instruments[2]!);
    // ~60 jumps in 20 years carry 38% of C's variance: its estimate is far noisier (≈7% SE).
    expect(std(c) * Math.sqrt(252)).toBeGreaterThan(total * 0.8);
    expect(std(c) * Math.sqrt(252)).toBeLessThan(total * 1.2);
  });

  it('sample correlation of the 0.9-correlated pair is within 0.02 of 0.9 (SE ≈ 0.003)', () => {
    const ma = mean(a);
    const mb = mean(b);
    let cov = 0;
    for (let t = 0; t < a.length; t++) cov += (a[t]! - ma) * (b[t]! - mb);
    const rho = cov / (a.length - 1) / (std(a) * std(b));
    expect(Math.abs(rho - 0.9)).toBeLessThan(0.02);
  });

  it('jump-free mean log return matches μ − σ²/2 within 3 standard errors', () => {
    for (const [returns, mu, sigma] of [
      [a, 0.08, 0.2],
      [b, 0.05, 0.3],
    ] as const) {
      const annualMean = mean(returns) * 252;
      const standardError = sigma / Math.sqrt(years);
      expect(Math.abs(annualMean - (mu - sigma ** 2 / 2))).toBeLessThan(3 * standardError);
    }
  });

  it('with jumps, the compensated mean log return μ − λκ − σ²/2 + λm holds within 4 standard errors', () => {
    const p = universe.instruments[2]!;
    const kappa = Math.exp(p.jumpMean + p.jumpStd ** 2 / 2) - 1;
    const expected = p.annualDrift - p.jumpIntensity * kappa - p.annualVol ** 2 / 2 + p.jumpIntensity * p.jumpMean;
    const standardError = totalAnnualVolatility(p) / Math.sqrt(years);
    // Jump sums are heavy-tailed, so allow 4 normal-theory standard errors.
    expect(Math.abs(mean(c) * 252 - expected)).toBeLessThan(4 * standardError);
  });
});
