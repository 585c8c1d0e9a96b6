import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeIndicator, createAccel, panel, panelFromSeries, seriesOf, type Accel, type BackendName, type Panel } from '../src/index.ts';
import { loadStockPrices } from './fixtures.ts';

const x = [10, 11, 10, 12, 13, 12, 14];
const one = (values: number[]): Panel => panelFromSeries([values]);
const out = (p: Panel | undefined): number[] => Array.from(seriesOf(p!, 0));

function expectSeries(actual: number[], expected: number[], digits = 10): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => (Number.isNaN(expected[i]!) ? expect(v).toBeNaN() : expect(v).toBeCloseTo(expected[i]!, digits)));
}
const N = Number.NaN;
const h = [11, 12, 15, 12], l = [9, 10, 11, 8], c = [10, 11, 14, 9];

describe('indicators against hand-computed series', () => {
  test('SMA(3)', () => {
    expectSeries(out(computeIndicator('sma', { values: one(x) }, { period: 3 }).value), [N, N, 31 / 3, 11, 35 / 3, 37 / 3, 13]);
  });
  test('EMA(3): α = 1/2, seeded by the first SMA', () => {
    expectSeries(out(computeIndicator('ema', { values: one(x) }, { period: 3 }).value), [N, N, 31 / 3, 67 / 6, 12.083333333333334, 12.041666666666666, 13.020833333333334]);
  });
  test('WMA(3): weights 1, 2, 3', () => {
    expectSeries(out(computeIndicator('wma', { values: one(x) }, { period: 3 }).value), [N, N, 62 / 6, 67 / 6, 73 / 6, 74 / 6, 79 / 6]);
  });
  test("RSI(3) with Wilder's smoothing", () => {
    expectSeries(out(computeIndicator('rsi', { values: one(x) }, { period: 3 }).value), [N, N, N, 75, 100 - 100 / 5.5, 100 - 1300 / 31, 100 - 1300 / 58]);
  });
  test('RSI is 100 on a rising series and 50 on a flat one', () => {
    expect(out(computeIndicator('rsi', { values: one([1, 2, 3, 4, 5]) }, { period: 2 }).value).slice(2)).toEqual([100, 100, 100]);
    expect(out(computeIndicator('rsi', { values: one([5, 5, 5, 5]) }, { period: 2 }).value).slice(2)).toEqual([50, 50]);
  });
  test('Bollinger(3, 2) uses the population σ of the window', () => {
    const b = computeIndicator('bollinger', { values: one(x) }, { period: 3, stdDevs: 2 });
    expect(out(b.upper)[2]).toBeCloseTo(31 / 3 + 2 * Math.sqrt(2 / 9), 12);
    expect(out(b.lower)[2]).toBeCloseTo(31 / 3 - 2 * Math.sqrt(2 / 9), 12);
    expect(out(b.middle)[1]).toBeNaN();
  });
  test('MACD line = EMA_fast − EMA_slow, signal = EMA of the line, histogram = difference', () => {
    const m = computeIndicator('macd', { values: one(x) }, { fast: 2, slow: 3, signal: 2 });
    const f = out(computeIndicator('ema', { values: one(x) }, { period: 2 }).value);
    const s = out(computeIndicator('ema', { values: one(x) }, { period: 3 }).value);
    const line = out(m.macd);
    expectSeries(line, f.map((v, i) => v - s[i]!));
    // signal seeded by the SMA of the first 2 line values (bars 2, 3), then α = 2/3
    const sig0 = (line[2]! + line[3]!) / 2;
    expectSeries(out(m.signal).slice(0, 5), [N, N, N, sig0, sig0 + (2 / 3) * (line[4]! - sig0)]);
    expect(out(m.histogram)[4]).toBeCloseTo(line[4]! - out(m.signal)[4]!, 12);
  });
  test('ATR(3): true ranges 2, 2, 4, 6 → 8/3 then Wilder 34/9', () => {
    expectSeries(out(computeIndicator('atr', { high: one(h), low: one(l), close: one(c) }, { period: 3 }).value), [N, N, 8 / 3, 34 / 9]);
  });
  test('Stochastic(3, 2): %K 83.33 then 14.29, %D their mean', () => {
    const s = computeIndicator('stochastic', { high: one(h), low: one(l), close: one(c) }, { period: 3, smoothing: 2 });
    expectSeries(out(s.k), [N, N, 500 / 6, 100 / 7]);
    expectSeries(out(s.d), [N, N, N, (500 / 6 + 100 / 7) / 2]);
  });
  test('rolling z-score, volatility and correlation', () => {
    expect(out(computeIndicator('rollingZScore', { values: one(x) }, { period: 3 }).value)[2]).toBeCloseTo(-1 / Math.sqrt(3), 12);
    const vol = out(computeIndicator('rollingVolatility', { values: one([100, 110, 99, 108.9]) }, { period: 2 }).value);
    expectSeries(vol, [N, N, Math.abs(Math.log(1.1) - Math.log(0.9)) / Math.SQRT2, Math.abs(Math.log(1.1) - Math.log(0.9)) / Math.SQRT2]);
    const annual = out(computeIndicator('rollingVolatility', { values: one([100, 110, 99, 108.9]) }, { period: 2, periodsPerYear: 252 }).value);
    expect(annual[3]).toBeCloseTo(vol[3]! * Math.sqrt(252), 12);
    const corr = out(computeIndicator('rollingCorrelation', { x: one([1, 2, 3, 4]), y: one([2, 4, 6, 9]) }, { period: 3 }).value);
    expectSeries(corr, [N, N, 1, 5 / Math.sqrt((2 * 114) / 9)]);
  });
});

