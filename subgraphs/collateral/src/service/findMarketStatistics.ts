import type pg from 'pg';
import { correlation, matrix } from '@nautilus/accel/linalg';
import { alignReturns, findDailyCloses, type DailyClose } from '@nautilus/marketdata/reads';

/** Trading days per year, for annualising daily volatility. */
const TRADING_DAYS = 252;

/** Daily returns behind the volatilities and correlations (about six months). */
export const STATISTICS_LOOKBACK_DAYS = 120;

/** Fewer daily returns than this and an estimate is not trusted: the fallback applies. */
const MIN_RETURNS = 20;

/**
 * Annualised volatility used for an instrument whose history is too short to
 * estimate one (new listings): a deliberately high equity-like figure, so a
 * missing history never makes an account look safer than it is.
 */
export const FALLBACK_VOLATILITY = 0.6;

export interface MarketStatistics {
  /** instrumentId → annualised volatility of daily log returns. */
  volatility: Map<string, number>;
  /** Correlation of two instruments' daily returns (1 on the diagonal; 0 when there is too little common history). */
  correlation(a: string, b: string): number;
}

/**
 * Volatilities and correlations from marketdata's daily bars (its published
 * reads, @nautilus/marketdata/reads), for the Monte Carlo call prediction, option
 * revaluation and cross-margin offsets. One statement for all instruments.
 */
export async function findMarketStatistics(pool: pg.Pool, instrumentIds: readonly string[], asOf: Date): Promise<MarketStatistics> {
  const ids = [...new Set(instrumentIds)];
  const closes = await findDailyCloses(pool, { instrumentIds: ids.map(Number), to: asOf });
  const series = ids.map((id) => (closes.get(Number(id)) ?? []).slice(-(STATISTICS_LOOKBACK_DAYS + 1)));
  const volatility = new Map(ids.map((id, i) => [id, annualisedVolatility(series[i]!)]));
  const aligned = alignReturns(series, STATISTICS_LOOKBACK_DAYS);
  const t = aligned.returns[0]?.length ?? 0;
  const index = new Map(ids.map((id, i) => [id, i]));
  let rho: Float64Array | undefined;
  if (ids.length > 1 && t >= MIN_RETURNS) {
    const data = matrix(t, ids.length);
    aligned.returns.forEach((r, i) => r.forEach((value, k) => (data.data[k * ids.length + i] = value)));
    rho = correlation(data).data;
  }
  return {
    volatility,
    correlation(a, b) {
      if (a === b) return 1;
      const i = index.get(a);
      const j = index.get(b);
      if (i === undefined || j === undefined || !rho) return 0;
      const value = rho[i * ids.length + j]!;
      return Number.isFinite(value) ? value : 0;
    },
  };
}

function annualisedVolatility(closes: readonly DailyClose[]): number {
  if (closes.length <= MIN_RETURNS) return FALLBACK_VOLATILITY;
  let sum = 0;
  let sumSq = 0;
  const n = closes.length - 1;
  for (let k = 1; k < closes.length; k++) {
    const r = Math.log(closes[k]!.close / closes[k - 1]!.close);
    sum += r;
    sumSq += r * r;
  }
  const variance = (sumSq - (sum * sum) / n) / (n - 1);
  return Math.sqrt(Math.max(variance, 0) * TRADING_DAYS);
}
