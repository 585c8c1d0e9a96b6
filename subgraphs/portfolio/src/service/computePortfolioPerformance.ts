import type pg from 'pg';
import type { Clock } from '@nautilus/runtime';
import { badInput } from '@nautilus/runtime';
import { computeBenchmarkMetrics } from '../domain/computeBenchmarkMetrics.ts';
import { computeIrr } from '../domain/computeIrr.ts';
import { computeMaxDrawdown } from '../domain/computeMaxDrawdown.ts';
import { computeReturnMetrics } from '../domain/computeReturnMetrics.ts';
import { computeTimeWeightedReturns } from '../domain/computeTimeWeightedReturns.ts';
import { findAlignedCloses, findInstrumentsBySymbol } from '@nautilus/marketdata/reads';
import { findCashMovements } from '../store/cashEntries.ts';
import { findQuantityChanges } from '../store/trades.ts';
import type { PortfolioRow } from './types.ts';

export interface ComputePortfolioPerformanceOptions {
  portfolio: PortfolioRow;
  from?: Date | null;
  to?: Date | null;
  riskFreeRate: number;
  clock: Clock;
}

const DAY = 86_400_000;

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
 * @throws BAD_USER_INPUT `from` when after `to`.
 */
export async function computePortfolioPerformance(pool: pg.Pool, options: ComputePortfolioPerformanceOptions) {
  const { portfolio, riskFreeRate, clock } = options;
  const to = options.to ?? new Date(clock.now());
  const from = options.from ?? null;
  if (from && from > to) throw badInput('from', `must not be after to (${to.toISOString()})`);
  const [trades, cash] = await Promise.all([findQuantityChanges(pool, portfolio.id, to), findCashMovements(pool, portfolio.id, to)]);
  const empty = { from, to, observations: 0, totalReturn: null, annualizedReturn: null, volatility: null, sharpe: null, sortino: null, maxDrawdown: null, maxDrawdownPeak: null, maxDrawdownTrough: null, calmar: null, beta: null, alpha: null, trackingError: null, informationRatio: null, timeWeightedReturn: null, moneyWeightedReturn: null, series: [] as PerformancePoint[] };
  const firstActivity = Math.min(trades[0]?.ts.getTime() ?? Infinity, cash[0]?.ts.getTime() ?? Infinity);
  if (!Number.isFinite(firstActivity)) return empty;
  const instrumentIds = [...new Set(trades.map((t) => t.instrumentId))];
  const benchmarkId = portfolio.benchmarkSymbol
    ? ((await findInstrumentsBySymbol(pool, [portfolio.benchmarkSymbol])).get(portfolio.benchmarkSymbol)?.id ?? null)
    : null;
  const ids = benchmarkId === null ? instrumentIds : [...instrumentIds, benchmarkId];
  const start = new Date(Math.floor(firstActivity / DAY) * DAY);
  const { dates, closes } = await findAlignedCloses(pool, { instrumentIds: ids, from: start, to, align: 'union' });
  // Carry the last close forward over dates an instrument has no bar.
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
  const benchmarkCloses = benchmarkId === null ? null : closes.at(-1)!.slice(first);
  const series: PerformancePoint[] = window.dates.map((date, t) => ({
    date,
    value: window.values[t]!,
    cumulativeReturn: index[t]! - 1,
    benchmarkReturn: benchmarkCloses === null ? null : finiteOrNull(benchmarkCloses[t]! / benchmarkCloses[0]! - 1),
  }));
  let relative = { beta: null as number | null, alpha: null as number | null, trackingError: null as number | null, informationRatio: null as number | null };
  if (benchmarkId !== null) {
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

/** One point of Performance.series. */
export interface PerformancePoint {
  date: Date;
  value: number;
  cumulativeReturn: number;
  benchmarkReturn: number | null;
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);
