/**
 * The one-day P&L distribution drawn beside the VaR figures: today's holdings replayed over
 * their daily closes (pnl_t = Σ value_i · r_i,t on the dates every holding has a close), which is
 * exactly the sample the HISTORICAL method takes its quantile from for a book of linear holdings.
 * Pure, so the histogram is tested without a browser.
 */

export interface ClosesSeries {
  symbol: string;
  /** Position value today (quantity × multiplier × price). */
  value: number;
  /** Daily bars, oldest first. */
  bars: readonly { ts: string; close: number }[];
}

/**
 * Daily P&L of today's holdings on the common dates (the last `lookback` returns), oldest first.
 * A holding without bars makes the series empty (nothing common).
 */
export function historicalPnl(series: readonly ClosesSeries[], lookback = 250): { dates: string[]; pnl: number[] } {
  if (series.length === 0) return { dates: [], pnl: [] };
  const maps = series.map((s) => new Map(s.bars.map((b) => [b.ts.slice(0, 10), b.close])));
  const common = [...maps[0]!.keys()].filter((d) => maps.every((m) => m.has(d))).sort();
  const pnl: number[] = [];
  const dates: string[] = [];
  for (let t = 1; t < common.length; t++) {
    const day = common[t]!;
    const prev = common[t - 1]!;
    let sum = 0;
    series.forEach((s, i) => {
      const p0 = maps[i]!.get(prev)!;
      const p1 = maps[i]!.get(day)!;
      sum += p0 > 0 ? s.value * (p1 / p0 - 1) : 0;
    });
    dates.push(day);
    pnl.push(sum);
  }
  return { dates: dates.slice(-lookback), pnl: pnl.slice(-lookback) };
}

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** `bins` equal-width bins over [min, max] of the values (the maximum falls in the last bin). */
export function histogram(values: readonly number[], bins = 30): HistogramBin[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0 || bins < 1) return [];
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (min === max) {
    min -= 0.5;
    max += 0.5;
  }
  const width = (max - min) / bins;
  const out = Array.from({ length: bins }, (_, i) => ({ from: min + i * width, to: i === bins - 1 ? max : min + (i + 1) * width, count: 0 }));
  for (const v of finite) out[Math.min(bins - 1, Math.floor((v - min) / width))]!.count += 1;
  return out;
}
