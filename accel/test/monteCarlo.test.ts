import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { barrierPrice, blackScholes, createAccel, geometricAsianPrice, mertonJumpPrice, normCdf, type Accel, type BackendName, type OptionSpec } from '../src/index.ts';

let accel: Accel;
beforeAll(async () => {
  accel = await createAccel({ calibrate: 'never', threads: 2 });
});
afterAll(async () => {
  await accel.close();
});

const hull: Omit<OptionSpec, 'paths' | 'seed'> = { payoff: 'european', type: 'call', spot: 42, strike: 40, rate: 0.1, volatility: 0.2, maturity: 0.5 };
const backends: BackendName[] = ['js', 'threads', 'gpu'];

function within3Se(r: { price: number; standardError: number }, expected: number, extra = 0): void {
  expect(Math.abs(r.price - expected)).toBeLessThanOrEqual(3 * r.standardError + extra);
}

for (const backend of backends) {
  describe(backend, () => {
    const supports = async (spec: OptionSpec): Promise<boolean> => {
      const s = await accel.status();
      if (!s.backends.find((b) => b.name === backend)?.available) return false;
      return backend !== 'gpu' || (spec.payoff === 'european' && !spec.jumps && (spec.steps ?? 1) === 1);
    };
    const run = async (spec: OptionSpec, ctx: { skip: (note?: string) => void }) => {
      if (!(await supports(spec))) ctx.skip(`${backend} does not run ${spec.payoff}`);
      return accel.priceOption(spec, { backend });
    };

    test('European call and put agree with Black-Scholes within 3 SE', async (ctx) => {
      for (const type of ['call', 'put'] as const) {
        for (const controlVariate of [false, true]) {
          const r = await run({ ...hull, type, paths: 200_000, seed: 11, controlVariate }, ctx);
          within3Se(r, blackScholes({ ...hull, type }).price);
          expect(r.backend).toBe(backend);
          expect(r.confidenceInterval[0]).toBeLessThan(r.price);
        }
      }
    });

    test('a digital (cash-or-nothing) call and put agree with e^(−rT)·N(±d2) within 3 SE, one step or many, and sum to the discount factor', async (ctx) => {
      const d2 = (Math.log(hull.spot / hull.strike) + (hull.rate - hull.volatility ** 2 / 2) * hull.maturity) / (hull.volatility * Math.sqrt(hull.maturity));
      const df = Math.exp(-hull.rate * hull.maturity);
      const expected = { call: df * normCdf(d2), put: df * normCdf(-d2) };
      const prices: Record<string, number> = {};
      for (const type of ['call', 'put'] as const) {
        for (const steps of [1, 12]) {
          const r = await run({ ...hull, payoff: 'digital', type, steps, paths: 200_000, seed: 21 }, ctx);
          within3Se(r, expected[type]);
          expect(r.controlVariate).toBeNull();
          if (steps === 1) prices[type] = r.price;
        }
      }
      // Same normals, complementary indicators: the pair of prices is exactly the discount factor.
      expect(prices.call! + prices.put!).toBeCloseTo(df, 12);
    });

    test('the standard error shrinks as 1/√N', async (ctx) => {
      const a = await run({ ...hull, paths: 40_000, seed: 5, controlVariate: false }, ctx);
      const b = await run({ ...hull, paths: 640_000, seed: 5, controlVariate: false }, ctx);
      expect(a.standardError / b.standardError).toBeGreaterThan(4 * 0.93);
      expect(a.standardError / b.standardError).toBeLessThan(4 * 1.07);
    });

    test('the same seed gives the same price; another seed a different one', async (ctx) => {
      const a = await run({ ...hull, paths: 50_000, seed: 3 }, ctx);
      const b = await run({ ...hull, paths: 50_000, seed: 3 }, ctx);
      const c = await run({ ...hull, paths: 50_000, seed: 4 }, ctx);
      expect(b.price).toBe(a.price);
      expect(c.price).not.toBe(a.price);
    });

    test('arithmetic Asian with the geometric control variate matches the published continuous value', async (ctx) => {
      // Linetsky (2004) exact continuous-average value for S=K=2, r=5%, σ=50%, T=1: 0.2464156905.
      // 500 discrete fixings sit slightly above it; allow the discretisation gap seen on the geometric closed form.
      const base = { type: 'call' as const, spot: 2, strike: 2, rate: 0.05, volatility: 0.5, maturity: 1 };
      const gap = Math.abs(geometricAsianPrice({ ...base, fixings: 500 }) - geometricAsianPrice(base));
      const r = await run({ ...base, payoff: 'asian-arithmetic', steps: 500, paths: 8_000, seed: 2 }, ctx);
      expect(r.controlVariate?.kind).toBe('geometric-asian');
      within3Se(r, 0.2464156905, 1.5 * gap);
      const plain = await run({ ...base, payoff: 'asian-arithmetic', steps: 500, paths: 8_000, seed: 2, controlVariate: false }, ctx);
      expect(r.standardError).toBeLessThan(plain.standardError / 5);
    });

    test('geometric Asian agrees with its discrete closed form within 3 SE', async (ctx) => {
      const base = { type: 'put' as const, spot: 50, strike: 52, rate: 0.1, volatility: 0.4, maturity: 1 };
      const r = await run({ ...base, payoff: 'asian-geometric', steps: 52, paths: 40_000, seed: 9 }, ctx);
      within3Se(r, geometricAsianPrice({ ...base, fixings: 52 }));
    });

    test('barrier options agree with Reiner-Rubinstein within 3 SE (Brownian-bridge monitoring)', async (ctx) => {
      const base = { spot: 100, strike: 100, rate: 0.08, dividendYield: 0.04, volatility: 0.25, maturity: 0.5 };
      for (const [kind, level, type] of [['down-and-out', 95, 'call'], ['up-and-in', 105, 'put'], ['up-and-out', 115, 'call'], ['down-and-in', 90, 'put']] as const) {
        const r = await run({ ...base, type, payoff: 'barrier', barrier: { kind, level }, steps: 50, paths: 40_000, seed: 21 }, ctx);
        within3Se(r, barrierPrice({ ...base, type, kind, barrier: level }));
      }
    });

    test('Merton jump-diffusion European agrees with the Merton series within 3 SE', async (ctx) => {
      const base = { type: 'call' as const, spot: 100, strike: 100, rate: 0.05, volatility: 0.2, maturity: 1 };
      const jumps = { intensity: 0.5, mean: -0.1, stdDev: 0.15 };
      const r = await run({ ...base, payoff: 'european', jumps, steps: 4, paths: 100_000, seed: 8 }, ctx);
      within3Se(r, mertonJumpPrice({ ...base, jumps }));
    });
  });
}

