import { describe, expect, it } from 'vitest';
import {
  GridTooLargeError,
  StrategyError,
  alignBars,
  closePanelPrefix,
  runBacktest,
  runSweep,
  sweepMaCrossover,
  type BacktestResult,
  type BacktestSpec,
  type BarSeries,
  type StrategyKind,
} from '../../src/domain/index.ts';
import { fixtureBars } from './fixtures.ts';

const RANGE = { from: '2008-01-01', to: '2013-12-31' };
const universe = ['AAPL', 'JPM', 'XOM', 'WMT', 'GE'].map((s) => fixtureBars(s, RANGE));
const equalWeights = (_asOf: number, symbols: readonly string[], windows: readonly Float64Array[]) => {
  // Inverse-volatility weights from the window (a stand-in for portfolio's optimizer).
  const inv = windows.map((w) => {
    let s = 0;
    let s2 = 0;
    for (let i = 1; i < w.length; i++) {
      const r = Math.log(w[i]! / w[i - 1]!);
      s += r;
      s2 += r * r;
    }
    const n = w.length - 1;
    return 1 / Math.sqrt(s2 / n - (s / n) ** 2);
  });
  const total = inv.reduce((a, b) => a + b, 0);
  return symbols.map((_, i) => inv[i]! / total);
};

const KINDS: [StrategyKind, Record<string, number>, BarSeries[]][] = [
  ['MA_CROSSOVER', { fast: 10, slow: 40, allowShort: 1 }, universe],
  ['TS_MOMENTUM', { lookback: 60, skip: 5, allowShort: 1 }, universe],
  ['XS_MOMENTUM', { lookback: 60, rebalanceEvery: 10, topFraction: 0.4, allowShort: 1 }, universe],
  ['MEAN_REVERSION', { window: 20, entryZ: 1.5, exitZ: 0.25 }, universe],
  ['PAIRS', { window: 40, entryZ: 1.5, exitZ: 0.25 }, [universe[2]!, universe[4]!]],
  ['VOL_BREAKOUT', { window: 20, atrWindow: 10, multiplier: 1, allowShort: 1 }, universe],
  ['TARGET_WEIGHTS', { lookback: 60, rebalanceEvery: 21 }, universe],
];

function spec(kind: StrategyKind, params: Record<string, number>, bars: BarSeries[], extra: Partial<BacktestSpec> = {}): BacktestSpec {
  return {
    kind,
    params,
    bars,
    initialCash: 1_000_000,
    mode: 'VECTORIZED',
    fees: { perShare: 0.005, bps: 1, minimum: 1 },
    slippage: { kind: 'BPS', value: 5 },
    seed: 3,
    periodsPerYear: 252,
    targetWeights: equalWeights,
    ...extra,
  };
}

const strip = (r: BacktestResult) => ({
  equity: r.equityCurve,
  trades: r.trades,
  fills: r.fills.map(({ orderId: _o, ...f }) => f),
  metrics: r.metrics,
});

describe('VECTORIZED and EVENT give the same trades and the same equity curve (market orders, fee/slippage model)', () => {
  it.each(KINDS)('%s on real closes', (kind, params, bars) => {
    for (const slippage of [
      { kind: 'BPS', value: 5 },
      { kind: 'BAR_RANGE', value: 0.1 },
      { kind: 'VOLUME', value: 0.05 },
    ] as const) {
      const v = runBacktest(spec(kind, params, bars, { slippage }));
      const e = runBacktest(spec(kind, params, bars, { slippage, mode: 'EVENT' }));
      expect(v.trades.length).toBeGreaterThan(0);
      expect(strip(e)).toEqual(strip(v)); // bit for bit: toEqual on numbers is Object.is
      expect(e.orderEvents.filter((x) => x.type === 'FILLED')).toHaveLength(e.fills.length);
    }
  });
});

