import type pg from 'pg';
import { findInstrumentsById, findInstrumentsBySymbol, findLatestPrices, findReturnHistory } from '@nautilus/marketdata/reads';
import { badInput, parseId, parseText, quoteInput } from '@nautilus/runtime';
import { PERIODS_PER_YEAR } from '../domain/computeReturnMetrics.ts';
import { optimizeHoldings } from '../domain/optimizeHoldings.ts';
import { findBenchmarkSymbol } from '../store/portfolios.ts';
import { findOpenPositions } from '../store/positions.ts';
import {
  MIN_OBSERVATIONS,
  parseBlackLitterman,
  parseConstraints,
  parseGroups,
  type BlackLittermanOptionsInput,
  type Holding,
  type OptimizationConstraintsInput,
  type OptimizationMethod,
} from '../domain/parseOptimizationInput.ts';

export { MIN_OBSERVATIONS } from '../domain/parseOptimizationInput.ts';
export { FRONTIER_POINTS } from '../domain/optimizeHoldings.ts';
export type { OptimizationConstraintsInput, OptimizationMethod } from '../domain/parseOptimizationInput.ts';

export interface OptimizePortfolioOptions {
  portfolioId: string;
  method: OptimizationMethod;
  constraints: OptimizationConstraintsInput;
  blackLitterman?: BlackLittermanOptionsInput | null;
  discreteAllocation?: { cash: number } | null;
}

/** Upper bound on bar time that excludes nothing (the largest Date): the optimiser reads the whole stored history. */
const LATEST = new Date(8.64e15);

/**
 * Optimal weights for a portfolio's current (non-zero) holdings
 * (domain/optimizeHoldings: covariance estimators, every method, limits,
 * frontier, CVaR, discrete allocation). Here: the inputs checked, the holdings
 * from the store with their asset classes, the benchmark resolved when the
 * method or a limit needs one, the common daily returns and the latest prices
 * from marketdata's reads.
 * @throws BAD_USER_INPUT naming the field: `portfolioId` (unknown, fewer than 2
 *   holdings), `constraints.*` (inconsistent or infeasible),
 *   `constraints.lookbackDays` (insufficient history), `blackLitterman.*`,
 *   `discreteAllocation*`.
 */
export async function optimizePortfolio(pool: pg.Pool, options: OptimizePortfolioOptions) {
  const { portfolioId: id, method, constraints: c } = options;
  const portfolioId = parseId(id, 'portfolioId');
  const parsed = parseConstraints(method, c);
  const portfolio = await findBenchmarkSymbol(pool, portfolioId);
  if (!portfolio) throw badInput('portfolioId', `unknown portfolio ${quoteInput(id)}`);
  if (options.discreteAllocation) {
    const cash = options.discreteAllocation.cash;
    if (!Number.isFinite(cash) || cash <= 0) throw badInput('discreteAllocation.cash', `must be > 0, got ${cash}`);
  }
  const held: Array<Omit<Holding, 'assetClass'>> = await findOpenPositions(pool, portfolioId, { bySymbol: true });
  const instruments = await findInstrumentsById(pool, held.map((h) => h.instrumentId));
  const holdings: Holding[] = held.flatMap((h) => {
    const instrument = instruments.get(h.instrumentId);
    return instrument ? [{ ...h, assetClass: instrument.assetClass }] : [];
  });
  if (holdings.length < 2) throw badInput('portfolioId', `optimisation needs at least 2 holdings, the portfolio has ${holdings.length}`);
  const n = holdings.length;
  const { lower, upper } = parsed;
  if (lower !== undefined && lower * n > 1 + 1e-12) throw badInput('constraints.minWeight', `${n} holdings × ${lower} exceeds 1`);
  if (upper !== undefined && upper * n < 1 - 1e-12) throw badInput('constraints.maxWeight', `${n} holdings × ${upper} is below 1`);
  const groups = parseGroups(c.groups, holdings);
  const bl = method === 'BLACK_LITTERMAN' ? parseBlackLitterman(options.blackLitterman, holdings, PERIODS_PER_YEAR) : undefined;

  // benchmark: only when the method or a limit needs it
  const needsBenchmark = method === 'MIN_TRACKING_ERROR' || parsed.maxTrackingError !== undefined;
  let benchmark: { symbol: string; column: number } | undefined;
  const instrumentIds = holdings.map((h) => h.instrumentId);
  if (needsBenchmark) {
    const symbol = c.benchmarkSymbol != null ? parseText(c.benchmarkSymbol, 'constraints.benchmarkSymbol', 'symbol') : portfolio.benchmarkSymbol;
    if (!symbol) throw badInput('constraints.benchmarkSymbol', `${method === 'MIN_TRACKING_ERROR' ? 'MIN_TRACKING_ERROR' : 'maxTrackingError'} needs a benchmark: give benchmarkSymbol (the portfolio has none)`);
    const held = holdings.findIndex((h) => h.symbol === symbol);
    if (held >= 0) benchmark = { symbol, column: held };
    else {
      const instrument = (await findInstrumentsBySymbol(pool, [symbol])).get(symbol);
      if (!instrument) throw badInput('constraints.benchmarkSymbol', `unknown instrument ${quoteInput(symbol)}`);
      instrumentIds.push(instrument.id);
      benchmark = { symbol, column: n };
    }
  }

  const { returns } = await findReturnHistory(pool, { instrumentIds, lookbackDays: parsed.lookbackDays, to: LATEST });
  const t = returns[0]?.length ?? 0;
  if (t < MIN_OBSERVATIONS) {
    throw badInput('constraints.lookbackDays', `insufficient history: the ${benchmark ? 'holdings and the benchmark' : 'holdings'} share ${t} daily returns, at least ${MIN_OBSERVATIONS} are needed`);
  }
  const prices = await findLatestPrices(pool, holdings.map((h) => h.instrumentId));
  return optimizeHoldings({ method, parsed, holdings, groups, bl, returns, benchmark, prices, discreteAllocation: options.discreteAllocation });
}
