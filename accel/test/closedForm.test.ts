import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AccelError, barrierPrice, blackScholes, geometricAsianPrice, impliedVolatility, mertonJumpPrice, normCdf, normInv, type BarrierKind } from '../src/index.ts';

describe('normal distribution', () => {
  test('CDF and quantile agree with tabulated values', () => {
    expect(normCdf(0)).toBe(0.5);
    expect(normCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normCdf(-3)).toBeCloseTo(0.0013498980316301, 14);
    expect(normInv(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normInv(0.01)).toBeCloseTo(-2.326347874040841, 12);
  });
});

describe('Black-Scholes-Merton', () => {
  const hull = { spot: 42, strike: 40, rate: 0.1, volatility: 0.2, maturity: 0.5 };

  test('prices Hull example 15.6: S=42, K=40, r=10%, σ=20%, T=0.5 → call 4.76, put 0.81', () => {
    expect(blackScholes({ ...hull, type: 'call' }).price).toBeCloseTo(4.7594, 4);
    expect(blackScholes({ ...hull, type: 'put' }).price).toBeCloseTo(0.8086, 4);
  });

  test('Greeks match Hull ch. 19 (S=49, K=50, r=5%, σ=20%, T=20 weeks)', () => {
    const g = blackScholes({ type: 'call', spot: 49, strike: 50, rate: 0.05, volatility: 0.2, maturity: 0.3846 });
    expect(g.price).toBeCloseTo(2.4, 2);
    expect(g.delta).toBeCloseTo(0.522, 3);
    expect(g.gamma).toBeCloseTo(0.066, 3);
    expect(g.vega).toBeCloseTo(12.1, 1);
    expect(g.theta).toBeCloseTo(-4.31, 2);
    expect(g.rho).toBeCloseTo(8.91, 2);
  });

  test('Greeks equal finite differences of the price, with a dividend yield', () => {
    const base = { type: 'put' as const, spot: 100, strike: 95, rate: 0.03, dividendYield: 0.02, volatility: 0.25, maturity: 0.75 };
    const p = (o: Partial<typeof base>): number => blackScholes({ ...base, ...o }).price;
    const g = blackScholes(base);
    const h = 1e-4;
    expect(g.delta).toBeCloseTo((p({ spot: 100 + h }) - p({ spot: 100 - h })) / (2 * h), 6);
    expect(g.gamma).toBeCloseTo((p({ spot: 100 + 1e-2 }) - 2 * g.price + p({ spot: 100 - 1e-2 })) / 1e-4, 5);
    expect(g.vega).toBeCloseTo((p({ volatility: 0.25 + h }) - p({ volatility: 0.25 - h })) / (2 * h), 5);
    expect(g.rho).toBeCloseTo((p({ rate: 0.03 + h }) - p({ rate: 0.03 - h })) / (2 * h), 5);
    expect(g.theta).toBeCloseTo(-(p({ maturity: 0.75 + h }) - p({ maturity: 0.75 - h })) / (2 * h), 5);
  });

  test('put-call parity C − P = S·e^{−qT} − K·e^{−rT} holds for any inputs', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.double({ min: -0.02, max: 0.15, noNaN: true }),
        fc.double({ min: 0, max: 0.08, noNaN: true }),
        fc.double({ min: 0.05, max: 1.5, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (spot, strike, rate, q, vol, t) => {
          const i = { spot, strike, rate, dividendYield: q, volatility: vol, maturity: t };
          const c = blackScholes({ ...i, type: 'call' }).price;
          const p = blackScholes({ ...i, type: 'put' }).price;
          expect(c - p).toBeCloseTo(spot * Math.exp(-q * t) - strike * Math.exp(-rate * t), 8);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('rejects zero volatility with BAD_INPUT', () => {
    expect(() => blackScholes({ ...hull, type: 'call', volatility: 0 })).toThrowError(/volatility must be > 0/);
  });
});

describe('implied volatility', () => {
  test('recovers the volatility used to price, deep ITM to deep OTM', () => {
    for (const strike of [20, 40, 42, 60, 90]) {
      for (const vol of [0.05, 0.2, 0.8, 2]) {
        const price = blackScholes({ type: 'call', spot: 42, strike, rate: 0.1, volatility: vol, maturity: 0.5 }).price;
        const intrinsic = Math.max(42 - strike * Math.exp(-0.1 * 0.5), 0);
        if (price - intrinsic < 1e-6) continue; // no time value left: indistinguishable from the bound
        const iv = impliedVolatility({ type: 'call', spot: 42, strike, rate: 0.1, maturity: 0.5, price });
        const back = blackScholes({ type: 'call', spot: 42, strike, rate: 0.1, volatility: iv, maturity: 0.5 }).price;
        expect(back).toBeCloseTo(price, 8);
      }
    }
  });

  test('fails with IMPOSSIBLE_PRICE below intrinsic value or above the spot', () => {
    const base = { type: 'call' as const, spot: 42, strike: 40, rate: 0.1, maturity: 0.5 };
    for (const price of [1, 42.5, -1]) {
      try {
        impliedVolatility({ ...base, price });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(AccelError);
        expect((e as AccelError).code).toBe('IMPOSSIBLE_PRICE');
        expect((e as AccelError).message).toMatch(/no-arbitrage bounds/);
      }
    }
  });
});

describe('Asian closed form', () => {
  test('continuous geometric average matches Hull (S=K=50, r=10%, σ=40%, T=1 → 5.13)', () => {
    expect(geometricAsianPrice({ type: 'call', spot: 50, strike: 50, rate: 0.1, volatility: 0.4, maturity: 1 })).toBeCloseTo(5.13, 2);
  });

  test('discrete geometric average converges to the continuous one as fixings grow', () => {
    const base = { type: 'call' as const, spot: 50, strike: 50, rate: 0.1, volatility: 0.4, maturity: 1 };
    const cont = geometricAsianPrice(base);
    expect(Math.abs(geometricAsianPrice({ ...base, fixings: 100_000 }) - cont)).toBeLessThan(1e-4);
    expect(geometricAsianPrice({ ...base, fixings: 1 })).toBeCloseTo(blackScholes(base).price, 10);
  });
});

describe('barrier options (Reiner-Rubinstein)', () => {
  // Haug, "The Complete Guide to Option Pricing Formulas", table 4-13: S=100, T=0.5, r=8%, b=4%, σ=25%, rebate 3
  const cases: [BarrierKind, 'call' | 'put', number, number, number][] = [
    ['down-and-out', 'call', 90, 95, 9.0246], ['down-and-out', 'call', 100, 95, 6.7924], ['down-and-out', 'call', 110, 95, 4.8759],
    ['up-and-out', 'call', 90, 105, 2.6789], ['up-and-out', 'call', 100, 105, 2.358], ['up-and-out', 'call', 110, 105, 2.3453],
    ['down-and-in', 'call', 90, 95, 7.7627], ['down-and-in', 'call', 100, 95, 4.0109], ['down-and-in', 'call', 110, 95, 2.0576],
    ['up-and-in', 'call', 90, 105, 14.1112], ['up-and-in', 'call', 100, 105, 8.4482], ['up-and-in', 'call', 110, 105, 4.591],
    ['down-and-out', 'put', 90, 95, 2.2798], ['down-and-out', 'put', 100, 95, 2.2947], ['down-and-out', 'put', 110, 95, 2.6252],
    ['up-and-out', 'put', 90, 105, 3.776], ['up-and-out', 'put', 100, 105, 5.4932], ['up-and-out', 'put', 110, 105, 7.5187],
    ['down-and-in', 'put', 90, 95, 2.9586], ['down-and-in', 'put', 100, 95, 6.5677], ['down-and-in', 'put', 110, 95, 11.9752],
    ['up-and-in', 'put', 90, 105, 1.4653], ['up-and-in', 'put', 100, 105, 3.3721], ['up-and-in', 'put', 110, 105, 7.0846],
  ];
  test.each(cases)('%s %s K=%d H=%d → %d (Haug table)', (kind, type, strike, barrier, expected) => {
    const p = barrierPrice({ kind, type, strike, barrier, spot: 100, rebate: 3, rate: 0.08, dividendYield: 0.04, volatility: 0.25, maturity: 0.5 });
    expect(p).toBeCloseTo(expected, 3);
  });

  test('in + out = vanilla without rebate', () => {
    const base = { spot: 100, strike: 100, rate: 0.05, dividendYield: 0.01, volatility: 0.3, maturity: 1 };
    for (const type of ['call', 'put'] as const) {
      const v = blackScholes({ ...base, type }).price;
      expect(barrierPrice({ ...base, type, kind: 'down-and-in', barrier: 80 }) + barrierPrice({ ...base, type, kind: 'down-and-out', barrier: 80 })).toBeCloseTo(v, 10);
      expect(barrierPrice({ ...base, type, kind: 'up-and-in', barrier: 125 }) + barrierPrice({ ...base, type, kind: 'up-and-out', barrier: 125 })).toBeCloseTo(v, 10);
    }
  });
});

describe('Merton jump-diffusion', () => {
  test('reduces to Black-Scholes without jumps and exceeds it with symmetric jumps', () => {
    const base = { type: 'call' as const, spot: 100, strike: 100, rate: 0.05, volatility: 0.2, maturity: 1 };
    expect(mertonJumpPrice({ ...base, jumps: { intensity: 0, mean: 0, stdDev: 0.1 } })).toBeCloseTo(blackScholes(base).price, 12);
    expect(mertonJumpPrice({ ...base, jumps: { intensity: 1, mean: 0, stdDev: 0.2 } })).toBeGreaterThan(blackScholes(base).price);
  });
});
