import { describe, expect, it } from 'vitest';
import { RANGES, applyTick, dayChange, toCandles, visibleWindow } from '../src/pages/markets/marketMath.ts';
import { DEFAULT_WATCHLIST, parseWatchlist, toggleSymbol } from '../src/pages/markets/watchlist.ts';

const candle = (time: number, close: number) => ({ time, open: close, high: close + 1, low: close - 1, close });

describe('applyTick', () => {
  const candles = [candle(0, 10), candle(300, 11)];

  it('moves the last candle’s close, high and low within its bucket, sharing older candles', () => {
    const next = applyTick(candles, 13, 420, 300);
    expect(next).toHaveLength(2);
    expect(next[0]).toBe(candles[0]);
    expect(next[1]).toEqual({ time: 300, open: 11, high: 13, low: 10, close: 13 });
    expect(applyTick(next, 9, 599, 300)[1]).toEqual({ time: 300, open: 11, high: 13, low: 9, close: 9 });
  });

  it('opens a new candle at the previous close when the tick is past the bucket', () => {
    const next = applyTick(candles, 12.5, 610, 300);
    expect(next).toHaveLength(3);
    expect(next[2]).toEqual({ time: 600, open: 11, high: 12.5, low: 11, close: 12.5 });
  });

  it('ignores late ticks and ticks that change nothing (same array back)', () => {
    expect(applyTick(candles, 50, 100, 300)).toBe(candles);
    expect(applyTick(candles, 11, 310, 300)).toBe(candles);
    expect(applyTick([], 11, 310, 300)).toEqual([]);
  });
});

describe('dayChange', () => {
  const daily = [
    { ts: '2026-01-02T00:00:00Z', close: 100 },
    { ts: '2026-01-05T00:00:00Z', close: 104 },
    { ts: '2026-01-06T00:00:00Z', close: 105 },
  ];

  it('compares with the close of the last session before today (UTC)', () => {
    expect(dayChange(daily, 107, '2026-01-06T15:00:00Z')).toEqual({ previousClose: 104, change: 3, percent: (3 / 104) * 100 });
    // The day after the last bar: that bar is the previous session.
    expect(dayChange(daily, 100.8, '2026-01-07T09:00:00Z')).toMatchObject({ previousClose: 105, change: 100.8 - 105 });
  });

  it('is null without a price, a time or a previous session', () => {
    expect(dayChange(daily, null, '2026-01-06T15:00:00Z')).toBeNull();
    expect(dayChange(daily, 1, null)).toBeNull();
    expect(dayChange(daily, 1, '2026-01-02T15:00:00Z')).toBeNull();
  });
});

describe('ranges', () => {
  const candles = toCandles(Array.from({ length: 800 }, (_, i) => ({ ts: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString(), open: 1, high: 1, low: 1, close: 1, volume: 0 })));

  it('shows the span ending at the last candle, every D1 range loading all the history', () => {
    const oneYear = RANGES.find((r) => r.key === '1Y')!;
    const window = visibleWindow(candles, oneYear);
    expect(window).toEqual({ from: candles.at(-1)!.time - 366 * 86_400, to: candles.at(-1)!.time });
    expect(visibleWindow(candles, RANGES.find((r) => r.key === '5Y')!)).toEqual({ from: candles[0]!.time, to: candles.at(-1)!.time });
    expect(visibleWindow(candles, RANGES.find((r) => r.key === 'All')!)).toBe('all');
    expect(RANGES.filter((r) => r.interval === 'D1').every((r) => r.limit === 10_000)).toBe(true);
    expect(RANGES.map((r) => r.key)).toEqual(['1D', '5D', '1M', '6M', '1Y', '5Y', 'All']);
  });
});

describe('watchlist', () => {
  it('reads a stored list, falling back to the default when missing or unreadable', () => {
    expect(parseWatchlist(null)).toEqual(DEFAULT_WATCHLIST);
    expect(parseWatchlist('not json')).toEqual(DEFAULT_WATCHLIST);
    expect(parseWatchlist('{"a":1}')).toEqual(DEFAULT_WATCHLIST);
    expect(parseWatchlist('["MSFT","MSFT","GLD"]')).toEqual(['MSFT', 'GLD']);
    expect(parseWatchlist('[]')).toEqual([]);
  });

  it('toggles a symbol (upper-cased) in or out', () => {
    expect(toggleSymbol(['SPY'], 'msft')).toEqual(['SPY', 'MSFT']);
    expect(toggleSymbol(['SPY', 'MSFT'], 'MSFT')).toEqual(['SPY']);
  });
});
