import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGpuBackend } from '../src/backends/gpuBackend.ts';
import { createOnnxBackend } from '../src/backends/onnxBackend.ts';
import { createAccel, normCdf, type Accel, type FirstPassageSpec } from '../src/index.ts';

let accel: Accel;
beforeAll(async () => {
  accel = await createAccel({ calibrate: 'never', backends: ['js', 'threads'], threads: 2 });
});
afterAll(async () => {
  await accel.close();
});

/** Cholesky factor of the equicorrelation matrix with correlation rho (n×n, row-major). */
function equicorrelationFactor(n: number, rho: number): Float64Array {
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) c[i * n + j] = i === j ? 1 : rho;
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = c[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = i === j ? Math.sqrt(s) : s / l[j * n + j]!;
    }
  }
  return l;
}

const portfolio: FirstPassageSpec = {
  base: -0.45,
  weights: [0.2, 0.15, 0.25, 0.1, 0.3],
  volatilities: [0.5, 0.3, 0.7, 0.4, 0.6],
  factor: equicorrelationFactor(5, 0.4),
  drift: 0.03,
  horizonDays: 126,
  steps: 26,
  paths: 10_002, // 3 blocks, the last one short
  seed: 42,
};

/**
 * P(min over [0, T] of S/S0 ≤ B) for driftless GBM (μ = 0, so ln S/S0 = −σ²t/2 + σW_t), continuously
 * monitored, by the reflection principle: Φ((b − νT)/(σ√T)) + e^{2νb/σ²} Φ((b + νT)/(σ√T)), b = ln B, ν = −σ²/2.
 */
function continuousHitProbability(barrier: number, sigma: number, years: number): number {
  const b = Math.log(barrier);
  const nu = -0.5 * sigma * sigma;
  const sd = sigma * Math.sqrt(years);
  return normCdf((b - nu * years) / sd) + Math.exp((2 * nu * b) / (sigma * sigma)) * normCdf((b + nu * years) / sd);
}

