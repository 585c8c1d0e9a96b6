import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGpuBackend } from '../src/backends/gpuBackend.ts';
import { createOnnxBackend } from '../src/backends/onnxBackend.ts';
import { AccelError, closePanelPrefix, createAccel, createRng, sweepMaCrossover, type Accel, type BackendName, type MaSweepSpec } from '../src/index.ts';
import { loadStockPrices } from './fixtures.ts';

/** Real closes: the `bars` most recent days of the first `n` tickers with a price on every one of them; open = previous close. */
function realPanel(n: number, bars: number): { open: Float64Array; close: Float64Array; instruments: number; length: number } {
  const { tickers, prices } = loadStockPrices();
  const tail = prices.slice(-(bars + 1));
  const cols = tickers.map((_, j) => j).filter((j) => tail.every((row) => Number.isFinite(row[j]!) && row[j]! > 0)).slice(0, n);
  const open = new Float64Array(cols.length * bars);
  const close = new Float64Array(cols.length * bars);
  cols.forEach((j, k) => {
    for (let t = 0; t < bars; t++) {
      close[k * bars + t] = tail[t + 1]![j]!;
      open[k * bars + t] = tail[t]![j]!;
    }
  });
  return { open, close, instruments: cols.length, length: bars };
}

/** Seeded GBM panel (open = previous close × an overnight gap). */
function gbmPanel(instruments: number, length: number, seed: number): { open: Float64Array; close: Float64Array } {
  const open = new Float64Array(instruments * length);
  const close = new Float64Array(instruments * length);
  for (let k = 0; k < instruments; k++) {
    const rng = createRng(seed, k);
    let c = 20 + 100 * rng.nextFloat();
    for (let t = 0; t < length; t++) {
      const o = c * Math.exp(0.003 * rng.nextNormal());
      c = o * Math.exp(0.015 * rng.nextNormal());
      open[k * length + t] = o;
      close[k * length + t] = c;
    }
  }
  return { open, close };
}

/**
 * The textbook loop: for each pair and instrument, sum both windows at every bar, trade the sleeve with the
 * next bar's open, slippage and fee written out; the pair's equity is the sum of its sleeves.
 */
function referenceSweep(spec: MaSweepSpec): { equity: number[]; fills: number[] } {
  const T = spec.length;
  const N = spec.instruments;
  const P = spec.pairs.length / 2;
  const equity = new Array<number>(P * T).fill(0);
  const fills = new Array<number>(P).fill(0);
  for (let p = 0; p < P; p++) {
    const fast = spec.pairs[2 * p]!;
    const slow = spec.pairs[2 * p + 1]!;
    for (let k = 0; k < N; k++) {
      const close = (t: number) => spec.close[k * T + t]!;
      let cash = spec.initialCash / N;
      let shares = 0;
      let target = 0;
      let order = 0;
      for (let t = 0; t < T; t++) {
        if (order !== 0) {
          const o = spec.open[k * T + t]!;
          const slip = (o * spec.slippageBps) / 10_000;
          const price = order > 0 ? o + slip : Math.max(0, o - slip);
          const qty = Math.abs(order);
          const fee = Math.max(spec.fees.minimum, spec.fees.perShare * qty + (spec.fees.bps / 10_000) * qty * price);
          cash -= order * price + fee;
          shares += order;
          order = 0;
          fills[p]!++;
        }
        const value = cash + shares * close(t);
        equity[p * T + t]! += value;
        if (t < slow - 1) continue;
        let sumFast = 0;
        for (let i = t - fast + 1; i <= t; i++) sumFast += close(i);
        let sumSlow = 0;
        for (let i = t - slow + 1; i <= t; i++) sumSlow += close(i);
        const f = sumFast / fast;
        const s = sumSlow / slow;
        const w = f > s ? 1 : f < s && spec.allowShort ? -1 : 0;
        if (w !== target) {
          target = w;
          const delta = (w * value) / close(t) - shares;
          if (Math.abs(delta) > 1e-9) order = delta;
        }
      }
    }
  }
  return { equity, fills };
}

const fees = { perShare: 0.005, bps: 1, minimum: 1 };

describe('MA crossover sweep kernel', () => {
  // The second fee model's minimum binds on most fills (~100k sleeves: 0.5 bps ≈ 5 < 8).
  for (const [allowShort, feeModel] of [[false, fees], [true, { perShare: 0.001, bps: 0.5, minimum: 8 }]] as const) {
    test(`equals the textbook loop on 6 real stocks × 500 days (allowShort ${allowShort}, minimum fee ${feeModel.minimum})`, () => {
      const panel = realPanel(6, 500);
      expect(panel.instruments).toBe(6);
      const spec: MaSweepSpec = { ...panel, pairs: [5, 20, 10, 50, 3, 7, 20, 200], initialCash: 600_000, fees: feeModel, slippageBps: 5, allowShort };
      const got = sweepMaCrossover(spec);
      const ref = referenceSweep(spec);
      expect(Array.from(got.fills)).toEqual(ref.fills);
      expect(ref.fills.every((f) => f > 2)).toBe(true);
      for (let i = 0; i < ref.equity.length; i++) expect(Math.abs(got.equity[i]! - ref.equity[i]!) / ref.equity[i]!).toBeLessThan(1e-9);
      // Before the slow window fills, each pair holds its initial cash.
      expect(got.equity[0]).toBe(600_000);
    });
  }

  test('a prefix passed in gives the same result as one computed inside', () => {
    const panel = realPanel(3, 300);
    const spec: MaSweepSpec = { ...panel, pairs: Int32Array.from([5, 30, 10, 60]), initialCash: 1e6, fees, slippageBps: 2, allowShort: true };
    const a = sweepMaCrossover(spec);
    const b = sweepMaCrossover({ ...spec, prefix: closePanelPrefix(panel.close, panel.instruments, panel.length) });
    expect(b.equity).toEqual(a.equity);
    expect(b.fills).toEqual(a.fills);
  });
});

