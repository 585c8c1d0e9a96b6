import type pg from 'pg';
import type { Clock } from '@nautilus/runtime';
import { badInput } from '@nautilus/runtime';
import { emptyPerformance, measurePerformance } from '../domain/measurePerformance.ts';
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
 * Performance of a portfolio over [from, to] (domain/measurePerformance: daily
 * valuation, TWR and risk statistics, IRR, benchmark-relative figures): its
 * trades and cash entries from the store, the benchmark resolved and the daily
 * closes of its instruments and benchmark from marketdata's reads, from the
 * day of the first activity.
 * @throws BAD_USER_INPUT `from` when after `to`.
 */
export async function computePortfolioPerformance(pool: pg.Pool, options: ComputePortfolioPerformanceOptions) {
  const { portfolio, riskFreeRate, clock } = options;
  const to = options.to ?? new Date(clock.now());
  const from = options.from ?? null;
  if (from && from > to) throw badInput('from', `must not be after to (${to.toISOString()})`);
  const [trades, cash] = await Promise.all([findQuantityChanges(pool, portfolio.id, to), findCashMovements(pool, portfolio.id, to)]);
  const firstActivity = Math.min(trades[0]?.ts.getTime() ?? Infinity, cash[0]?.ts.getTime() ?? Infinity);
  if (!Number.isFinite(firstActivity)) return emptyPerformance(from, to);
  const instrumentIds = [...new Set(trades.map((t) => t.instrumentId))];
  const benchmarkId = portfolio.benchmarkSymbol
    ? ((await findInstrumentsBySymbol(pool, [portfolio.benchmarkSymbol])).get(portfolio.benchmarkSymbol)?.id ?? null)
    : null;
  const ids = benchmarkId === null ? instrumentIds : [...instrumentIds, benchmarkId];
  const start = new Date(Math.floor(firstActivity / DAY) * DAY);
  const { dates, closes } = await findAlignedCloses(pool, { instrumentIds: ids, from: start, to, align: 'union' });
  return measurePerformance({ trades, cash, instrumentIds, withBenchmark: benchmarkId !== null, dates, closes, from, to, riskFreeRate });
}
