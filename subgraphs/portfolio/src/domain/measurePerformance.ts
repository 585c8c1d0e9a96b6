import { computeBenchmarkMetrics } from './computeBenchmarkMetrics.ts';
import { computeIrr } from './computeIrr.ts';
import { computeMaxDrawdown } from './computeMaxDrawdown.ts';
import { computeReturnMetrics } from './computeReturnMetrics.ts';
import { computeTimeWeightedReturns } from './computeTimeWeightedReturns.ts';

const DAY = 86_400_000;

/** One point of Performance.series. */
export interface PerformancePoint {
  date: Date;
  value: number;
  cumulativeReturn: number;
  benchmarkReturn: number | null;
}

export interface PerformanceInput {
  /** Every trade up to `to` as a signed quantity change, in (ts, id) order. */
  trades: ReadonlyArray<{ instrumentId: number; delta: number; ts: Date }>;
  /** Every cash entry up to `to`, in (ts, id) order; deposits and withdrawals are external. */
  cash: ReadonlyArray<{ amount: number; external: boolean; ts: Date }>;
  /** The traded instruments, in the order of the first `instrumentIds.length` rows of `closes`. */
  instrumentIds: readonly number[];
  /** Whether the last row of `closes` is the benchmark's. */
  withBenchmark: boolean;
  /** The dates with a daily close from the first activity's day to `to`, and the closes on them (NaN where missing). */
  dates: readonly Date[];
  /** Carried forward over gaps in place. */
  closes: number[][];
  from: Date | null;
  to: Date;
  riskFreeRate: number;
}

/** The figures of a window with no activity (or too short to measure): every statistic null. */
export function emptyPerformance(from: Date | null, to: Date) {
  return { from, to, observations: 0, totalReturn: null, annualizedReturn: null, volatility: null, sharpe: null, sortino: null, maxDrawdown: null, maxDrawdownPeak: null, maxDrawdownTrough: null, calmar: null, beta: null, alpha: null, trackingError: null, informationRatio: null, timeWeightedReturn: null, moneyWeightedReturn: null, series: [] as PerformancePoint[] };
}

/**
 * Performance of a portfolio from a daily valuation: on each date with a
 * daily close, V = Σ quantity held at the end of that day × close (carried
 * forward over a missing close) + cash. Deposits and withdrawals are the
 * external flows: the time-weighted return neutralises them (see
 * computeTimeWeightedReturns) and every risk statistic, drawdown included, is
 * taken on the TWR series; the money-weighted return is the IRR of
 * −V_start, the flows and +V_end (annual for windows of a year or more, else
 * for the window, as GIPS forbids annualising shorter periods). Benchmark statistics use the benchmark's
 * closes on the same dates.
 */
export function measurePerformance(input: PerformanceInput) {
  const { trades, cash, instrumentIds, withBenchmark, dates, closes, from, to, riskFreeRate } = input;
  const empty = emptyPerformance(from, to);
  for (const series of closes) for (let t = 1; t < series.length; t++) if (Number.isNaN(series[t]!)) series[t] = series[t - 1]!;

  const held = new Map<number, number>();
  let balance = 0;
  let ti = 0;
  let ci = 0;
  const values: number[] = [];
  const flows: number[] = [];
  for (const date of dates) {
    const endOfDay = date.getTime() + DAY;
    while (ti < trades.length && trades[ti]!.ts.getTime() < endOfDay) {
      const t = trades[ti++]!;
      held.set(t.instrumentId, (held.get(t.instrumentId) ?? 0) + t.delta);
    }
    let flow = 0;
    while (ci < cash.length && cash[ci]!.ts.getTime() < endOfDay) {
      const c = cash[ci++]!;
      balance += c.amount;
      if (c.external) flow += c.amount;
    }
    const t = values.length;
    const positions = instrumentIds.reduce((sum, id, i) => {
      const close = closes[i]![t]!;
      return sum + (held.get(id) ?? 0) * (Number.isNaN(close) ? 0 : close);
    }, 0);
    values.push(positions + balance);
    flows.push(flow);
  }
  const inRange = dates.map((d) => !from || d >= from);
  const first = inRange.indexOf(true);
  if (first < 0 || dates.length - first < 2) return { ...empty, observations: Math.max(0, dates.length - Math.max(first, 0)) };
  const window = { dates: dates.slice(first), values: values.slice(first), flows: flows.slice(first) };
  const returns = computeTimeWeightedReturns(window);
  const metrics = computeReturnMetrics({ returns, riskFreeRate });
  const index = [1];
  for (const r of returns) index.push(index.at(-1)! * (1 + r));
  const drawdown = computeMaxDrawdown(index);
  const benchmarkCloses = !withBenchmark ? null : closes.at(-1)!.slice(first);
  const series: PerformancePoint[] = window.dates.map((date, t) => ({
    date,
    value: window.values[t]!,
    cumulativeReturn: index[t]! - 1,
    benchmarkReturn: benchmarkCloses === null ? null : finiteOrNull(benchmarkCloses[t]! / benchmarkCloses[0]! - 1),
  }));
  let relative = { beta: null as number | null, alpha: null as number | null, trackingError: null as number | null, informationRatio: null as number | null };
  if (withBenchmark) {
    const series = closes.at(-1)!.slice(first);
    const benchmark = series.slice(1).map((c, t) => c / series[t]! - 1);
    if (benchmark.every(Number.isFinite)) relative = computeBenchmarkMetrics({ returns, benchmark, riskFreeRate });
  }
  // GIPS: returns for periods under a year are not annualised, so the IRR's
  // time unit is the year, or the whole window when it is shorter.
  const t0 = window.dates[0]!.getTime();
  const unit = Math.min(365.25 * DAY, window.dates.at(-1)!.getTime() - t0);
  const years = (d: Date) => (d.getTime() - t0) / unit;
  const irrFlows = [
    { years: 0, amount: -window.values[0]! },
    ...window.flows.slice(1).map((f, i) => ({ years: years(window.dates[i + 1]!), amount: -f })).filter((f) => f.amount !== 0),
    { years: years(window.dates.at(-1)!), amount: window.values.at(-1)! },
  ];
  return {
    from: window.dates[0]!,
    to: window.dates.at(-1)!,
    observations: window.values.length,
    ...metrics,
    maxDrawdown: drawdown.maxDrawdown,
    maxDrawdownPeak: drawdown.peakIndex === null ? null : window.dates[drawdown.peakIndex]!,
    maxDrawdownTrough: drawdown.troughIndex === null ? null : window.dates[drawdown.troughIndex]!,
    calmar: drawdown.maxDrawdown > 0 ? metrics.annualizedReturn / drawdown.maxDrawdown : null,
    ...relative,
    timeWeightedReturn: metrics.totalReturn,
    moneyWeightedReturn: computeIrr(irrFlows),
    series,
  };
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);
