export interface CorrelationPair {
  symbolA: string;
  symbolB: string;
  correlation: number;
}

export interface CorrelationSummary {
  /** Risk factors (holdings, options mapped onto their underlyings). */
  factors: number;
  /** Mean of the off-diagonal correlations; null with fewer than two factors. */
  averagePairwise: number | null;
  lowest: CorrelationPair | null;
  highest: CorrelationPair | null;
  /** The pairs with the largest |ρ|, strongest first (at most `top`). */
  strongest: CorrelationPair[];
}

/**
 * The correlation structure behind a report, in a few numbers a risk manager
 * reads: the average pairwise correlation of the risk factors' daily returns
 * over the lookback, the lowest and highest pairs, and the strongest pairs by
 * |ρ|. Takes the sample covariance the VaR already computed (row-major n×n,
 * same factor order as `symbols`): ρᵢⱼ = Σᵢⱼ/√(ΣᵢᵢΣⱼⱼ), so the summary costs
 * O(n²) and no second pass over the history.
 */
export function summarizeCorrelation(symbols: readonly string[], covariance: ArrayLike<number>, top = 5): CorrelationSummary {
  const n = symbols.length;
  if (n < 2) return { factors: n, averagePairwise: null, lowest: null, highest: null, strongest: [] };
  const sd = Array.from({ length: n }, (_, i) => Math.sqrt(covariance[i * n + i]!));
  const rho = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) rho[i * n + j] = covariance[i * n + j]! / (sd[i]! * sd[j]!);
  // One pass over the n(n−1)/2 pairs, keeping only what is reported (no pair objects: 500 factors = 124,750 pairs).
  let sum = 0;
  let count = 0;
  let low = -1;
  let high = -1;
  const strongest: number[] = []; // flat indices i·n + j, strongest |ρ| first
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const at = i * n + j;
      const value = rho[at]!;
      // A factor that never moved has no correlation: leave its pairs out rather than report NaN.
      if (!Number.isFinite(value)) continue;
      sum += value;
      count++;
      if (low < 0 || value < rho[low]!) low = at;
      if (high < 0 || value > rho[high]!) high = at;
      if (strongest.length < top || Math.abs(value) > Math.abs(rho[strongest.at(-1)!]!)) {
        let k = Math.min(strongest.length, top - 1);
        strongest[k] = at;
        while (k > 0 && Math.abs(rho[strongest[k - 1]!]!) < Math.abs(value)) {
          strongest[k] = strongest[k - 1]!;
          strongest[--k] = at;
        }
      }
    }
  }
  if (count === 0) return { factors: n, averagePairwise: null, lowest: null, highest: null, strongest: [] };
  const pair = (at: number): CorrelationPair => ({ symbolA: symbols[Math.floor(at / n)]!, symbolB: symbols[at % n]!, correlation: rho[at]! });
  return { factors: n, averagePairwise: sum / count, lowest: pair(low), highest: pair(high), strongest: strongest.map(pair) };
}
