import type pg from 'pg';
import { badInput, parseIntInRange, type Clock } from '@nautilus/runtime';
import { baselTrafficLight } from '../domain/baselTrafficLight.ts';
import { christoffersenIndependence } from '../domain/christoffersenIndependence.ts';
import { estimateRisk } from '../domain/estimateRisk.ts';
import { findReturnHistory } from '@nautilus/marketdata/reads';
import { kupiecPof } from '../domain/kupiecPof.ts';
import { MAX_LOOKBACK_DAYS, MIN_OBSERVATIONS, parseConfidence } from '../domain/parseRiskArgs.ts';
import { toHeldPositions } from '../domain/toHeldPositions.ts';
import type { Exceedance, PortfolioRepresentation, VaRMethod, VarBacktestResult } from './types.ts';

export interface BacktestSeries {
  dates: readonly Date[];
  /** Realised one-day P&L per day. */
  pnl: readonly number[];
  /** The one-day VaR forecast for each day (positive loss), made the day before. */
  var: readonly number[];
  confidence: number;
}

/**
 * Scores a VaR forecast series: an exception is a day whose loss exceeds that
 * day's VaR (−pnl > var). Kupiec POF, Christoffersen independence and the
 * Basel zone on the exception sequence. Pure.
 */
export function scoreVarBacktest({ dates, pnl, var: forecasts, confidence }: BacktestSeries): Omit<VarBacktestResult, 'method' | 'windowDays'> {
  const hits = pnl.map((x, t) => -x > forecasts[t]!);
  const exceedances: Exceedance[] = [];
  hits.forEach((hit, t) => hit && exceedances.push({ date: dates[t]!, pnl: pnl[t]!, var: forecasts[t]! }));
  const days = hits.length;
  const kupiec = kupiecPof({ days, exceptions: exceedances.length, confidence });
  const independence = christoffersenIndependence(hits);
  return {
    confidence,
    exceptions: exceedances.length,
    kupiecStatistic: kupiec.statistic,
    kupiecPValue: kupiec.pValue,
    christoffersenStatistic: independence.statistic,
    christoffersenPValue: independence.pValue,
    zone: baselTrafficLight({ days, exceptions: exceedances.length, confidence }),
    exceedances,
  };
}

export interface RunVarBacktestOptions {
  pool: pg.Pool;
  clock: Clock;
  portfolio: PortfolioRepresentation;
  args: { confidence?: number | null; windowDays?: number | null; method?: VaRMethod | null; lookbackDays?: number | null };
}

/**
 * Rolling one-day VaR backtest of today's holdings (hypothetical P&L, as the
 * Basel framework allows): for each of the last `windowDays` days, VaR from
 * the `lookbackDays` returns before it, compared with that day's P&L.
 * @throws BAD_USER_INPUT naming the field: confidence, windowDays ∉ [20, 1000],
 *   lookbackDays ∉ [20, 2520], method MONTE_CARLO (one simulation per day is
 *   not offered), or too little history (`windowDays`).
 */
export async function runVarBacktest({ pool, clock, portfolio, args }: RunVarBacktestOptions): Promise<VarBacktestResult> {
  const confidence = parseConfidence(args.confidence);
  const windowDays = parseIntInRange(args.windowDays, 250, MIN_OBSERVATIONS, 1000, 'windowDays');
  const lookbackDays = parseIntInRange(args.lookbackDays, 250, MIN_OBSERVATIONS, MAX_LOOKBACK_DAYS, 'lookbackDays');
  const method = args.method ?? 'HISTORICAL';
  if (method === 'MONTE_CARLO') throw badInput('method', 'MONTE_CARLO is not offered for backtests; use PARAMETRIC, its closed-form equivalent');
  const positions = toHeldPositions(portfolio.positions);
  if (positions.length === 0) return { ...scoreVarBacktest({ dates: [], pnl: [], var: [], confidence }), method, windowDays };
  const history = await findReturnHistory(pool, { instrumentIds: positions.map((p) => p.instrumentId), lookbackDays: windowDays + lookbackDays, to: new Date(clock.now()) });
  const available = history.dates.length;
  if (available < windowDays + MIN_OBSERVATIONS) {
    throw badInput('windowDays', `needs ${windowDays} days plus at least ${MIN_OBSERVATIONS} days of estimation history, found ${available} daily returns`);
  }
  const values = positions.map((p) => p.value);
  const start = available - windowDays;
  const dates: Date[] = [];
  const pnl: number[] = [];
  const forecasts: number[] = [];
  for (let t = start; t < available; t++) {
    const from = Math.max(0, t - lookbackDays);
    const estimate = await estimateRisk({ positions, returns: history.returns.map((r) => r.slice(from, t)), method, confidence, horizonDays: 1, paths: 0, seed: 0 });
    dates.push(history.dates[t]!);
    pnl.push(values.reduce((s, v, i) => s + v * history.returns[i]![t]!, 0));
    forecasts.push(estimate.var);
  }
  return { ...scoreVarBacktest({ dates, pnl, var: forecasts, confidence }), method, windowDays };
}
