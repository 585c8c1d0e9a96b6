import { describe, expect, it } from 'vitest';
import { histogram, historicalPnl } from '../src/pages/risk/pnlDistribution.ts';

const bar = (day: string, close: number) => ({ ts: `${day}T00:00:00Z`, close });

describe('historicalPnl', () => {
  it('replays today’s values over the returns of the dates every holding has a close', () => {
    const { dates, pnl } = historicalPnl([
      { symbol: 'A', value: 1000, bars: [bar('2026-01-02', 100), bar('2026-01-03', 110), bar('2026-01-04', 99), bar('2026-01-05', 99)] },
      // No close on the 4th (a weekend day for B): the common dates are the 2nd, 3rd and 5th.
      { symbol: 'B', value: -500, bars: [bar('2026-01-02', 50), bar('2026-01-03', 40), bar('2026-01-05', 44)] },
    ]);
    expect(dates).toEqual(['2026-01-03', '2026-01-05']);
    expect(pnl[0]).toBeCloseTo(1000 * 0.1 - 500 * -0.2, 9);
    expect(pnl[1]).toBeCloseTo(1000 * (99 / 110 - 1) - 500 * 0.1, 9);
  });

  it('keeps the last `lookback` days and is empty without holdings or common dates', () => {
    const bars = Array.from({ length: 10 }, (_, i) => bar(`2026-01-${String(i + 1).padStart(2, '0')}`, 100 + i));
    expect(historicalPnl([{ symbol: 'A', value: 100, bars }], 3).dates).toEqual(['2026-01-08', '2026-01-09', '2026-01-10']);
    expect(historicalPnl([])).toEqual({ dates: [], pnl: [] });
    expect(historicalPnl([{ symbol: 'A', value: 1, bars: [bar('2026-01-01', 1)] }, { symbol: 'B', value: 1, bars: [] }]).pnl).toEqual([]);
  });
});

describe('histogram', () => {
  it('counts values into equal bins over [min, max], the maximum in the last bin', () => {
    const bins = histogram([-2, -1, 0, 0.5, 1, 2], 4);
    expect(bins.map((b) => [b.from, b.to, b.count])).toEqual([
      [-2, -1, 1],
      [-1, 0, 1],
      [0, 1, 2],
      [1, 2, 2],
    ]);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(6);
  });

  it('widens a single value into a band and ignores non-finite values', () => {
    expect(histogram([3, 3, Number.NaN], 2)).toEqual([
      { from: 2.5, to: 3, count: 0 },
      { from: 3, to: 3.5, count: 2 },
    ]);
    expect(histogram([], 5)).toEqual([]);
  });
});
