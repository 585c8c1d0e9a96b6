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
  /** Newton steps taken. */
  iterations: number;
}

/** Newton steps before giving up (a well-posed problem needs ~5–30). */
const MAX_STEPS = 200;
/** Stop once every risk contribution is within this relative error of its budget. */
const TARGET_ERROR = 1e-13;
/**
 * The largest relative risk-contribution error returned rather than reported
 * as NOT_CONVERGED: 1e-10, or 100× the rounding floor of evaluating the risk
 * contributions when the covariance is so ill-conditioned that this is more,
 * but never more than 1e-6.
 */
const ACCEPT_ERROR = 1e-10;
const FLOOR_CAP = 1e-6;
/** Below this Newton decrement (of f/min b, a standard self-concordant function) the full Newton step is taken. */
const QUADRATIC_REGION = 0.25;

/**
 * Long-only risk parity / risk budgeting. Not a QP, so not HiGHS: we solve
 * Spinu's (2013, "An algorithm for computing risk parity weights") strictly
 * convex problem  min ½xᵀΣx − Σ b_i ln x_i  (Σ b_i = 1), whose minimiser has
 * x_i(Σx)_i = b_i, then w = budget·x/Σx. Only the budget constraint is
 * supported (box/group limits change the problem; use optimizeMeanVariance).
 *
 * Numerics (each was needed for real covariances such as a Ledoit-Wolf
 * estimate of stocks, gold and bitcoin, which failed a plain Newton loop):
 * - Solved in correlation units y_i = σ_i x_i (C = D⁻¹ΣD⁻¹, unit diagonal),
 *   so badly scaled covariances (one variance 50× or 10⁶× another) do not
 *   change the conditioning or the tolerances.
 * - f/min b is self-concordant (−b ln y is for b ≥ 1; the quadratic always
 *   is), so with the Newton decrement λ̃ of f/min b: when λ̃ < 1/4 the full
 *   Newton step is taken (quadratic convergence, and it stays inside the
 *   Dikin ellipsoid, so y > 0); otherwise a backtracking Armijo line search
 *   that keeps y > 0, falling back to the damped step 1/(1 + λ̃), which
 *   provably decreases f (Nesterov 2004, §4.1.5). No step depends on
 *   comparing f values that rounding cannot tell apart — the old loop stalled
 *   there, its line search halving the step to nothing near the optimum while
 *   an absolute 1e-14 gradient test sat below the rounding floor.
 * - Convergence is tested on what the caller wants: the largest relative
 *   error |RC_i − b_i| / b_i of the risk contributions RC_i = y_i(Cy)_i / yᵀCy.
 *   We stop at 1e-13, or when full Newton steps stop reducing the error (the
 *   floating-point floor), and keep the best iterate. The returned weights'
 *   risk contributions (computed from Σ) are checked against the budgets:
 *   within 1e-10 relative (in practice ~1e-14), or within 100× the rounding
 *   floor ε·max_i Σ_j|Σ_ij w_j| / |(Σw)_i| for a nearly singular Σ, capped
 *   at 1e-6.
 * @throws AccelError BAD_INPUT for non-positive budgets or variances, or a
 *   zero budget; NOT_POSITIVE_DEFINITE when the Newton system loses positive
 *   definiteness (a covariance that is not positive semi-definite);
 *   NOT_CONVERGED when the returned risk contributions would miss their
 *   budgets by more than that (after at most 200 Newton steps) — a singular
 *   covariance with a long-only zero-variance portfolio, for which no
 *   risk-parity portfolio exists.
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
      assertInput(input.budgets[i]! > 0 && Number.isFinite(input.budgets[i]!), `risk budget ${i} must be finite and > 0`);
      s += input.budgets[i]!;
    }
    for (let i = 0; i < n; i++) b[i] = input.budgets[i]! / s;
  }
  const budget = input.budget ?? 1;
  assertInput(Number.isFinite(budget) && budget !== 0, `budget must be a finite non-zero number, got ${budget}`);
  const S = cov.data;
  const sd = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    assertInput(S[i * n + i]! > 0, `asset ${i} has zero or negative variance`);
    sd[i] = Math.sqrt(S[i * n + i]!);
  }
  // correlation units: C = D⁻¹ΣD⁻¹ (symmetrised), y = Dx
  const C = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    C[i * n + i] = 1;
    for (let j = 0; j < i; j++) C[i * n + j] = C[j * n + i] = (0.5 * (S[i * n + j]! + S[j * n + i]!)) / (sd[i]! * sd[j]!);
  }
  const { y, iterations } = solveSpinu(C, b);
  let sx = 0;
  const x = y.map((v, i) => v / sd[i]!);
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
  // what the caller sees must hold: each RC_i within `accept` (relative) of b_i, where rounding in Σw
  // bounds what can be verified at ε·max_i Σ_j|Σ_ij w_j| / |(Σw)_i| (1 unless Σ is near-singular)
  let error = 0;
  let amplification = 1;
  for (let i = 0; i < n; i++) {
    error = Math.max(error, Math.abs(riskContributions[i]! - b[i]!) / b[i]!);
    let a = 0;
    for (let j = 0; j < n; j++) a += Math.abs(S[i * n + j]! * weights[j]!);
    amplification = Math.max(amplification, a / Math.abs(sw[i]!));
  }
  const accept = Math.min(FLOOR_CAP, Math.max(ACCEPT_ERROR, 100 * Number.EPSILON * amplification));
  if (!(error <= accept)) {
    throw new AccelError(
      AccelErrorCode.NOT_CONVERGED,
      `risk parity: after ${iterations} Newton steps the risk contributions are ${variance > 0 ? `still ${error.toExponential(2)} (relative) off their budgets` : 'undefined (zero portfolio variance)'}; the covariance is singular or nearly so, with a long-only portfolio of (almost) zero variance, so no risk-parity portfolio can be computed reliably.`,
    );
  }
  return { weights, riskContributions, volatility: Math.sqrt(variance), iterations };
}

/** The minimiser y > 0 of ½yᵀCy − Σ b_i ln y_i for a unit-diagonal C and budgets b summing to 1. */
function solveSpinu(C: Float64Array, b: Float64Array): { y: Float64Array; iterations: number } {
  const n = b.length;
  let bMin = Infinity;
  for (let i = 0; i < n; i++) bMin = Math.min(bMin, b[i]!);
  const mul = (v: Float64Array, out: Float64Array): number => {
    let q = 0;
    for (let i = 0; i < n; i++) {
      let r = 0;
      for (let j = 0; j < n; j++) r += C[i * n + j]! * v[j]!;
      out[i] = r;
      q += v[i]! * r;
    }
    return q;
  };
  const cy = new Float64Array(n);
  const f = (v: Float64Array): number => {
    const q = mul(v, cy);
    let lg = 0;
    for (let i = 0; i < n; i++) lg += b[i]! * Math.log(v[i]!);
    return 0.5 * q - lg;
  };
  /** max_i |RC_i − b_i| / b_i; leaves Cy in `cy`. */
  const rcError = (v: Float64Array): number => {
    const q = mul(v, cy);
    if (!(q > 0)) return Infinity;
    let e = 0;
    for (let i = 0; i < n; i++) e = Math.max(e, Math.abs((v[i]! * cy[i]!) / q - b[i]!) / b[i]!);
    return Number.isNaN(e) ? Infinity : e;
  };

  // start on the budgets, scaled so that yᵀCy = Σb = 1 as at the optimum
  const y = Float64Array.from(b);
  const q0 = mul(y, cy);
  if (q0 > 0) for (let i = 0; i < n; i++) y[i] = y[i]! / Math.sqrt(q0);
  const best = Float64Array.from(y);
  let bestError = Infinity;
  let stalled = 0;
  const g = new Float64Array(n);
  const hess = matrix(n, n);
  const d = new Float64Array(n);
  const trial = new Float64Array(n);
  let steps = 0;
  for (; ; steps++) {
    const error = rcError(y);
    const improved = error < bestError;
    if (improved) {
      best.set(y);
      bestError = error;
    }
    if (bestError <= TARGET_ERROR || steps >= MAX_STEPS) break;
    for (let i = 0; i < n; i++) g[i] = cy[i]! - b[i]! / y[i]!;
    hess.data.set(C);
    for (let i = 0; i < n; i++) hess.data[i * n + i] = hess.data[i * n + i]! + b[i]! / (y[i]! * y[i]!);
    let L: Float64Array;
    try {
      L = cholesky(hess).data;
    } catch (error) {
      if (error instanceof AccelError && error.code === AccelErrorCode.NOT_POSITIVE_DEFINITE) {
        throw new AccelError(
          AccelErrorCode.NOT_POSITIVE_DEFINITE,
          'risk parity: the Newton system Σ + diag(b/x²) is not positive definite, so the covariance is not positive semi-definite, or singular with a long-only zero-variance portfolio (then no risk-parity portfolio exists); repair it or shrink it with ledoitWolf().',
          { cause: error },
        );
      }
      throw error;
    }
    // solve L Lᵀ d = −g
    for (let i = 0; i < n; i++) {
      let s = -g[i]!;
      for (let k = 0; k < i; k++) s -= L[i * n + k]! * d[k]!;
      d[i] = s / L[i * n + i]!;
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = d[i]!;
      for (let k = i + 1; k < n; k++) s -= L[k * n + i]! * d[k]!;
      d[i] = s / L[i * n + i]!;
    }
    let slope = 0;
    for (let i = 0; i < n; i++) slope += g[i]! * d[i]!;
    const decrement = Math.sqrt(Math.max(-slope, 0) / bMin);
    // the longest step keeping y > 0 (the full step always does in exact arithmetic when decrement < 1)
    let step = 1;
    for (let i = 0; i < n; i++) if (d[i]! < 0 && y[i]! + d[i]! <= 0) step = Math.min(step, (-0.99 * y[i]!) / d[i]!);
    if (decrement < QUADRATIC_REGION) {
      // quadratic region: pure Newton; when three steps in a row do not lower the error we are at the rounding floor
      stalled = improved ? 0 : stalled + 1;
      if (stalled >= 3) break;
    } else {
      const f0 = f(y);
      let accepted = false;
      for (let ls = 0; ls < 50 && !accepted; ls++) {
        for (let i = 0; i < n; i++) trial[i] = y[i]! + step * d[i]!;
        if (f(trial) <= f0 + 1e-4 * step * slope) accepted = true;
        else step *= 0.5;
      }
      if (!accepted) step = Math.min(step, 1 / (1 + decrement));
    }
    for (let i = 0; i < n; i++) y[i] = y[i]! + step * d[i]!;
  }
  return { y: best, iterations: steps };
}
