import { StrategyError } from './errors.ts';
import type { AlignedBars, Bar, BarSeries } from './types.ts';

const FIELDS = ['open', 'high', 'low', 'close', 'volume'] as const;

/** Check one series: equal lengths, strictly increasing timestamps, finite positive prices. Throws StrategyError naming the field. */
export function checkBarSeries(series: BarSeries, field = `bars.${series.symbol}`): void {
  const n = series.ts.length;
  for (const f of FIELDS) {
    if (series[f].length !== n) throw new StrategyError('BAD_INPUT', `${field}.${f}`, `${f} has ${series[f].length} values but ts has ${n}`);
  }
  for (let i = 0; i < n; i++) {
    if (i > 0 && !(series.ts[i]! > series.ts[i - 1]!)) throw new StrategyError('BAD_INPUT', `${field}.ts`, `timestamps must increase strictly (bar ${i})`);
    const o = series.open[i]!;
    const h = series.high[i]!;
    const l = series.low[i]!;
    const c = series.close[i]!;
    if (!(o > 0 && h > 0 && l > 0 && c > 0) || !Number.isFinite(o + h + l + c)) {
      throw new StrategyError('BAD_INPUT', `${field}.close`, `bar ${i} has a non-positive or non-finite price`);
    }
    if (h < Math.max(o, c) || l > Math.min(o, c)) throw new StrategyError('BAD_INPUT', `${field}.high`, `bar ${i}: high/low do not contain open and close`);
  }
}

/**
 * Align several series on the timestamps present in all of them (an inner join), keeping input order.
 * Throws StrategyError('NO_BARS') when they share none.
 */
export function alignBars(series: readonly BarSeries[]): AlignedBars {
  if (series.length === 0) throw new StrategyError('NO_BARS', 'bars', 'no bar series given');
  const seen = new Set<string>();
  for (const s of series) {
    if (seen.has(s.symbol)) throw new StrategyError('BAD_INPUT', 'bars', `symbol ${s.symbol} given twice`);
    seen.add(s.symbol);
  }
  // Fast path: every series has the very same timestamps (one series, or a panel already aligned).
  const first = series[0]!.ts;
  if (series.every((s) => sameTimestamps(s.ts, first))) {
    return {
      symbols: series.map((s) => s.symbol),
      ts: first,
      open: series.map((s) => s.open),
      high: series.map((s) => s.high),
      low: series.map((s) => s.low),
      close: series.map((s) => s.close),
      volume: series.map((s) => s.volume),
    };
  }
  // Intersect timestamps with a k-way merge (each series sorted ascending).
  const idx = series.map(() => 0);
  const common: number[] = [];
  const rows: number[][] = series.map(() => []);
  for (;;) {
    let maxTs = -Infinity;
    let done = false;
    for (let k = 0; k < series.length; k++) {
      if (idx[k]! >= series[k]!.ts.length) {
        done = true;
        break;
      }
      maxTs = Math.max(maxTs, series[k]!.ts[idx[k]!]!);
    }
    if (done) break;
    let all = true;
    for (let k = 0; k < series.length; k++) {
      const ts = series[k]!.ts;
      while (idx[k]! < ts.length && ts[idx[k]!]! < maxTs) idx[k]!++;
      if (idx[k]! >= ts.length || ts[idx[k]!]! !== maxTs) all = false;
    }
    if (all) {
      common.push(maxTs);
      for (let k = 0; k < series.length; k++) rows[k]!.push(idx[k]!++);
    }
  }
  if (common.length === 0) throw new StrategyError('NO_BARS', 'bars', `the series of ${series.map((s) => s.symbol).join(', ')} share no timestamp`);
  const pick = (arr: Float64Array, r: number[]) => {
    const out = new Float64Array(r.length);
    for (let i = 0; i < r.length; i++) out[i] = arr[r[i]!]!;
    return out;
  };
  return {
    symbols: series.map((s) => s.symbol),
    ts: Float64Array.from(common),
    open: series.map((s, k) => pick(s.open, rows[k]!)),
    high: series.map((s, k) => pick(s.high, rows[k]!)),
    low: series.map((s, k) => pick(s.low, rows[k]!)),
    close: series.map((s, k) => pick(s.close, rows[k]!)),
    volume: series.map((s, k) => pick(s.volume, rows[k]!)),
  };
}

function sameTimestamps(a: Float64Array, b: Float64Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Bar t of symbol k of an aligned panel (arrays may be shared with the input series: treat them as read-only). */
export function barAt(bars: AlignedBars, k: number, t: number): Bar {
  return { ts: bars.ts[t]!, open: bars.open[k]![t]!, high: bars.high[k]![t]!, low: bars.low[k]![t]!, close: bars.close[k]![t]!, volume: bars.volume[k]![t]! };
}

/** Build a BarSeries from plain rows (tests, seeds, the store). */
export function barSeriesFromRows(symbol: string, rows: readonly Bar[]): BarSeries {
  return {
    symbol,
    ts: Float64Array.from(rows, (r) => r.ts),
    open: Float64Array.from(rows, (r) => r.open),
    high: Float64Array.from(rows, (r) => r.high),
    low: Float64Array.from(rows, (r) => r.low),
    close: Float64Array.from(rows, (r) => r.close),
    volume: Float64Array.from(rows, (r) => r.volume),
  };
}
