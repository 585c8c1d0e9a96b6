/** RiskMetrics decay (J.P. Morgan 1996) used by Hull & White (1998). */
export const EWMA_LAMBDA = 0.94;

/**
 * Filtered historical simulation (Hull & White 1998, "Incorporating volatility
 * updating into the historical simulation method for VaR"): each asset's
 * return r_t is rescaled by σ_{T+1}/σ_t, where σ² follows the EWMA
 * σ²_{t+1} = λσ²_t + (1 − λ)r²_t (seeded with the sample variance), so old
 * scenarios carry today's volatility. Returns series of the same shape. Pure.
 */
export function filterHistoricalReturns(returns: readonly (readonly number[])[], lambda = EWMA_LAMBDA): number[][] {
  return returns.map((series) => {
    const n = series.length;
    if (n === 0) return [];
    let variance = series.reduce((s, r) => s + r * r, 0) / n;
    const sigmas = new Array<number>(n);
    for (let t = 0; t < n; t++) {
      sigmas[t] = Math.sqrt(variance);
      variance = lambda * variance + (1 - lambda) * series[t]! ** 2;
    }
    const current = Math.sqrt(variance);
    return series.map((r, t) => (sigmas[t]! === 0 ? 0 : (r * current) / sigmas[t]!));
  });
}