describe('across backends', () => {
  test('js and threads give bit-identical results for the same seed; gpu agrees to float32 rounding', async () => {
    const spec = { ...hull, paths: 300_000, seed: 77 };
    const js = await accel.priceOption(spec, { backend: 'js' });
    const th = await accel.priceOption(spec, { backend: 'threads' });
    expect(th.price).toBe(js.price);
    expect(th.standardError).toBe(js.standardError);
    const status = await accel.status();
    if (status.backends.find((b) => b.name === 'gpu')?.available) {
      const gpu = await accel.priceOption(spec, { backend: 'gpu' });
      expect(Math.abs(gpu.price - js.price) / js.price).toBeLessThan(1e-5);
    }
    const asian = { ...hull, payoff: 'asian-arithmetic' as const, steps: 20, paths: 20_000, seed: 1 };
    expect((await accel.priceOption(asian, { backend: 'threads' })).price).toBe((await accel.priceOption(asian, { backend: 'js' })).price);
  });

  test('a long run reports progress and stops with ABORTED when its signal fires', async () => {
    for (const backend of ['js', 'threads'] as const) {
      const controller = new AbortController();
      const seen: number[] = [];
      const p = accel.priceOption(
        { ...hull, payoff: 'asian-arithmetic', steps: 252, paths: 2_000_000, seed: 1 },
        {
          backend,
          signal: controller.signal,
          onProgress: (f) => {
            seen.push(f);
            if (seen.length === 2) controller.abort();
          },
        },
      );
      await expect(p).rejects.toMatchObject({ code: 'ABORTED' });
      expect(seen.length).toBeGreaterThanOrEqual(2);
      expect(seen[0]).toBeGreaterThan(0);
    }
  });

  test('rejects odd path counts with antithetic variates', async () => {
    await expect(accel.priceOption({ ...hull, paths: 1001, seed: 1 })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