describe('accel.firstPassage', () => {
  test('js and threads give bit-identical results for the same seed', async () => {
    const js = await accel.firstPassage(portfolio, { backend: 'js' });
    const th = await accel.firstPassage(portfolio, { backend: 'threads' });
    expect(js.backend).toBe('js');
    expect(th.backend).toBe('threads');
    expect(th.probability).toBe(js.probability);
    expect(th.standardError).toBe(js.standardError);
    expect(th.expectedTimeToHitDays).toBe(js.expectedTimeToHitDays);
    expect(js.probability).toBeGreaterThan(0);
    expect(js.probability).toBeLessThan(1);
    expect(js).toMatchObject({ paths: 10_002, steps: 26 });
    expect(js.expectedTimeToHitDays).toBeGreaterThan(126 / 26 - 1e-9);
    expect(js.expectedTimeToHitDays).toBeLessThanOrEqual(126);
    const other = await accel.firstPassage({ ...portfolio, seed: 43 }, { backend: 'js' });
    expect(other.probability).not.toBe(js.probability);
  });

  test('a single driftless position matches the reflection-principle probability with the Broadie-Glasserman-Kou shift', async () => {
    // excess = −0.8 + S/S0 < 0 ⇔ S/S0 < 0.8. Monitoring at m discrete steps hits less often than continuous
    // monitoring; Broadie, Glasserman & Kou (1997) show the discrete probability equals the continuous one for
    // the barrier moved away by exp(−0.5826·σ√Δt), up to o(1/√m). Allowance 0.003 for that remainder.
    const sigma = 0.4;
    const horizonDays = 252;
    const steps = 50;
    const dtYears = horizonDays / steps / 252;
    const r = await accel.firstPassage({ base: -0.8, weights: [1], volatilities: [sigma], factor: [1], drift: 0, horizonDays, steps, paths: 200_000, seed: 7 });
    const shifted = continuousHitProbability(0.8 * Math.exp(-0.5826 * sigma * Math.sqrt(dtYears)), sigma, 1);
    const continuous = continuousHitProbability(0.8, sigma, 1);
    expect(r.probability).toBeLessThan(continuous);
    expect(Math.abs(r.probability - shifted)).toBeLessThanOrEqual(3 * r.standardError + 0.003);
    expect(r.standardError).toBeGreaterThan(0);
    expect(r.standardError).toBeLessThan(0.002);
  });

  test('the probability rises with volatility', async () => {
    const probs: number[] = [];
    for (const v of [0.2, 0.4, 0.8]) {
      const r = await accel.firstPassage({ ...portfolio, volatilities: new Float64Array(5).fill(v), paths: 8192 });
      probs.push(r.probability);
    }
    expect(probs[0]).toBeLessThan(probs[1]!);
    expect(probs[1]).toBeLessThan(probs[2]!);
  });

  test('zero volatility and positive excess never hits (null expected time)', async () => {
    const r = await accel.firstPassage({ ...portfolio, volatilities: new Float64Array(5), drift: 0 });
    expect(r).toMatchObject({ probability: 0, standardError: 0, expectedTimeToHitDays: null });
  });

  test('an excess already negative today counts as hit at time 0 on every path', async () => {
    for (const backend of ['js', 'threads'] as const) {
      const r = await accel.firstPassage({ ...portfolio, base: -1.5 }, { backend });
      expect(r).toMatchObject({ probability: 1, standardError: 0, expectedTimeToHitDays: 0 });
    }
  });

  test('bad input names the field', async () => {
    const cases: [Partial<Record<keyof FirstPassageSpec, unknown>>, RegExp][] = [
      [{ base: Number.NaN }, /^base/],
      [{ weights: [] }, /^weights/],
      [{ weights: [0.2, 0.15, Number.POSITIVE_INFINITY, 0.1, 0.3] }, /^weights\[2\]/],
      [{ volatilities: [0.5, 0.3, 0.7] }, /^volatilities must have 5/],
      [{ volatilities: [0.5, 0.3, -0.7, 0.4, 0.6] }, /^volatilities\[2\]/],
      [{ factor: [1, 0, 0, 1] }, /^factor must be the 5×5/],
      [{ factor: (() => { const f = equicorrelationFactor(5, 0.4); f[1] = 0.3; return f; })() }, /^factor must be lower-triangular: factor\[1\]/],
      [{ factor: (() => { const f = equicorrelationFactor(5, 0.4); f[6] = Number.NaN; return f; })() }, /^factor\[6\]/],
      [{ drift: Number.NaN }, /^drift/],
      [{ horizonDays: 0 }, /^horizonDays/],
      [{ steps: 2.5 }, /^steps/],
      [{ steps: 0 }, /^steps/],
      [{ paths: 1001 }, /^paths/],
      [{ paths: 0 }, /^paths/],
      [{ seed: -1 }, /^seed/],
      [{ daysPerYear: 0 }, /^daysPerYear/],
    ];
    for (const [patch, message] of cases) {
      const call = accel.firstPassage({ ...portfolio, ...patch } as FirstPassageSpec);
      await expect(call, JSON.stringify(patch)).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(message) });
    }
  });

  test('daysPerYear scales the per-step moves', async () => {
    // 126 days of a 504-day year is a quarter year: same as 63 days of a 252-day year.
    const a = await accel.firstPassage({ ...portfolio, horizonDays: 126, daysPerYear: 504 });
    const b = await accel.firstPassage({ ...portfolio, horizonDays: 63 });
    expect(a.probability).toBe(b.probability);
    expect(a.expectedTimeToHitDays! / 2).toBeCloseTo(b.expectedTimeToHitDays!, 12);
  });

  test('an AbortSignal cancels the run on js and threads', async () => {
    for (const backend of ['js', 'threads'] as const) {
      const controller = new AbortController();
      const seen: number[] = [];
      const call = accel.firstPassage(
        { ...portfolio, paths: 400_000, steps: 252, horizonDays: 252 },
        {
          backend,
          signal: controller.signal,
          onProgress: (f) => {
            seen.push(f);
            if (seen.length === 1) controller.abort();
          },
        },
      );
      await expect(call).rejects.toMatchObject({ code: 'ABORTED' });
    }
  });

  test('gpu and onnx do not run it; the router lists the workload', async () => {
    expect(createGpuBackend({ mode: 'cpu' }).supports('mc.firstPassage')).toBe(false);
    expect(createOnnxBackend().supports('mc.firstPassage')).toBe(false);
    await accel.firstPassage({ ...portfolio, paths: 2 });
    const s = await accel.status();
    expect(s.decisions.at(-1)).toMatchObject({ workload: 'mc.firstPassage', size: 2 * 26 * 15, backend: 'js' });
  });
});
