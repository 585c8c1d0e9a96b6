/** One stored daily close. */
export interface DailyClose {
  /** Epoch milliseconds of the bar. */
  ts: number;
  close: number;
}

/** Daily simple returns of several instruments on common dates. */
export interface ReturnHistory {
  /** Dates of the returns (the later close of each pair), ascending. */
  dates: Date[];
  /** returns[i][t] = close[i][t+1] / close[i][t] − 1. */
  returns: number[][];
}

/** Returns aligned on the dates where every instrument has a close, the last `lookbackDays` of them. Pure. */
export function alignReturns(closes: ReadonlyArray<readonly DailyClose[]>, lookbackDays: number): ReturnHistory {
  if (closes.length === 0) return { dates: [], returns: [] };
  const byDate = new Map<number, number[]>();
  closes.forEach((series, i) => {
    for (const { ts, close } of series) {
      let values = byDate.get(ts);
      if (!values) byDate.set(ts, (values = new Array<number>(closes.length).fill(Number.NaN)));
      values[i] = close;
    }
  });
  const times = [...byDate.keys()]
    .sort((a, b) => a - b)
    .filter((t) => byDate.get(t)!.every((v) => !Number.isNaN(v)))
    .slice(-(lookbackDays + 1));
  return {
    dates: times.slice(1).map((t) => new Date(t)),
    returns: closes.map((_, i) => times.slice(1).map((t, k) => byDate.get(t)![i]! / byDate.get(times[k]!)![i]! - 1)),
  };
}
