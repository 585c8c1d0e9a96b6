/**
 * Real daily closes from ../shared/fixtures/market beside the repository (PyPortfolioOpt's test resources). The files hold
 * adjusted closes only, so the bars derive open/high/low deterministically from them:
 * open_t = close_{t−1} (open_0 = close_0), high = max(open, close)·1.005, low = min(open, close)·0.995,
 * volume 1,000,000. Timestamps are the dates at 00:00 UTC.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BarSeries } from '../../src/domain/index.ts';

/** The fixtures live in `../shared` next to the checkout (subgraphs/strategy/test/domain → four levels up). */
const DIR = process.env.NAUTILUS_FIXTURES ?? fileURLToPath(new URL('../../../../../shared/fixtures/market', import.meta.url));

let cache: { header: string[]; rows: string[][] } | null = null;
function table() {
  if (!cache) {
    const lines = readFileSync(`${DIR}/stock_prices.csv`, 'utf8').trim().split('\n');
    cache = { header: lines[0]!.split(','), rows: lines.slice(1).map((l) => l.split(',')) };
  }
  return cache;
}

/** Bars of one fixture stock (rows where it has a close), optionally from/to ISO dates and limited to `limit` bars. */
export function fixtureBars(symbol: string, opts: { from?: string; to?: string; limit?: number } = {}): BarSeries {
  const { header, rows } = table();
  const col = header.indexOf(symbol);
  if (col < 0) throw new Error(`no fixture column ${symbol}`);
  const ts: number[] = [];
  const close: number[] = [];
  for (const r of rows) {
    const date = r[0]!;
    const v = r[col];
    if (!v) continue;
    if (opts.from && date < opts.from) continue;
    if (opts.to && date > opts.to) continue;
    ts.push(Date.parse(`${date}T00:00:00Z`));
    close.push(Number(v));
    if (opts.limit && ts.length >= opts.limit) break;
  }
  const n = ts.length;
  const s: BarSeries = {
    symbol,
    ts: Float64Array.from(ts),
    open: new Float64Array(n),
    high: new Float64Array(n),
    low: new Float64Array(n),
    close: Float64Array.from(close),
    volume: new Float64Array(n).fill(1_000_000),
  };
  for (let t = 0; t < n; t++) {
    const o = t > 0 ? close[t - 1]! : close[0]!;
    const c = close[t]!;
    s.open[t] = o;
    s.high[t] = Math.max(o, c) * 1.005;
    s.low[t] = Math.min(o, c) * 0.995;
  }
  return s;
}