describe('NaN warm-up policy', () => {
  test('leading NaNs shift the warm-up to the first value of each series', () => {
    const p = panelFromSeries([[N, N, ...x], [...x, 1, 2]]);
    const r = computeIndicator('sma', { values: p }, { period: 3 });
    expectSeries(Array.from(seriesOf(r.value!, 0)), [N, N, N, N, 31 / 3, 11, 35 / 3, 37 / 3, 13]);
    expect(seriesOf(r.value!, 1)[2]).toBeCloseTo(31 / 3, 12);
  });
  test('a series shorter than the period is all NaN', () => {
    expect(out(computeIndicator('rsi', { values: one([1, 2, 3]) }, { period: 14 }).value).every(Number.isNaN)).toBe(true);
  });
  test('a gap after the first value is rejected with BAD_INPUT naming series and bar', () => {
    expect(() => computeIndicator('ema', { values: panelFromSeries([x, [1, 2, N, 4, 5, 6, 7]]) }, { period: 3 })).toThrowError(/series 1 has NaN at bar 2/);
  });
  test('bad periods and mismatched shapes are rejected', () => {
    expect(() => computeIndicator('sma', { values: one(x) }, { period: 0 })).toThrowError(/period must be a positive integer/);
    expect(() => computeIndicator('atr', { high: one(h), low: one([1, 2]), close: one(c) })).toThrowError(/expected 1×4/);
  });
});

describe('many series at once, on every backend', () => {
  let accel: Accel;
  let prices: Panel;
  beforeAll(async () => {
    accel = await createAccel({ calibrate: 'never', backends: ['js', 'threads'], threads: 2 });
    // 20 real stocks (leading NaNs where they had not listed yet), last 2,520 days
    const { prices: rows } = loadStockPrices();
    const tail = rows.slice(-2520);
    prices = panel(20, 2520);
    for (let s = 0; s < 20; s++) for (let t = 0; t < 2520; t++) prices.data[s * 2520 + t] = tail[t]![s]!;
  });
  afterAll(async () => {
    await accel.close();
  });
  const backends: BackendName[] = ['js', 'threads'];
  for (const backend of backends) {
    test(`${backend}: RSI, MACD and Bollinger over real prices equal the reference kernels`, async () => {
      for (const [name, params] of [['rsi', { period: 14 }], ['macd', {}], ['bollinger', { period: 20 }]] as const) {
        const ref = computeIndicator(name, { values: prices }, params);
        const got = await accel.indicator(name, { values: prices }, params, { backend });
        for (const k of Object.keys(ref)) expect(Array.from(got[k]!.data)).toEqual(Array.from(ref[k]!.data));
      }
      const rsi = computeIndicator('rsi', { values: prices }).value!.data.filter((v) => !Number.isNaN(v));
      expect(Math.min(...rsi)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...rsi)).toBeLessThanOrEqual(100);
    });
  }
});