describe('accel.maCrossoverSweep (routed)', () => {
  let accel: Accel;
  beforeAll(async () => {
    accel = await createAccel({ calibrate: 'never', backends: ['js', 'threads'], threads: 2 });
  });
  afterAll(async () => {
    await accel.close();
  });

  const I = 40;
  const T = 2520;
  const big = (): MaSweepSpec => ({ ...gbmPanel(I, T, 11), length: T, instruments: I, pairs: [5, 60, 10, 60, 5, 120, 20, 120, 10, 200, 30, 200, 50, 240, 15, 90, 25, 150], initialCash: 1e6, fees, slippageBps: 5, allowShort: true });

  test('js and threads are bit-identical to the synchronous kernel', async () => {
    const spec = big();
    const ref = sweepMaCrossover(spec);
    const results = [];
    for (const backend of ['js', 'threads'] as BackendName[]) {
      const r = await accel.maCrossoverSweep(spec, { backend });
      expect(r.backend).toBe(backend);
      expect(r.elapsedMs).toBeGreaterThan(0);
      expect(r.equity).toEqual(ref.equity);
      expect(r.fills).toEqual(ref.fills);
      results.push(r);
    }
    expect(results[0]!.fills.every((f) => f > 0)).toBe(true);
  });

  test('without calibration the router runs it on js and says why', async () => {
    const r = await accel.maCrossoverSweep({ ...realPanel(2, 100), pairs: [3, 10], initialCash: 1e5, fees, slippageBps: 0, allowShort: false });
    expect(r.backend).toBe('js');
    const d = (await accel.status()).decisions.at(-1)!;
    expect(d).toMatchObject({ workload: 'backtest.maSweep', size: 2 * 100, backend: 'js', reason: expect.stringMatching(/no calibration/) });
  });

  test('gpu and onnx do not run it', () => {
    expect(createGpuBackend({ mode: 'cpu' }).supports('backtest.maSweep')).toBe(false);
    expect(createOnnxBackend().supports('backtest.maSweep')).toBe(false);
  });

  for (const backend of ['js', 'threads'] as BackendName[]) {
    test(`${backend}: progress rises to 1, and an abort rejects with ABORTED`, async () => {
      const spec = big();
      const seen: number[] = [];
      await accel.maCrossoverSweep(spec, { backend, onProgress: (f) => seen.push(f) });
      expect(seen.at(-1)).toBe(1);
      for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);

      // ten times the pairs (~9M combination-bars) so the run is still going when the abort lands
      const long = { ...spec, pairs: Array.from({ length: 10 }, () => Array.from(spec.pairs)).flat() };
      const ac = new AbortController();
      const run = accel.maCrossoverSweep(long, { backend, signal: ac.signal, onProgress: () => ac.abort() });
      if (backend === 'threads') setTimeout(() => ac.abort(), 10);
      await expect(run).rejects.toMatchObject({ code: 'ABORTED' });
      const pre = new AbortController();
      pre.abort();
      await expect(accel.maCrossoverSweep(spec, { backend, signal: pre.signal })).rejects.toMatchObject({ code: 'ABORTED' });
    });
  }

  test('bad input is BAD_INPUT naming the field', async () => {
    const panel = realPanel(2, 100);
    const ok: MaSweepSpec = { ...panel, pairs: [3, 10], initialCash: 1e5, fees, slippageBps: 0, allowShort: false };
    const nanClose = panel.close.slice();
    nanClose[105] = Number.NaN;
    const cases: [Partial<Record<keyof MaSweepSpec, unknown>>, RegExp][] = [
      [{ length: 0 }, /^length must be/],
      [{ instruments: 1.5 }, /^instruments must be/],
      [{ open: panel.open.subarray(1) }, /^open must hold instruments × length = 200 values, got 199/],
      [{ close: nanClose }, /^close\[105\] \(instrument 1, bar 5\) must be finite and > 0, got NaN/],
      [{ close: [1, 2] }, /^close must be a Float64Array/],
      [{ prefix: new Float64Array(3) }, /^prefix must hold/],
      [{ pairs: [3] }, /^pairs must hold at least one/],
      [{ pairs: [10, 10] }, /^pairs\[1\] \(slow of pair 0\) must be an integer > fast/],
      [{ pairs: [3, 10, 0, 5] }, /^pairs\[2\] \(fast of pair 1\) must be an integer ≥ 1/],
      [{ initialCash: -1 }, /^initialCash must be/],
      [{ fees: { perShare: 0, bps: -1, minimum: 0 } }, /^fees\.bps must be/],
      [{ slippageBps: Number.POSITIVE_INFINITY }, /^slippageBps must be/],
      [{ allowShort: 'yes' }, /^allowShort must be a boolean/],
    ];
    for (const [patch, message] of cases) {
      const bad = { ...ok, ...patch } as MaSweepSpec;
      await expect(accel.maCrossoverSweep(bad), JSON.stringify(Object.keys(patch))).rejects.toSatisfy((e: unknown) => e instanceof AccelError && e.code === 'BAD_INPUT' && message.test(e.message));
      expect(() => sweepMaCrossover(bad)).toThrow(message);
    }
  });
});
