import { assertInput } from '../errors/AccelError.ts';
import { assertFinite, type Matrix } from '../linalg/Matrix.ts';
import { dot } from './optimizeMeanVariance.ts';
import { resolveConstraints, type PortfolioConstraints } from './PortfolioConstraints.ts';
import {
  addPortfolioRows,
  checkBenchmark,
  checkTurnover,
  enforceTrackingError,
  PortfolioModel,
  trackingErrorOf,
  turnoverOf,
  type BenchmarkMoments,
  type TurnoverLimit,
} from './portfolioModel.ts';

export interface MeanCvarInput {
  /** T×N scenario returns (rows are scenarios, e.g. historical daily returns), equally likely. */
  scenarios: Matrix;
  /** α in (0, 1) (default 0.95): CVaR is the mean loss in the worst (1 − α) of scenarios. */
  confidence?: number;
  /** μ per asset for the target-return row and the reported return (default: the scenario means). */
  expectedReturns?: ArrayLike<number>;
  /** μᵀw ≥ targetReturn (same period as the scenarios); omit to minimise CVaR alone. */
  targetReturn?: number;
  constraints?: PortfolioConstraints;
  turnover?: TurnoverLimit;
  /** TE(w) ≤ max against a benchmark, with the assets' covariance Σ. */
  trackingError?: { covariance: Matrix; benchmark: BenchmarkMoments; max: number };
}

export interface MeanCvarResult {
  weights: Float64Array;
  /** CVaR_α of the portfolio loss −rᵀw over the scenarios (a fraction of value; negative = a gain). */
  cvar: number;
  /** VaR_α of the loss (the α-quantile), the optimal ζ of Rockafellar-Uryasev. */
  valueAtRisk: number;
  expectedReturn: number;
  turnover?: number;
  trackingError?: number;
  method: string;
}

/**
 * Mean-CVaR portfolio (Rockafellar & Uryasev, "Optimization of conditional
 * value-at-risk", J. Risk 2000): with losses L_k(w) = −r_kᵀw over T equally
 * likely scenarios, CVaR_α(w) = min_ζ ζ + 1/((1 − α)T) Σ_k (L_k(w) − ζ)⁺, so
 *   minimise ζ + 1/((1 − α)T) Σ_k u_k
 *   s.t. u_k ≥ −r_kᵀw − ζ, u_k ≥ 0,  [μᵀw ≥ target],  budget, bounds, groups,
 *        [turnover: tᵢ ≥ ±(wᵢ − w₀ᵢ), Σtᵢ ≤ T]
 * is one LP (T + N + 1 columns, sparse rows), solved by `solveLinearProgram`.
 * A tracking-error limit is enforced through its Lagrange multiplier (the LP
 * plus λ·TE² becomes a QP; see `enforceTrackingError`). The reported CVaR and
 * VaR are recomputed from the optimal weights with `portfolioCvar`.
 * @throws AccelError BAD_INPUT for malformed input or an unbounded LP (no
 *   bound on short positions); INFEASIBLE when the constraints contradict.
 */
