import { AccelError, AccelErrorCode, assertInput } from '../errors/AccelError.ts';
import { assertFinite, matrix, type Matrix } from '../linalg/Matrix.ts';
import { matvec } from '../linalg/matmul.ts';
import { solve } from '../linalg/solve.ts';

/**
 * One view: the view portfolio p (a row of P, one entry per asset) is expected
 * to return q. An absolute view "asset i returns 8%" is p = e_i, q = 0.08; a
 * relative view "i outperforms j by 2%" is p = e_i − e_j, q = 0.02.
 */
export interface BlackLittermanView {
  /** The view portfolio p (length N). */
  portfolio: ArrayLike<number>;
  /** Expected return q of the view portfolio, in the covariance's period. */
  expectedReturn: number;
  /** Confidence in (0, 1] (default 0.5): how Ω is set depends on `viewUncertainty`. */
  confidence?: number;
}

/**
 * How a view's confidence C becomes its variance ω (Ω = diag(ω)):
 * - `idzorek` (default): ω = τ·p Σ pᵀ·(1 − C)/C. This is Idzorek's (2005)
 *   calibration in closed form (Walters 2011): with the unconstrained
 *   weights w = (δΣ)⁻¹μ_BL, the tilt w − w_mkt caused by the view alone is
 *   C × the tilt of a 100%-certain view (C = 1 gives ω = 0, the view holds
 *   exactly).
 * - `proportional`: ω = τ·p Σ pᵀ / C, He & Litterman's (1999) Ω = diag(P τΣ Pᵀ)
 *   divided by the confidence; C = 1 weights the view and the prior equally.
 */
export type ViewUncertainty = 'idzorek' | 'proportional';

export interface BlackLittermanInput {
  /** Σ, N×N covariance of returns (one period: a daily Σ gives daily π and μ_BL). */
  covariance: Matrix;
  /** Market (capitalisation) weights w_mkt, length N. */
  marketWeights: ArrayLike<number>;
  /** δ > 0 (default 2.5). */
  riskAversion?: number;
  /** τ > 0 (default 0.05): the prior's uncertainty relative to Σ. */
  tau?: number;
  views?: readonly BlackLittermanView[];
  viewUncertainty?: ViewUncertainty;
}

export interface BlackLittermanResult {
  /** π = δ Σ w_mkt: the equilibrium (implied) excess returns. */
  equilibriumReturns: Float64Array;
  /** μ_BL, the posterior mean. */
  posteriorReturns: Float64Array;
  /** Σ_BL = Σ + M, the covariance of returns under the posterior (M = posterior covariance of the mean). */
  posteriorCovariance: Matrix;
  /** The diagonal of Ω, one variance per view. */
  omega: Float64Array;
}

/**
 * Black-Litterman posterior (Black & Litterman 1992; the formulas of He &
 * Litterman, "The Intuition Behind Black-Litterman Model Portfolios", 1999):
 *   π    = δ Σ w_mkt
 *   μ_BL = π + τΣPᵀ (P τΣ Pᵀ + Ω)⁻¹ (q − Pπ)
 *   M    = τΣ − τΣPᵀ (P τΣ Pᵀ + Ω)⁻¹ P τΣ
 *   Σ_BL = Σ + M
 * written in this "update" form so that Ω may be singular (certain views).
 * With no views μ_BL = π and Σ_BL = (1 + τ)Σ. Ω per `viewUncertainty`
 * (Idzorek 2005, "A step-by-step guide to the Black-Litterman model";
 * Walters 2011, "The Black-Litterman Model in Detail", for the closed form).
 * @throws AccelError BAD_INPUT for wrong lengths, NaN, δ or τ ≤ 0, a
 *   confidence outside (0, 1] or a zero view portfolio; SINGULAR when the
 *   views contradict or repeat each other with certainty (P τΣ Pᵀ + Ω singular).
 */
