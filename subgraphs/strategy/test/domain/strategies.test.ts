import { describe, expect, it } from 'vitest';
import { createStrategy, StrategyError, type Bar, type StrategyKind } from '../../src/domain/index.ts';
import { fixtureBars } from './fixtures.ts';

const flatBar = (ts: number, close: number, high = close, low = close): Bar => ({ ts, open: close, high, low, close, volume: 1000 });
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sampleSd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};

/** Run one instance over closes[k][t] and collect its weights [t][k] and explanations. */
function run(kind: StrategyKind, params: Record<string, unknown>, closes: number[][], extra: { targetWeights?: Parameters<typeof createStrategy>[2]['targetWeights'] } = {}) {
  const symbols = closes.map((_, k) => `S${k}`);
  const s = createStrategy(kind, params, { symbols, ...extra });
  const weights: number[][] = [];
  const signals = [];
  const explanations: Record<string, number>[][] = [];
  for (let t = 0; t < closes[0]!.length; t++) {
    const d = s.onBars(t + 1, closes.map((c) => flatBar(t + 1, c[t]!)));
    weights.push([...d.weights]);
    signals.push(...d.signals);
    explanations.push(symbols.map((_, k) => s.explain(k)));
  }
  return { weights, signals, explanations, instance: s };
}