export async function minimizeCvar(input: MeanCvarInput): Promise<MeanCvarResult> {
  const s = input.scenarios;
  const t = s.rows;
  const n = s.cols;
  assertInput(t >= 1 && n >= 1, `scenarios must have at least one row and one column, got ${t}×${n}`);
  assertFinite(s.data, 'scenarios');
  const alpha = input.confidence ?? 0.95;
  assertInput(Number.isFinite(alpha) && alpha > 0 && alpha < 1, `confidence must be in (0, 1), got ${alpha}`);
  const mu = input.expectedReturns ? Float64Array.from(input.expectedReturns) : scenarioMeans(s);
  assertInput(mu.length === n, `expectedReturns has ${mu.length} entries, expected ${n}`);
  assertFinite(mu, 'expectedReturns');
  if (input.targetReturn !== undefined) assertInput(Number.isFinite(input.targetReturn), `targetReturn must be finite, got ${input.targetReturn}`);
  const c = resolveConstraints(n, input.constraints);
  const turnover = checkTurnover(n, input.turnover);
  const te = input.trackingError;
  let bench: { covariances: Float64Array; variance: number } | undefined;
  if (te) {
    assertInput(te.covariance.rows === n && te.covariance.cols === n, `trackingError.covariance must be ${n}×${n}`);
    assertFinite(te.covariance.data, 'trackingError.covariance');
    bench = checkBenchmark(n, te.benchmark);
    assertInput(Number.isFinite(te.max) && te.max > 0, `trackingError.max must be > 0, got ${te.max}`);
  }
  const tail = 1 / ((1 - alpha) * t);
  const build = (quadWeight: number, linear: Float64Array | undefined) => {
    const model = new PortfolioModel(n);
    addPortfolioRows(model, c, turnover);
    if (linear) for (let i = 0; i < n; i++) model.cost[i] = linear[i]!;
    if (quadWeight > 0) {
      model.covariance = te!.covariance;
      model.quadWeight = quadWeight;
    }
    const zeta = model.addColumn(-Infinity, Infinity, 1);
    for (let k = 0; k < t; k++) {
      const u = model.addColumn(0, Infinity, tail);
      const coefficients: Array<[number, number]> = [[u, 1], [zeta, 1]];
      for (let i = 0; i < n; i++) {
        const r = s.data[k * n + i]!;
        if (r !== 0) coefficients.push([i, r]);
      }
      model.addRow(coefficients, 0, Infinity);
    }
    if (input.targetReturn !== undefined) model.addRow(Array.from(mu, (m, i): [number, number] => [i, m]), input.targetReturn, Infinity, 'target return');
    return model;
  };
  let w: Float64Array;
  let method = 'highs LP: Rockafellar-Uryasev min CVaR';
  if (!te) {
    w = (await build(0, undefined).solve()).slice(0, n);
  } else {
    const b = bench!;
    const { x } = await enforceTrackingError(
      async (lambda) => (await build(lambda, lambda > 0 ? b.covariances.map((v) => -2 * lambda * v) : undefined).solve()).slice(0, n),
      (x) => trackingErrorOf(te.covariance, b, x),
      async () => {
        // min TE under the same rows: the CVaR columns are free to follow, so their cost is dropped
        const model = build(1, b.covariances.map((v) => -2 * v));
        for (let j = n; j < model.cost.length; j++) model.cost[j] = 0;
        return (await model.solve()).slice(0, n);
      },
      te.max,
    );
    w = x;
    method += ' with a tracking-error multiplier';
  }
  const risk = portfolioCvar(s, w, alpha);
  return {
    weights: w,
    cvar: risk.cvar,
    valueAtRisk: risk.valueAtRisk,
    expectedReturn: dot(mu, w),
    method,
    ...(turnover ? { turnover: turnoverOf(w, turnover.current) } : {}),
    ...(te ? { trackingError: trackingErrorOf(te.covariance, bench!, w) } : {}),
  };
}

/**
 * Historical VaR and CVaR at confidence α of the loss L_k = −r_kᵀw over T
 * equally likely scenarios: VaR = the ⌈αT⌉-th smallest loss, and
 * CVaR = VaR + 1/((1 − α)T) Σ_k (L_k − VaR)⁺, which is the Rockafellar-Uryasev
 * minimum over ζ (the mean of the worst (1 − α)T losses, the boundary one
 * counted fractionally).
 */
export function portfolioCvar(scenarios: Matrix, weights: ArrayLike<number>, confidence = 0.95): { valueAtRisk: number; cvar: number } {
  const t = scenarios.rows;
  const n = scenarios.cols;
  assertInput(weights.length === n, `weights has ${weights.length} entries, expected ${n}`);
  assertInput(t >= 1, 'scenarios must have at least one row');
  assertInput(Number.isFinite(confidence) && confidence > 0 && confidence < 1, `confidence must be in (0, 1), got ${confidence}`);
  const losses = new Float64Array(t);
  for (let k = 0; k < t; k++) {
    let r = 0;
    for (let i = 0; i < n; i++) r += scenarios.data[k * n + i]! * weights[i]!;
    losses[k] = -r;
  }
  const sorted = Float64Array.from(losses).sort();
  const index = Math.min(t, Math.max(1, Math.ceil(confidence * t - 1e-9))) - 1;
  const valueAtRisk = sorted[index]!;
  let excess = 0;
  for (const l of losses) if (l > valueAtRisk) excess += l - valueAtRisk;
  return { valueAtRisk, cvar: valueAtRisk + excess / ((1 - confidence) * t) };
}

function scenarioMeans(s: Matrix): Float64Array {
  const out = new Float64Array(s.cols);
  for (let k = 0; k < s.rows; k++) for (let i = 0; i < s.cols; i++) out[i] = out[i]! + s.data[k * s.cols + i]!;
  return out.map((v) => v / s.rows);
}

