import type { CandlePoint, ValuePoint } from '../../charts/TimeSeriesChart.tsx';

/** Chart ranges: each picks the bar interval to load and how much of it is in view at first. */
export type RangeKey = '1D' | '5D' | '1M' | '6M' | '1Y' | '5Y' | 'All';
export interface RangeSpec {
  key: RangeKey;
  interval: 'M5' | 'M15' | 'D1';
  /** Bars to load (the latest ones); every D1 range loads all the daily history, so any year can be scrolled to. */
  limit: number;
  /** Seconds in view, ending at the last bar; null fits everything. */
  spanSeconds: number | null;
  intraday: boolean;
}

const DAY_S = 86_400;
export const RANGES: readonly RangeSpec[] = [
  { key: '1D', interval: 'M5', limit: 600, spanSeconds: DAY_S, intraday: true },
  { key: '5D', interval: 'M15', limit: 800, spanSeconds: 5 * DAY_S, intraday: true },
  { key: '1M', interval: 'D1', limit: 10_000, spanSeconds: 31 * DAY_S, intraday: false },
  { key: '6M', interval: 'D1', limit: 10_000, spanSeconds: 183 * DAY_S, intraday: false },
  { key: '1Y', interval: 'D1', limit: 10_000, spanSeconds: 366 * DAY_S, intraday: false },
  { key: '5Y', interval: 'D1', limit: 10_000, spanSeconds: 5 * 366 * DAY_S, intraday: false },
  { key: 'All', interval: 'D1', limit: 10_000, spanSeconds: null, intraday: false },
];

export const INTERVAL_SECONDS: Record<RangeSpec['interval'], number> = { M5: 300, M15: 900, D1: DAY_S };

export interface BarLike {
  ts: string;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

export const toSeconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

export function toCandles(bars: readonly BarLike[]): CandlePoint[] {
  return bars.map((b) => ({ time: toSeconds(b.ts), open: b.open, high: b.high, low: b.low, close: b.close }));
}

/** Volume bars coloured by the candle's direction. */
export function toVolume(bars: readonly BarLike[], up: string, down: string): ValuePoint[] {
  return bars.map((b) => ({ time: toSeconds(b.ts), value: b.volume, color: b.close >= b.open ? up : down }));
}

/**
 * Folds a live trade price into the candles: inside the last candle's bucket it moves close (and
 * high/low); past it, a new candle opens at the previous close. Earlier ticks are ignored.
 * Returns the same array when nothing changes; otherwise a new array sharing every older candle
 * (so the chart updates the last point in place).
 */
export function applyTick(candles: readonly CandlePoint[], price: number, tsSeconds: number, bucketSeconds: number): readonly CandlePoint[] {
  const last = candles[candles.length - 1];
  if (last === undefined || !Number.isFinite(price)) return candles;
  const bucket = Math.floor(tsSeconds / bucketSeconds) * bucketSeconds;
  if (bucket < last.time) return candles;
  if (bucket === last.time) {
    if (last.close === price && last.high >= price && last.low <= price) return candles;
    return [...candles.slice(0, -1), { ...last, close: price, high: Math.max(last.high, price), low: Math.min(last.low, price) }];
  }
  return [...candles, { time: bucket, open: last.close, high: Math.max(last.close, price), low: Math.min(last.close, price), close: price }];
}

/**
 * The day's change: the last price against the close of the previous session, i.e. the last daily
 * bar that starts before the UTC day of `nowIso` (the latest quote's time). Null without one.
 */
export function dayChange(daily: readonly { ts: string; close: number }[], last: number | null | undefined, nowIso: string | null | undefined): { previousClose: number; change: number; percent: number } | null {
  if (last === null || last === undefined || nowIso === null || nowIso === undefined) return null;
  const now = Date.parse(nowIso);
  if (!Number.isFinite(now)) return null;
  const startOfDay = Math.floor(now / (DAY_S * 1000)) * DAY_S * 1000;
  let previous: { close: number } | undefined;
  for (const bar of daily) if (Date.parse(bar.ts) < startOfDay) previous = bar;
  if (previous === undefined || previous.close === 0) return null;
  const change = last - previous.close;
  return { previousClose: previous.close, change, percent: (change / Math.abs(previous.close)) * 100 };
}

/** The window a range shows: `spanSeconds` ending at the last candle, or null to fit all. */
export function visibleWindow(candles: readonly CandlePoint[], range: RangeSpec): { from: number; to: number } | 'all' {
  const last = candles[candles.length - 1];
  const first = candles[0];
  if (range.spanSeconds === null || last === undefined || first === undefined) return 'all';
  return { from: Math.max(first.time, last.time - range.spanSeconds), to: last.time };
}