describe('strategy kinds against hand-computed formulas', () => {
  it('MA_CROSSOVER: long while SMA_fast > SMA_slow; short below when allowed', () => {
    const c = [10, 11, 12, 11, 10, 9, 10, 12, 13];
    const { weights, explanations } = run('MA_CROSSOVER', { fast: 2, slow: 3, allowShort: 1 }, [c]);
    for (let t = 0; t < c.length; t++) {
      if (t < 2) {
        expect(weights[t]![0]).toBe(0);
        continue;
      }
      const f = mean(c.slice(t - 1, t + 1));
      const s = mean(c.slice(t - 2, t + 1));
      expect(explanations[t]![0]!.smaFast).toBeCloseTo(f, 12);
      expect(explanations[t]![0]!.smaSlow).toBeCloseTo(s, 12);
      expect(weights[t]![0]).toBe(f > s ? 1 : f < s ? -1 : 0);
    }
    expect(run('MA_CROSSOVER', { fast: 2, slow: 3 }, [c]).weights.map((w) => w[0])).not.toContain(-1);
  });

  it('TS_MOMENTUM: sign of close[t−skip]/close[t−lookback] − 1 beyond the threshold', () => {
    const c = [10, 11, 12, 11, 10, 9, 10, 12, 13, 12.9];
    const { weights, explanations } = run('TS_MOMENTUM', { lookback: 3, skip: 1, threshold: 0.05, allowShort: 1 }, [c]);
    for (let t = 3; t < c.length; t++) {
      const r = c[t - 1]! / c[t - 3]! - 1;
      expect(explanations[t]![0]!.momentum).toBeCloseTo(r, 12);
      expect(weights[t]![0]).toBe(r > 0.05 ? 1 : r < -0.05 ? -1 : 0);
    }
  });

  it('XS_MOMENTUM: ranks on the schedule, holds the top fraction equally weighted (and shorts the bottom)', () => {
    const closes = [
      [10, 10, 11, 12, 12, 11],
      [10, 10, 12, 11, 10, 13],
      [10, 10, 9, 9, 14, 15],
      [10, 10, 10, 13, 13, 13],
    ];
    const { weights } = run('XS_MOMENTUM', { lookback: 2, skip: 0, topFraction: 0.25, rebalanceEvery: 2, allowShort: 1 }, closes);
    // t = 2: returns over 2 bars: 0.1, 0.2, −0.1, 0 → long S1, short S2 (0.5 each side).
    expect(weights[2]).toEqual([0, 0.5, -0.5, 0]);
    expect(weights[3]).toEqual(weights[2]); // held between rebalances
    // t = 4: returns 12/11−1, 10/12−1, 14/9−1, 13/10−1 → long S2, short S1.
    expect(weights[4]).toEqual([0, -0.5, 0.5, 0]);
  });

  it('MEAN_REVERSION: z = (close − SMA)/sample σ; enters beyond entryZ, exits inside exitZ', () => {
    const c = [10, 10.2, 9.9, 10.1, 10, 8.5, 9.2, 9.9, 10.1, 11.8, 10.6, 10];
    const { weights, explanations } = run('MEAN_REVERSION', { window: 4, entryZ: 1.2, exitZ: 0.3, allowShort: 1 }, [c]);
    let pos = 0;
    for (let t = 3; t < c.length; t++) {
      const w = c.slice(t - 3, t + 1);
      const z = (c[t]! - mean(w)) / sampleSd(w);
      expect(explanations[t]![0]!.zScore).toBeCloseTo(z, 9);
      if (pos === 1 && z > -0.3) pos = 0;
      else if (pos === -1 && z < 0.3) pos = 0;
      if (pos === 0) pos = z < -1.2 ? 1 : z > 1.2 ? -1 : 0;
      expect(weights[t]![0]).toBe(pos);
    }
    expect(weights.some((w) => w[0] === 1)).toBe(true);
    expect(weights.some((w) => w[0] === -1)).toBe(true);
  });

  it('PAIRS: rolling OLS hedge ratio of log A on log B and the spread z-score (real closes of XOM and JPM)', () => {
    const a = Array.from(fixtureBars('XOM', { from: '2010-01-01', limit: 200 }).close);
    const b = Array.from(fixtureBars('JPM', { from: '2010-01-01', limit: 200 }).close);
    const W = 30;
    const { weights, explanations } = run('PAIRS', { window: W, entryZ: 1.5, exitZ: 0.25 }, [a, b]);
    let pos = 0;
    let entered = 0;
    for (let t = W - 1; t < a.length; t++) {
      const y = a.slice(t - W + 1, t + 1).map(Math.log);
      const x = b.slice(t - W + 1, t + 1).map(Math.log);
      const mx = mean(x);
      const my = mean(y);
      const cov = x.reduce((s, xi, i) => s + (xi - mx) * (y[i]! - my), 0);
      const vx = x.reduce((s, xi) => s + (xi - mx) ** 2, 0);
      const beta = cov / vx;
      const spread = y.map((yi, i) => yi - beta * x[i]!);
      const z = (spread.at(-1)! - mean(spread)) / sampleSd(spread);
      expect(explanations[t]![0]!.hedgeRatio).toBeCloseTo(beta, 6);
      expect(explanations[t]![0]!.zScore).toBeCloseTo(z, 5);
      const before = pos;
      if (pos === 1 && z > -0.25) pos = 0;
      else if (pos === -1 && z < 0.25) pos = 0;
      if (pos === 0) pos = z < -1.5 ? 1 : z > 1.5 ? -1 : 0;
      if (pos !== before && pos !== 0) {
        entered++;
        expect(weights[t]![0]).toBeCloseTo(pos / (1 + Math.abs(beta)), 6);
        expect(weights[t]![1]).toBeCloseTo((-pos * beta) / (1 + Math.abs(beta)), 6);
      }
      expect(Math.sign(weights[t]![0]!)).toBe(pos);
    }
    expect(entered).toBeGreaterThan(0);
  });

  it('VOL_BREAKOUT: SMA ± multiplier × mean true range; long on a close above the band until below the SMA', () => {
    const c = [10, 10.1, 10, 10.2, 10.1, 11, 11.5, 11.2, 10.4, 10.2, 10.1];
    const s = createStrategy('VOL_BREAKOUT', { window: 3, atrWindow: 2, multiplier: 1 }, { symbols: ['X'] });
    const bars = c.map((x, t) => ({ ts: t + 1, open: t ? c[t - 1]! : x, high: Math.max(x, t ? c[t - 1]! : x) + 0.1, low: Math.min(x, t ? c[t - 1]! : x) - 0.1, close: x, volume: 1 }));
    let pos = 0;
    for (let t = 0; t < c.length; t++) {
      const d = s.onBars(t + 1, [bars[t]!]);
      if (t < 2) continue;
      const tr = (i: number) => (i === 0 ? bars[0]!.high - bars[0]!.low : Math.max(bars[i]!.high - bars[i]!.low, Math.abs(bars[i]!.high - c[i - 1]!), Math.abs(bars[i]!.low - c[i - 1]!)));
      const atr = (tr(t) + tr(t - 1)) / 2;
      const mid = mean(c.slice(t - 2, t + 1));
      expect(s.explain(0).atr).toBeCloseTo(atr, 12);
      if (pos === 1 && c[t]! < mid) pos = 0;
      if (pos === 0 && c[t]! > mid + atr) pos = 1;
      expect(d.weights[0]).toBe(pos);
    }
  });

  it('TARGET_WEIGHTS: asks the injected optimizer on its schedule with the last lookback closes, scales gross to 1', () => {
    const calls: { asOf: number; windows: number[][] }[] = [];
    const c = [1, 2, 3, 4, 5, 6, 7, 8];
    const { weights } = run('TARGET_WEIGHTS', { lookback: 3, rebalanceEvery: 2 }, [c, c.map((x) => x * 10)], {
      targetWeights: (asOf, symbols, windows) => {
        expect(symbols).toEqual(['S0', 'S1']);
        calls.push({ asOf, windows: windows.map((w) => Array.from(w)) });
        return [1.5, -0.5];
      },
    });
    expect(calls.map((x) => x.asOf)).toEqual([3, 5, 7]);
    expect(calls[0]!.windows).toEqual([
      [1, 2, 3],
      [10, 20, 30],
    ]);
    expect(weights[1]).toEqual([0, 0]);
    expect(weights[2]).toEqual([0.75, -0.25]);
    expect(() => createStrategy('TARGET_WEIGHTS', {}, { symbols: ['A'] })).toThrow(StrategyError);
  });
});

