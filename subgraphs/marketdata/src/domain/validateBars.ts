import { badInput, parseText, quoteInput } from '@nautilus/runtime';
import { INTERVALS } from './intervals.ts';
import type { BarInput, ResolvedBar } from './types.ts';

/** Largest batch one `ingestBars` call accepts. */
export const MAX_INGEST_BARS = 100_000;

/**
 * Checks the batch's size and its symbols' text and returns the distinct symbols to look up
 * (BAD_USER_INPUT naming `input.bars` or `input.bars[i].symbol`).
 */
export function checkBarBatch(bars: readonly BarInput[], path = 'input.bars'): string[] {
  if (bars.length === 0) throw badInput(path, 'must contain at least one bar');
  if (bars.length > MAX_INGEST_BARS) throw badInput(path, `must contain at most ${MAX_INGEST_BARS} bars per call, got ${bars.length}; split the upload`);
  return [...new Set(bars.map((b, i) => parseText(b.symbol, `${path}[${i}].symbol`, 'symbol')))];
}

/**
 * Checks every bar against the known instruments (`ids`: symbol → id) and resolves symbols to ids.
 * The first problem found is reported as `BAD_USER_INPUT` naming the field,
 * e.g. `input.bars[3].high: must be at least max(open, close) = 101.5, got 99`.
 */
export function resolveBars(bars: readonly BarInput[], ids: ReadonlyMap<string, number>, path = 'input.bars'): ResolvedBar[] {
  const seen = new Set<string>();
  const resolved: ResolvedBar[] = new Array(bars.length);
  for (let i = 0; i < bars.length; i++) {
    const bar = bars[i]!;
    const at = `${path}[${i}]`;
    const instrumentId = ids.get(bar.symbol);
    if (instrumentId === undefined) throw badInput(`${at}.symbol`, `unknown instrument ${quoteInput(bar.symbol)}`);
    const spec = INTERVALS[bar.interval];
    if (!spec?.stored) throw badInput(`${at}.interval`, `only M1 and D1 bars are stored, got ${bar.interval}; coarser bars are aggregated from M1`);
    const time = bar.ts.getTime();
    if (time % spec.millis !== 0) {
      throw badInput(`${at}.ts`, `must be aligned to the ${bar.interval} interval (${bar.interval === 'D1' ? 'midnight UTC' : 'a whole minute'}), got ${bar.ts.toISOString()}`);
    }
    for (const field of ['open', 'high', 'low', 'close'] as const) {
      const value = bar[field];
      if (!Number.isFinite(value) || value <= 0) throw badInput(`${at}.${field}`, `must be a positive price, got ${value}`);
    }
    if (!Number.isFinite(bar.volume) || bar.volume < 0) throw badInput(`${at}.volume`, `must be zero or more, got ${bar.volume}`);
    const top = Math.max(bar.open, bar.close);
    const bottom = Math.min(bar.open, bar.close);
    if (bar.high < top) throw badInput(`${at}.high`, `must be at least max(open, close) = ${top}, got ${bar.high}`);
    if (bar.low > bottom) throw badInput(`${at}.low`, `must be at most min(open, close) = ${bottom}, got ${bar.low}`);
    const key = `${instrumentId}|${spec.source}|${time}`;
    if (seen.has(key)) throw badInput(`${at}.ts`, `duplicates an earlier bar for ${bar.symbol} ${bar.interval} at ${bar.ts.toISOString()}`);
    seen.add(key);
    resolved[i] = { instrumentId, interval: spec.source, ts: bar.ts, open: bar.open, high: bar.high, low: bar.low, close: bar.close, volume: bar.volume };
  }
  return resolved;
}

/** Per instrument and interval, the earliest and latest time of a batch (the ranges an overlap check probes). */
export function barTimeRanges(bars: readonly ResolvedBar[]): { instrumentId: number; interval: string; from: number; to: number }[] {
  const ranges = new Map<string, { instrumentId: number; interval: string; from: number; to: number }>();
  for (const b of bars) {
    const key = `${b.instrumentId}|${b.interval}`;
    const t = b.ts.getTime();
    const range = ranges.get(key);
    if (!range) ranges.set(key, { instrumentId: b.instrumentId, interval: b.interval, from: t, to: t });
    else {
      if (t < range.from) range.from = t;
      if (t > range.to) range.to = t;
    }
  }
  return [...ranges.values()];
}