export function blackLitterman(input: BlackLittermanInput): BlackLittermanResult {
  const cov = input.covariance;
  const n = cov.rows;
  assertInput(n >= 1 && cov.cols === n, `covariance must be square, got ${cov.rows}×${cov.cols}`);
  assertFinite(cov.data, 'covariance');
  assertInput(input.marketWeights.length === n, `marketWeights has ${input.marketWeights.length} entries, expected ${n}`);
  const wm = Float64Array.from(input.marketWeights);
  assertFinite(wm, 'marketWeights');
  const delta = input.riskAversion ?? 2.5;
  const tau = input.tau ?? 0.05;
  assertInput(Number.isFinite(delta) && delta > 0, `riskAversion must be > 0, got ${delta}`);
  assertInput(Number.isFinite(tau) && tau > 0, `tau must be > 0, got ${tau}`);
  const method = input.viewUncertainty ?? 'idzorek';
  assertInput(method === 'idzorek' || method === 'proportional', `viewUncertainty must be 'idzorek' or 'proportional', got ${String(method)}`);
  const views = input.views ?? [];
  const k = views.length;
  const pi = matvec(cov, wm).map((v) => v * delta);
  // τΣ
  const tauCov = cov.data.map((v) => v * tau);
  const P = new Float64Array(k * n);
  const q = new Float64Array(k);
  views.forEach((view, r) => {
    assertInput(view.portfolio.length === n, `views[${r}].portfolio has ${view.portfolio.length} entries, expected ${n}`);
    for (let i = 0; i < n; i++) P[r * n + i] = view.portfolio[i]!;
    assertFinite(P.subarray(r * n, (r + 1) * n), `views[${r}].portfolio`);
    assertInput(P.subarray(r * n, (r + 1) * n).some((v) => v !== 0), `views[${r}].portfolio is all zeros`);
    assertInput(Number.isFinite(view.expectedReturn), `views[${r}].expectedReturn must be finite, got ${view.expectedReturn}`);
    q[r] = view.expectedReturn;
    const c = view.confidence ?? 0.5;
    assertInput(Number.isFinite(c) && c > 0 && c <= 1, `views[${r}].confidence must be in (0, 1], got ${c}`);
  });
  if (k === 0) {
    return { equilibriumReturns: pi, posteriorReturns: Float64Array.from(pi), posteriorCovariance: matrix(n, n, cov.data.map((v) => v * (1 + tau))), omega: new Float64Array(0) };
  }
  // B = τΣPᵀ (n×k), A = P τΣ Pᵀ (k×k)
  const B = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < k; r++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += tauCov[i * n + j]! * P[r * n + j]!;
      B[i * k + r] = s;
    }
  }
  const A = matrix(k, k);
  for (let r = 0; r < k; r++) {
    for (let s = 0; s < k; s++) {
      let v = 0;
      for (let i = 0; i < n; i++) v += P[r * n + i]! * B[i * k + s]!;
      A.data[r * k + s] = v;
    }
  }
  const omega = new Float64Array(k);
  views.forEach((view, r) => {
    const c = view.confidence ?? 0.5;
    const own = A.data[r * k + r]!; // p τΣ pᵀ
    omega[r] = method === 'idzorek' ? (own * (1 - c)) / c : own / c;
    A.data[r * k + r] = own + omega[r]!;
  });
  // x = (PτΣPᵀ + Ω)⁻¹ (q − Pπ)
  const gap = new Float64Array(k);
  for (let r = 0; r < k; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += P[r * n + i]! * pi[i]!;
    gap[r] = q[r]! - s;
  }
  let x: Float64Array;
  let Y: Matrix; // (PτΣPᵀ + Ω)⁻¹ Bᵀ, k×n
  try {
    x = solve(A, gap);
    const Bt = matrix(k, n);
    for (let i = 0; i < n; i++) for (let r = 0; r < k; r++) Bt.data[r * n + i] = B[i * k + r]!;
    Y = solve(A, Bt);
  } catch (error) {
    if (error instanceof AccelError && error.code === AccelErrorCode.SINGULAR) {
      throw new AccelError(AccelErrorCode.SINGULAR, 'The views are linearly dependent and held with certainty (P τΣ Pᵀ + Ω is singular): drop a repeated view or lower a confidence below 1.', { cause: error });
    }
    throw error;
  }
  const post = Float64Array.from(pi);
  for (let i = 0; i < n; i++) for (let r = 0; r < k; r++) post[i] = post[i]! + B[i * k + r]! * x[r]!;
  // Σ_BL = Σ + τΣ − B Y
  const postCov = matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let r = 0; r < k; r++) s += B[i * k + r]! * Y.data[r * n + j]!;
      postCov.data[i * n + j] = cov.data[i * n + j]! + tauCov[i * n + j]! - s;
    }
  }
  // exact symmetry (the two triangles differ by rounding only)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const v = 0.5 * (postCov.data[i * n + j]! + postCov.data[j * n + i]!);
      postCov.data[i * n + j] = v;
      postCov.data[j * n + i] = v;
    }
  }
  return { equilibriumReturns: pi, posteriorReturns: post, posteriorCovariance: postCov, omega };
}