describe('live signals', () => {
  it('emits a signal when a target changes, with direction, strength in [−1, 1], horizon and explanation', () => {
    const c = Array.from(fixtureBars('AAPL', { from: '2012-01-01', limit: 300 }).close);
    const { signals } = run('MA_CROSSOVER', { fast: 10, slow: 30, allowShort: 1 }, [c]);
    expect(signals.length).toBeGreaterThan(3);
    for (const s of signals) {
      expect(['LONG', 'SHORT', 'FLAT']).toContain(s.direction);
      expect(Math.abs(s.strength)).toBeLessThanOrEqual(1);
      expect(Math.sign(s.strength)).toBe(s.direction === 'LONG' ? 1 : s.direction === 'SHORT' ? -1 : 0);
      expect(s.horizonBars).toBe(10);
      expect(Object.keys(s.explanation)).toEqual(['smaFast', 'smaSlow', 'fast', 'slow', 'close']);
      expect(s.direction === 'LONG' ? s.explanation.smaFast! > s.explanation.smaSlow! : s.explanation.smaFast! < s.explanation.smaSlow!).toBe(true);
    }
    expect(signals[0]!.ts).toBe(30); // the first decision, at the end of the warm-up
  });

  it('rejects bars out of order or of the wrong count', () => {
    const s = createStrategy('MA_CROSSOVER', {}, { symbols: ['A'] });
    s.onBars(2, [flatBar(2, 1)]);
    expect(() => s.onBars(2, [flatBar(2, 1)])).toThrow(/not after/);
    expect(() => s.onBars(3, [])).toThrow(/expected 1 bars/);
    expect(() => createStrategy('MA_CROSSOVER', { fast: -1 }, { symbols: ['A'] })).toThrow(expect.objectContaining({ field: 'params.fast' }));
  });
});
