import { ledoitWolf, matrix } from '@nautilus/accel/linalg';
import { riskParity } from '@nautilus/accel/riskParity';
import type { TargetWeightsFn } from '../domain/index.ts';

/** Simple returns of one window of closes; null when a close is missing, not positive or not finite. */
function simpleReturns(closes: ArrayLike<number>): number[] | null {
  const returns: number[] = [];
  for (let t = 1; t < closes.length; t++) {
    const a = closes[t - 1]!;
    const b = closes[t]!;
    if (!(a > 0) || !Number.isFinite(a) || !Number.isFinite(b)) return null;
    returns.push(b / a - 1);
  }
  return returns;
}

/**
 * The optimizer the engine hands TARGET_WEIGHTS (live and in backtests): portfolio's
 * `optimizePortfolio(method: RISK_PARITY)` methodology on the strategy's window, computed with the
 * same accel functions: equal risk contributions, long-only and fully invested (accel `riskParity`),
 * over the Ledoit-Wolf shrinkage covariance of the window's daily simple returns (accel
 * `ledoitWolf`). Symbols whose window has a gap or a zero variance get no weight and the others share
 * the budget; with fewer than two usable returns, or when the solver does not converge, the weights
 * are inverse volatilities (risk parity without correlations). Pure and deterministic, so a
 * backtest is reproducible bit for bit.
 */
export const riskParityWeights: TargetWeightsFn = (_asOf, symbols, closesWindow) => {
  const series = symbols.map((_, i) => simpleReturns(closesWindow[i]!));
  // Windows are aligned on the same dates: a common tail length over the usable ones.
  const length = Math.min(...series.filter((r): r is number[] => r !== null).map((r) => r.length));
  const usable = series
    .map((returns, i) => ({ i, returns: returns?.slice(-length) ?? null }))
    .filter((s): s is { i: number; returns: number[] } => s.returns !== null && Number.isFinite(length) && length >= 2 && variance(s.returns) > 0);
  const weights = new Array<number>(symbols.length).fill(0);
  if (usable.length === 0) return inverseVolatilityWeights(_asOf, symbols, closesWindow);
  if (usable.length === 1) {
    weights[usable[0]!.i] = 1;
    return weights;
  }
  try {
    const data = new Float64Array(length * usable.length);
    for (let t = 0; t < length; t++) for (let j = 0; j < usable.length; j++) data[t * usable.length + j] = usable[j]!.returns[t]!;
    const { covariance } = ledoitWolf(matrix(length, usable.length, data));
    const solved = riskParity({ covariance }).weights;
    usable.forEach((s, j) => (weights[s.i] = solved[j]!));
    return weights;
  } catch {
    return inverseVolatilityWeights(_asOf, symbols, closesWindow);
  }
};

function variance(returns: readonly number[]): number {
  if (returns.length < 2) return 0;
  const mean = returns.reduce((s, r) => s + r, 0) / returns.length;
  return returns.reduce((s, r) => s + (r - mean) ** 2, 0) / (returns.length - 1);
}

/**
 * Inverse-volatility weights of the window's simple returns, w_i = (1/σ_i) / Σ_j (1/σ_j), long-only and
 * fully invested (risk parity ignoring correlations): the fallback of {@link riskParityWeights}. A symbol
 * with fewer than two returns or zero volatility gets no weight.
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
    const v = variance(returns);
    return v > 0 ? 1 / Math.sqrt(v) : 0;
  });
  const total = inverse.reduce((s, v) => s + v, 0);
  return inverse.map((v) => (total > 0 ? v / total : 0));
};
