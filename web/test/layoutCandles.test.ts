import { describe, expect, it } from 'vitest';
import { barIndexAt, closePath, layoutCandles, timeLabelIndices, type ChartFrame, type OhlcBar } from '../src/chart/layoutCandles.ts';

const frame: ChartFrame = { width: 460, height: 240, axisWidth: 60, axisHeight: 20, volumeRatio: 0.25 };

function bar(open: number, high: number, low: number, close: number, volume = 100): OhlcBar {
  return { ts: '2026-01-05T14:30:00.000Z', open, high, low, close, volume };
}

describe('layoutCandles', () => {
  const bars = [bar(100, 110, 90, 105, 50), bar(105, 108, 95, 96, 200), bar(96, 96, 96, 96, 0), bar(96, 120, 94, 118, 100)];
  const layout = layoutCandles(bars, frame);

  it('gives each bar an equal slot on an ordinal x axis, centred', () => {
    expect(layout.plotWidth).toBe(400);
    expect(layout.slot).toBe(100);
    expect(layout.candles.map((c) => c.x)).toEqual([50, 150, 250, 350]);
    expect(layout.candles[0]!.bodyWidth).toBe(24); // 70% of 100px, capped at 24px
  });

  it('splits the plot into a price pane above a volume pane', () => {
    // plot height 220; volume 25% = 55px; 6px gap
    expect(layout.volumeBottom).toBe(220);
    expect(layout.volumeTop).toBe(165);
    expect(layout.priceBottom).toBe(159);
    expect(layout.priceTop).toBe(8);
  });

  it('draws rising and falling bodies between open and close, wicks from high to low', () => {
    const [up, down] = layout.candles;
    const y = layout.price;
    expect(up!.rising).toBe(true);
    expect(up!.bodyTop).toBeCloseTo(y(105), 9);
    expect(up!.bodyHeight).toBeCloseTo(y(100) - y(105), 9);
    expect(up!.wickTop).toBeCloseTo(y(110), 9);
    expect(up!.wickBottom).toBeCloseTo(y(90), 9);
    expect(down!.rising).toBe(false);
    expect(down!.bodyTop).toBeCloseTo(y(105), 9);
    expect(down!.bodyHeight).toBeCloseTo(y(96) - y(105), 9);
  });

  it('keeps a doji visible with a 1px body and keeps every candle inside the price pane', () => {
    expect(layout.candles[2]!.bodyHeight).toBe(1);
    for (const c of layout.candles) {
      expect(c.wickTop).toBeGreaterThanOrEqual(layout.priceTop);
      expect(c.wickBottom).toBeLessThanOrEqual(layout.priceBottom);
    }
  });

  it('scales volume bars to the largest volume', () => {
    expect(layout.candles.map((c) => c.volumeHeight)).toEqual([13.75, 55, 0, 27.5]);
    expect(layout.candles[1]!.volumeTop).toBe(layout.volumeTop);
  });

  it('never makes bodies thinner than 1px when bars outnumber pixels', () => {
    const many = Array.from({ length: 2000 }, (_, i) => bar(100 + i, 101 + i, 99 + i, 100.5 + i));
    const dense = layoutCandles(many, frame);
    expect(dense.candles.every((c) => c.bodyWidth === 1)).toBe(true);
  });

  it('lays out an empty series without NaN', () => {
    const empty = layoutCandles([], frame);
    expect(empty.candles).toEqual([]);
    expect(Number.isFinite(empty.price(0.5))).toBe(true);
  });
});

describe('barIndexAt', () => {
  it('finds the slot under the pointer, clamped to the series', () => {
    expect(barIndexAt(0, 100, 4)).toBe(0);
    expect(barIndexAt(149, 100, 4)).toBe(1);
    expect(barIndexAt(-20, 100, 4)).toBe(0);
    expect(barIndexAt(9999, 100, 4)).toBe(3);
    expect(barIndexAt(10, 100, 0)).toBe(-1);
  });
});

describe('closePath', () => {
  it('moves to the first close and draws lines through the rest', () => {
    const layout = layoutCandles([bar(1, 2, 0, 1), bar(1, 2, 0, 2)], { ...frame, volumeRatio: 0 });
    const d = closePath(layout.candles, layout.price);
    expect(d).toMatch(/^M100\.00,[\d.]+L300\.00,[\d.]+$/);
  });
});

describe('timeLabelIndices', () => {
  it('labels every bar when they fit and always ends on the last bar', () => {
    expect(timeLabelIndices(3, 5)).toEqual([0, 1, 2]);
    expect(timeLabelIndices(10, 3)).toEqual([1, 5, 9]);
    expect(timeLabelIndices(0, 3)).toEqual([]);
  });
});
