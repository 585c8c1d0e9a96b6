import { AccelError, AccelErrorCode, assertInput } from '../errors/AccelError.ts';
import { cholesky } from '../linalg/cholesky.ts';
import { assertFinite, matrix, type Matrix } from '../linalg/Matrix.ts';

export interface RiskParityInput {
  covariance: Matrix;
  /** Risk budgets b_i > 0 (default equal: ERC). Normalised to sum to 1. */
  budgets?: ArrayLike<number>;
  /** Σ w (default 1). */
  budget?: number;
}

export interface RiskParityResult {
  weights: Float64Array;
  /** Fraction of portfolio variance from each asset: w_i(Σw)_i / wᵀΣw (sums to 1, equals the budgets at the optimum). */
  riskContributions: Float64Array;
  volatility: number;
  iterations: number;
}

/**
 * Long-only risk parity / risk budgeting. Not a QP, so not HiGHS: we solve
 * Spinu's (2013, "An algorithm for computing risk parity weights") strictly
 * convex problem  min ½xᵀΣx − Σ b_i ln x_i  by Newton's method with a
 * backtracking line search that keeps x > 0, then w = budget·x/Σx. Newton on a
 * strictly convex, self-concordant objective converges quadratically; each
 * step solves (Σ + diag(b/x²))d = −g by Cholesky. Only the budget constraint
 * is supported (box/group limits change the problem; use optimizeMeanVariance).
 * @throws AccelError BAD_INPUT for non-positive budgets or a non-PD covariance;
 *   NOT_CONVERGED after 100 Newton steps.
 */
export function riskParity(input: RiskParityInput): RiskParityResult {
  const cov = input.covariance;
  const n = cov.rows;
  assertInput(n >= 1 && cov.cols === n, 'covariance must be square');
  assertFinite(cov.data, 'covariance');
  const b = new Float64Array(n).fill(1 / n);
  if (input.budgets) {
    assertInput(input.budgets.length === n, `budgets has ${input.budgets.length} entries, expected ${n}`);
    let s = 0;
    for (let i = 0; i < n; i++) {
      assertInput(input.budgets[i]! > 0, `risk budget ${i} must be > 0`);
      s += input.budgets[i]!;
    }
    for (let i = 0; i < n; i++) b[i] = input.budgets[i]! / s;
  }
  const S = cov.data;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    assertInput(S[i * n + i]! > 0, `asset ${i} has zero or negative variance`);
    x[i] = b[i]! / Math.sqrt(S[i * n + i]!);
  }
  const f = (v: Float64Array): number => {
    let q = 0, lg = 0;
    for (let i = 0; i < n; i++) {
      let r = 0;
      for (let j = 0; j < n; j++) r += S[i * n + j]! * v[j]!;
      q += v[i]! * r;
      lg += b[i]! * Math.log(v[i]!);
    }
    return 0.5 * q - lg;
  };
  const g = new Float64Array(n);
  const hess = matrix(n, n);
  let iterations = 0;
  for (; iterations < 100; iterations++) {
    let gmax = 0;
    for (let i = 0; i < n; i++) {
      let r = 0;
      for (let j = 0; j < n; j++) r += S[i * n + j]! * x[j]!;
      g[i] = r - b[i]! / x[i]!;
      gmax = Math.max(gmax, Math.abs(g[i]! * x[i]!));
    }
    if (gmax < 1e-14) break;
    hess.data.set(S);
    for (let i = 0; i < n; i++) hess.data[i * n + i] = hess.data[i * n + i]! + (b[i]! / (x[i]! * x[i]!));
    const L = cholesky(hess).data;
    // solve L Lᵀ d = −g
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = -g[i]!;
      for (let k = 0; k < i; k++) s -= L[i * n + k]! * y[k]!;
      y[i] = s / L[i * n + i]!;
    }
    const d = new Float64Array(n);
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i]!;
      for (let k = i + 1; k < n; k++) s -= L[k * n + i]! * d[k]!;
      d[i] = s / L[i * n + i]!;
    }
    let step = 1;
    for (let i = 0; i < n; i++) if (d[i]! < 0) step = Math.min(step, -0.95 * x[i]! / d[i]!);
    const f0 = f(x);
    let slope = 0;
    for (let i = 0; i < n; i++) slope += g[i]! * d[i]!;
    const trial = new Float64Array(n);
    for (let ls = 0; ls < 60; ls++) {
      for (let i = 0; i < n; i++) trial[i] = x[i]! + step * d[i]!;
      if (f(trial) <= f0 + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    x.set(trial);
  }
  if (iterations >= 100) throw new AccelError(AccelErrorCode.NOT_CONVERGED, 'risk parity Newton iteration did not converge in 100 steps; check the covariance scale.');
  const budget = input.budget ?? 1;
  let sx = 0;
  for (let i = 0; i < n; i++) sx += x[i]!;
  const weights = x.map((v) => (budget * v) / sx);
  const sw = new Float64Array(n);
  let variance = 0;
  for (let i = 0; i < n; i++) {
    let r = 0;
    for (let j = 0; j < n; j++) r += S[i * n + j]! * weights[j]!;
    sw[i] = r;
    variance += weights[i]! * r;
  }
  const riskContributions = weights.map((w, i) => (w * sw[i]!) / variance);
  return { weights, riskContributions, volatility: Math.sqrt(variance), iterations };
}
