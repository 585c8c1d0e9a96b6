/** Trading days per year used to annualise daily statistics. */
export const PERIODS_PER_YEAR = 252;

export interface ReturnMetrics {
  totalReturn: number;
  annualizedReturn: number;
  volatility: number;
  sharpe: number | null;
  sortino: number | null;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Sample standard deviation (n − 1). */
export function sampleStd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
}

/**
 * Standard statistics of periodic (daily) returns r₁…r_n:
 * - total return Π(1 + r_t) − 1; annualised (1 + total)^(252/n) − 1;
 * - volatility sd(r)·√252 (sample sd);
 * - Sharpe (Sharpe 1994): (mean(r) − r_f/252)/sd(r)·√252;
 * - Sortino (Sortino & Price 1994): (mean(r) − r_f/252)/DD·√252 with downside
 *   deviation DD = √(mean(min(0, r_t − r_f/252)²)) over all periods.
 * Ratios are null when their denominator is 0.
 */
export function computeReturnMetrics({ returns, riskFreeRate = 0 }: { returns: readonly number[]; riskFreeRate?: number }): ReturnMetrics {
  const n = returns.length;
  if (n === 0) return { totalReturn: 0, annualizedReturn: 0, volatility: 0, sharpe: null, sortino: null };
  const totalReturn = returns.reduce((acc, r) => acc * (1 + r), 1) - 1;
  const annualizedReturn = (1 + totalReturn) ** (PERIODS_PER_YEAR / n) - 1;
  const sd = sampleStd(returns);
  const rf = riskFreeRate / PERIODS_PER_YEAR;
  const excess = mean(returns) - rf;
  const downside = Math.sqrt(mean(returns.map((r) => Math.min(0, r - rf) ** 2)));
  return {
    totalReturn,
    annualizedReturn,
    volatility: sd * Math.sqrt(PERIODS_PER_YEAR),
    sharpe: sd > 0 ? (excess / sd) * Math.sqrt(PERIODS_PER_YEAR) : null,
    sortino: downside > 0 ? (excess / downside) * Math.sqrt(PERIODS_PER_YEAR) : null,
  };
}
