import { correlation, matrix } from '@nautilus/accel/linalg';

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
 * over the lookback (sample Pearson, the same returns the VaR used), the
 * lowest and highest pairs, and the strongest pairs by |ρ|.
 * `returns[i][t]` is factor i's return on day t.
 */
export function summarizeCorrelation(symbols: readonly string[], returns: readonly (readonly number[])[], top = 5): CorrelationSummary {
  const n = symbols.length;
  const t = returns[0]?.length ?? 0;
  if (n < 2 || t < 2) return { factors: n, averagePairwise: null, lowest: null, highest: null, strongest: [] };
  const data = matrix(t, n);
  for (let i = 0; i < n; i++) for (let k = 0; k < t; k++) data.data[k * n + i] = returns[i]![k]!;
  const rho = correlation(data).data;
  const pairs: CorrelationPair[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = rho[i * n + j]!;
      // A factor that never moved has no correlation: leave its pairs out rather than report NaN.
      if (Number.isFinite(value)) pairs.push({ symbolA: symbols[i]!, symbolB: symbols[j]!, correlation: value });
    }
  }
  if (pairs.length === 0) return { factors: n, averagePairwise: null, lowest: null, highest: null, strongest: [] };
  const byValue = [...pairs].sort((a, b) => a.correlation - b.correlation);
  return {
    factors: n,
    averagePairwise: pairs.reduce((s, p) => s + p.correlation, 0) / pairs.length,
    lowest: byValue[0]!,
    highest: byValue.at(-1)!,
    strongest: [...pairs].sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation)).slice(0, top),
  };
}
