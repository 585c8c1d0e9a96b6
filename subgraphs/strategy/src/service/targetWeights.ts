import type { TargetWeightsFn } from '../domain/index.ts';

/**
 * The optimizer the engine hands TARGET_WEIGHTS (live and in backtests): inverse-volatility weights of
 * the window's simple returns, w_i = (1/σ_i) / Σ_j (1/σ_j), long-only and fully invested (a risk-parity
 * allocation that ignores correlations). A symbol with fewer than two returns or zero volatility gets
 * no weight. Pure and deterministic, so a backtest is reproducible.
 */
export const inverseVolatilityWeights: TargetWeightsFn = (_asOf, symbols, closesWindow) => {
  const inverse = symbols.map((_, i) => {
    const closes = closesWindow[i]!;
    const returns: number[] = [];
    for (let t = 1; t < closes.length; t++) {
      const a = closes[t - 1]!;
      const b = closes[t]!;
      if (a > 0 && Number.isFinite(a) && Number.isFinite(b)) returns.push(b / a - 1);
    }
    if (returns.length < 2) return 0;
    const mean = returns.reduce((s, r) => s + r, 0) / returns.length;
    const variance = returns.reduce((s, r) => s + (r - mean) ** 2, 0) / (returns.length - 1);
    return variance > 0 ? 1 / Math.sqrt(variance) : 0;
  });
  const total = inverse.reduce((s, v) => s + v, 0);
  return inverse.map((v) => (total > 0 ? v / total : 0));
};
