import { linearScale, priceDomain, type LinearScale } from './scale.ts';

/** One OHLCV bar, as the `bars` query returns it. */
export interface OhlcBar {
  ts: string;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

/** The drawable frame inside the SVG: the price pane on top, the volume pane below it. */
export interface ChartFrame {
  width: number;
  height: number;
  /** Space for the price axis labels on the right. */
  axisWidth: number;
  /** Space for the time axis labels at the bottom. */
  axisHeight: number;
  /** Fraction of the plot height given to volume bars (0 hides them). */
  volumeRatio: number;
}

/** Pixel geometry of one candle. `bodyHeight` is at least 1 so a doji stays visible. */
export interface Candle {
  index: number;
  bar: OhlcBar;
  /** Centre of the candle. */
  x: number;
  /** Width of the body (the wick is a line at `x`). */
  bodyWidth: number;
  bodyTop: number;
  bodyHeight: number;
  wickTop: number;
  wickBottom: number;
  volumeTop: number;
  volumeHeight: number;
  rising: boolean;
}

export interface CandleLayout {
  candles: Candle[];
  price: LinearScale;
  /** Maps a bar index to the x of its centre. */
  x: (index: number) => number;
  /** Width of the slot each bar owns. */
  slot: number;
  plotWidth: number;
  priceTop: number;
  priceBottom: number;
  volumeTop: number;
  volumeBottom: number;
}

/**
 * Lays out candles on an ordinal x axis (one slot per bar, so weekends and halts leave no gaps)
 * and a linear price axis. The body takes 70% of its slot, at least 1px, so hundreds of bars
 * still read as candles; volume bars share the slot and are scaled to the largest volume.
 */
export function layoutCandles(bars: readonly OhlcBar[], frame: ChartFrame): CandleLayout {
  const plotWidth = Math.max(1, frame.width - frame.axisWidth);
  const plotHeight = Math.max(1, frame.height - frame.axisHeight);
  const volumeHeightTotal = Math.round(plotHeight * Math.min(Math.max(frame.volumeRatio, 0), 0.9));
  const gap = volumeHeightTotal > 0 ? 6 : 0;
  const priceTop = 8;
  const priceBottom = plotHeight - volumeHeightTotal - gap;
  const volumeTop = plotHeight - volumeHeightTotal;
  const volumeBottom = plotHeight;

  const slot = plotWidth / Math.max(bars.length, 1);
  const bodyWidth = Math.max(1, Math.min(slot * 0.7, 24));
  const x = (index: number) => slot * index + slot / 2;
  const price = linearScale(priceDomain(bars), [priceBottom, priceTop]);
  let maxVolume = 0;
  for (const bar of bars) if (bar.volume > maxVolume) maxVolume = bar.volume;

  const candles = bars.map((bar, index): Candle => {
    const openY = price(bar.open);
    const closeY = price(bar.close);
    const bodyTop = Math.min(openY, closeY);
    const volumeHeight = maxVolume > 0 ? (bar.volume / maxVolume) * volumeHeightTotal : 0;
    return {
      index,
      bar,
      x: x(index),
      bodyWidth,
      bodyTop,
      bodyHeight: Math.max(1, Math.abs(closeY - openY)),
      wickTop: price(bar.high),
      wickBottom: price(bar.low),
      volumeTop: volumeBottom - volumeHeight,
      volumeHeight,
      rising: bar.close >= bar.open,
    };
  });

  return { candles, price, x, slot, plotWidth, priceTop, priceBottom, volumeTop, volumeBottom };
}

/** The index of the bar under pixel `px`, clamped to the series (for the hover crosshair). */
export function barIndexAt(px: number, slot: number, count: number): number {
  if (count === 0) return -1;
  return Math.min(count - 1, Math.max(0, Math.floor(px / slot)));
}

/** An SVG path through the closes, for the line chart mode. */
export function closePath(candles: readonly Candle[], price: LinearScale): string {
  return candles
    .map((c, i) => `${i === 0 ? 'M' : 'L'}${c.x.toFixed(2)},${price(c.bar.close).toFixed(2)}`)
    .join('');
}

/**
 * Indices of bars to label on the time axis: about `maxLabels`, evenly spaced, always including
 * the last bar so the axis ends at "now".
 */
export function timeLabelIndices(count: number, maxLabels: number): number[] {
  if (count <= 0 || maxLabels <= 0) return [];
  if (count <= maxLabels) return Array.from({ length: count }, (_, i) => i);
  const step = Math.ceil(count / maxLabels);
  const indices: number[] = [];
  for (let i = (count - 1) % step; i < count; i += step) indices.push(i);
  return indices;
}
