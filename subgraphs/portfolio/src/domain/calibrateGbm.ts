/**
 * GBM parameters from a daily value series: the daily log returns x (non-finite ones dropped)
 * give σ = sd(x)·√252 and μ = mean(x)·252 + σ²/2 (the drift whose log mean matches). Fewer than
 * two returns give μ = σ = 0.
 */
export function calibrateGbm(values: readonly number[]): { drift: number; volatility: number } {
  const logReturns = values.slice(1).map((v, t) => Math.log(v / values[t]!)).filter(Number.isFinite);
  let drift = 0;
  let volatility = 0;
  if (logReturns.length >= 2) {
    const mean = logReturns.reduce((a, b) => a + b, 0) / logReturns.length;
    const variance = logReturns.reduce((a, b) => a + (b - mean) ** 2, 0) / (logReturns.length - 1);
    volatility = Math.sqrt(variance * 252);
    drift = mean * 252 + (volatility * volatility) / 2;
  }
  return { drift, volatility };
}