describe('accounting', () => {
  it.each(KINDS)('%s: final equity = initial cash + Σ trade P&L; fees add up; every fill is at a next-bar open ± slippage', (kind, params, bars) => {
    const r = runBacktest(spec(kind, params, bars, { mode: 'EVENT' }));
    const pnl = r.trades.reduce((s, t) => s + t.pnl, 0);
    expect(r.equityCurve.at(-1)!.equity).toBeCloseTo(1_000_000 + pnl, 4);
    expect(r.trades.reduce((s, t) => s + t.fees, 0)).toBeCloseTo(
      r.fills.reduce((s, f) => s + f.fee, 0),
      6,
    );
    const aligned = alignBars(bars);
    const index = new Map(Array.from(aligned.ts, (ts, t) => [ts, t]));
    for (const f of r.fills) {
      const t = index.get(f.ts)!;
      expect(t).toBeGreaterThan(0);
      const k = aligned.symbols.indexOf(f.symbol);
      const open = aligned.open[k]![t]!;
      expect(f.price).toBeCloseTo(f.side === 'BUY' ? open * 1.0005 : open * 0.9995, 9);
    }
    for (const t of r.trades) {
      expect(t.mae).toBeLessThanOrEqual(0);
      expect(t.mfe).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('no look-ahead', () => {
  it.each(KINDS)('%s: changing bars after t changes nothing up to t', (kind, params, bars) => {
    const cut = 700;
    const scrambled = bars.map((b) => {
      const f = (a: Float64Array) => a.map((x, i) => (i > cut ? x * (1 + 0.3 * Math.sin(i * 7.1)) : x));
      const open = f(b.open);
      const close = f(b.close);
      const high = b.high.map((_, i) => (i > cut ? Math.max(open[i]!, close[i]!) * 1.01 : b.high[i]!));
      const low = b.low.map((_, i) => (i > cut ? Math.min(open[i]!, close[i]!) * 0.99 : b.low[i]!));
      return { ...b, open, close, high, low, volume: b.volume.map((v, i) => (i > cut ? v * 3 : v)) };
    });
    for (const mode of ['VECTORIZED', 'EVENT'] as const) {
      const a = runBacktest(spec(kind, params, bars, { mode }));
      const b = runBacktest(spec(kind, params, scrambled, { mode }));
      const tsCut = a.equityCurve[cut]!.ts;
      expect(b.equityCurve.slice(0, cut + 1)).toEqual(a.equityCurve.slice(0, cut + 1));
      expect(b.fills.filter((f) => f.ts <= tsCut)).toEqual(a.fills.filter((f) => f.ts <= tsCut));
      expect(b.trades.filter((t) => t.exitTs !== null && t.exitTs <= tsCut)).toEqual(a.trades.filter((t) => t.exitTs !== null && t.exitTs <= tsCut));
      expect(b.equityCurve.at(-1)!.equity).not.toBe(a.equityCurve.at(-1)!.equity); // the change did reach later bars
    }
  });
});

describe('determinism, volume caps, progress and cancellation', () => {
  it('the same spec and seed reproduce a run bit for bit (with volume-capped partial fills in EVENT mode)', () => {
    const s = spec('MEAN_REVERSION', { window: 20, entryZ: 1.5, exitZ: 0.25 }, universe, { mode: 'EVENT', maxVolumeShare: 0.0005 });
    const a = runBacktest(s);
    expect(runBacktest(s)).toEqual(a);
    expect(a.orderEvents.some((e) => e.type === 'PARTIALLY_FILLED')).toBe(true);
    // Caps make EVENT differ from the uncapped run (VECTORIZED has no caps).
    expect(a.equityCurve.at(-1)!.equity).not.toBe(runBacktest({ ...s, maxVolumeShare: undefined }).equityCurve.at(-1)!.equity);
  });

  it('reports progress up to 1 and stops with CANCELLED when asked', () => {
    const long = [fixtureBars('AAPL')];
    const seen: number[] = [];
    runBacktest(spec('MA_CROSSOVER', {}, long, { mode: 'EVENT' }), { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
    let polls = 0;
    expect(() => runBacktest(spec('MA_CROSSOVER', {}, long, { mode: 'VECTORIZED' }), { shouldCancel: () => ++polls > 1 })).toThrow(expect.objectContaining({ code: 'CANCELLED' }));
  });
});

describe('result shape', () => {
  it('equityCurve is built from equityColumns on first read and survives spread, JSON and structured clone', () => {
    const r = runBacktest(spec('MA_CROSSOVER', {}, universe.slice(0, 1)));
    const n = r.equityColumns.equity.length;
    expect(r.equityCurve).toHaveLength(n);
    expect(r.equityCurve[n - 1]).toEqual({ ts: r.equityColumns.ts[n - 1], equity: r.equityColumns.equity[n - 1], cash: r.equityColumns.cash[n - 1], exposure: r.equityColumns.exposure[n - 1] });
    expect(r.equityCurve).toBe(r.equityCurve); // built once
    expect(structuredClone(r).equityCurve).toEqual(r.equityCurve);
    expect({ ...r }.equityCurve).toBe(r.equityCurve);
    expect(JSON.parse(JSON.stringify(r)).equityCurve[5]).toEqual(r.equityCurve[5]);
  });
});

describe('bad input names the field', () => {
  const ok = spec('MA_CROSSOVER', {}, universe);
  it.each([
    [{ kind: 'NOPE' as StrategyKind }, 'kind'],
    [{ params: { fast: 0 } }, 'params.fast'],
    [{ initialCash: 0 }, 'initialCash'],
    [{ mode: 'FAST' as never }, 'mode'],
    [{ fees: { perShare: 0, bps: -1, minimum: 0 } }, 'fees.bps'],
    [{ slippage: { kind: 'SPREAD' as never, value: 1 } }, 'slippage.kind'],
    [{ slippage: { kind: 'BAR_RANGE' as const, value: 2 } }, 'slippage.value'],
    [{ kind: 'PAIRS' as StrategyKind, params: {} }, 'symbols'],
    [{ bars: [] }, 'bars'],
    [{ seed: -1 }, 'seed'],
    [{ maxVolumeShare: 2 }, 'maxVolumeShare'],
  ])('%j → %s', (change, field) => {
    expect(() => runBacktest({ ...ok, ...change })).toThrow(expect.objectContaining({ name: 'StrategyError', field }));
  });

  it('malformed series name the symbol and the field', () => {
    const good = fixtureBars('AAPL', { limit: 50 });
    const lowHigh = { ...good, high: good.high.map((h, i) => (i === 10 ? good.low[i]! * 0.9 : h)) };
    expect(() => runBacktest({ ...ok, bars: [lowHigh] })).toThrow(expect.objectContaining({ field: 'bars.AAPL.high' }));
    const short = { ...good, volume: good.volume.subarray(0, 10) };
    expect(() => runBacktest({ ...ok, bars: [short] })).toThrow(expect.objectContaining({ field: 'bars.AAPL.volume' }));
    const backwards = { ...good, ts: good.ts.map((t, i) => (i === 5 ? 0 : t)) };
    expect(() => runBacktest({ ...ok, bars: [backwards] })).toThrow(expect.objectContaining({ field: 'bars.AAPL.ts' }));
    const negative = { ...good, close: good.close.map((c, i) => (i === 7 ? -1 : c)) };
    expect(() => runBacktest({ ...ok, bars: [negative] })).toThrow(expect.objectContaining({ field: 'bars.AAPL.close' }));
    expect(() => runBacktest({ ...ok, bars: [good, good] })).toThrow(expect.objectContaining({ field: 'symbols' }));
  });

  it('series without common timestamps are NO_BARS', () => {
    const a = fixtureBars('AAPL', { from: '2000-01-01', to: '2000-12-31' });
    const b = fixtureBars('JPM', { from: '2001-01-01', to: '2001-12-31' });
    expect(() => runBacktest({ ...ok, bars: [a, b] })).toThrow(expect.objectContaining({ code: 'NO_BARS' }));
  });

  it('alignBars keeps the timestamps all series share', () => {
    const fb = fixtureBars('FB'); // listed 2012
    const aligned = alignBars([fixtureBars('AAPL'), fb]);
    expect(aligned.ts.length).toBe(fb.ts.length);
    expect(aligned.close[1]).toEqual(fb.close);
    expect(aligned.ts[0]).toBe(fb.ts[0]);
  });
});

describe('sweeps', () => {
  const base = spec('MA_CROSSOVER', { allowShort: 0 }, universe.slice(0, 2));

  it('returns every cell in grid order, the best Sharpe, PSR and a deflated Sharpe no larger than the PSR', () => {
    const r = runSweep(base, { fast: [5, 10, 20], slow: [50, 100] });
    expect(r.cells.map((c) => [c.params.fast, c.params.slow])).toEqual([
      [5, 50],
      [5, 100],
      [10, 50],
      [10, 100],
      [20, 50],
      [20, 100],
    ]);
    const sharpes = r.cells.map((c) => c.metrics.sharpe);
    expect(r.best.metrics.sharpe).toBe(Math.max(...sharpes));
    expect(r.cells[3]!.metrics).toEqual(runBacktest({ ...base, params: { fast: 10, slow: 100 } }).metrics);
    expect(r.probabilisticSharpe).toBe(r.best.metrics.probabilisticSharpe);
    expect(r.deflatedSharpe).toBeLessThan(r.probabilisticSharpe);
    expect(r.deflatedSharpe).toBeGreaterThanOrEqual(0);
  });

  it('rejects a grid over 10,000 combinations, unknown parameters and impossible combinations, naming the field', () => {
    const big = Array.from({ length: 101 }, (_, i) => i + 1);
    expect(() => runSweep(base, { fast: big, slow: big.map((x) => x + 200) })).toThrow(GridTooLargeError);
    expect(() => runSweep(base, { fast: big, slow: big.map((x) => x + 200) })).toThrow(expect.objectContaining({ code: 'GRID_TOO_LARGE', field: 'grid' }));
    expect(() => runSweep(base, { fats: [1] })).toThrow(expect.objectContaining({ field: 'grid.fats' }));
    expect(() => runSweep(base, { fast: [] })).toThrow(expect.objectContaining({ field: 'grid.fast' }));
    expect(() => runSweep(base, { fast: [60], slow: [50] })).toThrow(expect.objectContaining({ field: 'grid.slow' }));
    expect(() => runSweep(base, { fast: [5] }, { shouldCancel: () => true })).toThrow(StrategyError);
  });
});

describe('MA sweep kernel (the bench path)', () => {
  it('equals runBacktest(MA_CROSSOVER, VECTORIZED) per instrument, and sums sleeves of cash / N', () => {
    const bars = universe.slice(0, 3);
    const T = bars[0]!.ts.length;
    const open = new Float64Array(3 * T);
    const close = new Float64Array(3 * T);
    bars.forEach((b, k) => {
      open.set(b.open, k * T);
      close.set(b.close, k * T);
    });
    const pairs = [5, 20, 10, 50];
    const fees = { perShare: 0.005, bps: 1, minimum: 1 };
    const out = sweepMaCrossover({ length: T, instruments: 3, open, close, prefix: closePanelPrefix(close, 3, T), pairs, initialCash: 3_000_000, fees, slippageBps: 5, allowShort: true });
    for (let p = 0; p < 2; p++) {
      const single = bars.map((b) => runBacktest(spec('MA_CROSSOVER', { fast: pairs[2 * p]!, slow: pairs[2 * p + 1]!, allowShort: 1 }, [b], { fees })));
      for (let t = 0; t < T; t++) {
        let sum = 0;
        for (const s of single) sum = sum + s.equityColumns.equity[t]!;
        expect(out.equity[p * T + t]).toBe(sum);
      }
      expect(out.fills[p]).toBe(single.reduce((s, r) => s + r.fills.length, 0));
    }
    // One instrument: bit for bit.
    const one = sweepMaCrossover({ length: T, instruments: 1, open: open.subarray(0, T), close: close.subarray(0, T), prefix: closePanelPrefix(close.subarray(0, T), 1, T), pairs, initialCash: 1_000_000, fees, slippageBps: 5, allowShort: true });
    const ref = runBacktest(spec('MA_CROSSOVER', { fast: 10, slow: 50, allowShort: 1 }, [bars[0]!], { fees }));
    expect(Array.from(one.equity.subarray(T, 2 * T))).toEqual(Array.from(ref.equityColumns.equity));
  });
});
