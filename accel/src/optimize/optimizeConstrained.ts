import { AccelError, AccelErrorCode, assertInput } from '../errors/AccelError.ts';
import { assertFinite, type Matrix } from '../linalg/Matrix.ts';
import { dot, quad, toPortfolioWeights, type MeanVarianceObjective, type PortfolioWeights } from './optimizeMeanVariance.ts';
import { resolveConstraints, type PortfolioConstraints, type ResolvedConstraints } from './PortfolioConstraints.ts';
import {
  addPortfolioRows,
  checkBenchmark,
  checkTurnover,
  enforceTrackingError,
  isUnboundedLp,
  PortfolioModel,
  trackingErrorInfeasible,
  trackingErrorOf,
  turnoverOf,
  type BenchmarkMoments,
  type TurnoverLimit,
} from './portfolioModel.ts';

export type { BenchmarkMoments, TurnoverLimit } from './portfolioModel.ts';
export { trackingErrorOf } from './portfolioModel.ts';

export type ConstrainedObjective =
  | MeanVarianceObjective
  /** max μᵀw − (δ/2)·wᵀΣw (quadratic utility, δ = riskAversion > 0). */
  | { kind: 'maxUtility'; riskAversion: number }
  /** max μᵀw (an LP; needs bounds, turnover or a tracking-error limit to be bounded). */
  | { kind: 'maxReturn' }
  /** min (w − b)ᵀΣ(w − b) = wᵀΣw − 2cᵀw + σ_b² against `benchmark`. */
  | { kind: 'minTrackingError' };

export interface ConstrainedPortfolioInput {
  /** Σ, N×N covariance of asset returns. */
  covariance: Matrix;
  /** μ per asset (same period as Σ); needed except for minVariance and minTrackingError. */
  expectedReturns?: ArrayLike<number>;
  objective: ConstrainedObjective;
  /** Budget, long-only, per-asset bounds, groups (as for optimizeMeanVariance). */
  constraints?: PortfolioConstraints;
  /** Σ|wᵢ − w₀ᵢ| ≤ max relative to the current weights. */
  turnover?: TurnoverLimit;
  /** The benchmark's covariances with the assets and its variance (for minTrackingError, maxTrackingError, and the reported TE). */
  benchmark?: BenchmarkMoments;
  /** TE(w) ≤ this (same period as Σ, a standard deviation); needs `benchmark`. */
  maxTrackingError?: number;
}

export interface ConstrainedPortfolioWeights extends PortfolioWeights {
  /** Σ|wᵢ − w₀ᵢ| when `turnover` was given. */
  turnover?: number;
  /** √((w − b)ᵀΣ(w − b)) when `benchmark` was given. */
  trackingError?: number;
  /** λ of the tracking-error limit (0 when it does not bind); present when maxTrackingError was given. */
  trackingErrorMultiplier?: number;
}

interface Core {
  n: number;
  cov: Matrix;
  mu: Float64Array;
  c: ResolvedConstraints;
  turnover: { current: Float64Array; max: number } | undefined;
  bench: { covariances: Float64Array; variance: number } | undefined;
  maxTe: number | undefined;
}

/**
 * Mean-variance optimisation with the constraints `optimizeMeanVariance`
 * cannot express, on HiGHS:
 * - a turnover limit Σ|wᵢ − w₀ᵢ| ≤ T, linearised with auxiliary columns
 *   tᵢ ≥ ±(wᵢ − w₀ᵢ), Σtᵢ ≤ T (so every objective stays an LP/QP);
 * - a tracking-error limit (w − b)ᵀΣ(w − b) ≤ TE², a convex quadratic
 *   constraint HiGHS does not take: for the convex objectives (minVariance,
 *   targetReturn, maxUtility, maxReturn) it is enforced exactly through its
 *   Lagrange multiplier (min f + λ·TE², λ found by regula falsi; see
 *   `enforceTrackingError`); maxSharpe and targetRisk are not convex in w, so
 *   they search the efficient frontier of the TE-limited problem: σ(r) of the
 *   min-variance portfolio at return ≥ r is convex and non-decreasing in r on
 *   [r_minVar, r_max], so the Sharpe ratio (r − r_f)/σ(r) is unimodal there
 *   (golden-section search) and σ(r) = target is found by bisection;
 * - objectives maxUtility (max μᵀw − δ/2·wᵀΣw), maxReturn and
 *   minTrackingError (the benchmark enters through c = Cov(r, r_b), i.e. as an
 *   extra asset held at weight −1 in the active portfolio (w, −1)).
 * maxSharpe without a tracking-error limit is one QP: Cornuejols & Tütüncü's
 * homogenisation y = κw (as in optimizeMeanVariance) keeps the turnover rows
 * tᵢ ≥ ±(yᵢ − κw₀ᵢ), Σtᵢ ≤ κT linear. Without turnover or tracking-error
 * limits the formulations are optimizeMeanVariance's; the QPs go through
 * `solveQp` (which retries with HiGHS' default tolerances where its tight
 * ones fail: at the top of a frontier, on degenerate vertices).
 * @throws AccelError BAD_INPUT for malformed input; INFEASIBLE as
 *   optimizeMeanVariance, and when the turnover or tracking-error limit cannot
 *   hold with the other constraints.
 */
export async function optimizeConstrained(input: ConstrainedPortfolioInput): Promise<ConstrainedPortfolioWeights> {
  const cov = input.covariance;
  const n = cov.rows;
  assertInput(n >= 1 && cov.cols === n, `covariance must be square, got ${cov.rows}×${cov.cols}`);
  assertFinite(cov.data, 'covariance');
  const obj = input.objective;
  const needMu = obj.kind !== 'minVariance' && obj.kind !== 'minTrackingError';
  assertInput(!needMu || (input.expectedReturns && input.expectedReturns.length === n), `expectedReturns with ${n} entries is required for ${obj.kind}`);
  const mu = Float64Array.from(input.expectedReturns ?? new Float64Array(n));
  assertFinite(mu, 'expectedReturns');
  const c = resolveConstraints(n, input.constraints);
  const turnover = checkTurnover(n, input.turnover);
  const bench = checkBenchmark(n, input.benchmark);
  const maxTe = input.maxTrackingError;
  if (maxTe !== undefined) {
    assertInput(Number.isFinite(maxTe) && maxTe > 0, `maxTrackingError must be > 0, got ${maxTe}`);
    assertInput(bench !== undefined, 'maxTrackingError needs benchmark');
  }
  assertInput(obj.kind !== 'minTrackingError' || bench !== undefined, 'minTrackingError needs benchmark');
  if (obj.kind === 'maxUtility') assertInput(Number.isFinite(obj.riskAversion) && obj.riskAversion > 0, `riskAversion must be > 0, got ${obj.riskAversion}`);
  const core: Core = { n, cov, mu, c, turnover, bench, maxTe };
  const rf = obj.kind === 'maxSharpe' ? (obj.riskFreeRate ?? 0) : 0;

  let w: Float64Array;
  let method: string;
  let multiplier: number | undefined;
  switch (obj.kind) {
    case 'minVariance':
      ({ w, multiplier } = await convex(core, 1, zeros(n), undefined));
      method = 'highs QP: min variance';
      break;
    case 'targetReturn':
      ({ w, multiplier } = await convex(core, 1, zeros(n), obj.target));
      method = 'highs QP: min variance at target return';
      break;
    case 'maxUtility':
      ({ w, multiplier } = await convex(core, obj.riskAversion / 2, mu.map((m) => -m), undefined));
      method = 'highs QP: max quadratic utility';
      break;
    case 'maxReturn':
      ({ w, multiplier } = await convex(core, 0, mu.map((m) => -m), undefined));
      method = 'highs: max return';
      break;
    case 'minTrackingError': {
      ({ w } = await convex({ ...core, maxTe: undefined }, 1, bench!.covariances.map((v) => -2 * v), undefined));
      const te = trackingErrorOf(cov, bench!, w);
      if (maxTe !== undefined && te > maxTe * (1 + 1e-9)) throw trackingErrorInfeasible(maxTe, te);
      method = 'highs QP: min tracking error';
      break;
    }
    case 'maxSharpe':
      if (maxTe === undefined) {
        w = await homogeneousMaxSharpe(core, rf);
        method = 'highs QP: Cornuejols-Tütüncü max Sharpe';
      } else {
        w = await frontierMaxSharpe(core, rf);
        method = 'highs QP: golden-section max Sharpe on the tracking-error-limited frontier';
      }
      break;
    case 'targetRisk':
      w = await frontierTargetRisk(core, obj.target);
      method = 'highs QP: frontier bisection at target risk';
      break;
  }
  return {
    ...toPortfolioWeights(w, mu, cov, c, rf, method),
    ...(turnover ? { turnover: turnoverOf(w, turnover.current) } : {}),
    ...(bench ? { trackingError: trackingErrorOf(cov, bench, w) } : {}),
    ...(maxTe !== undefined ? { trackingErrorMultiplier: multiplier ?? Number.NaN } : {}),
  };
}

/** min a·wᵀΣw + gᵀw [s.t. μᵀw ≥ target] under every linear constraint, and TE ≤ max when given. */
async function convex(core: Core, a: number, g: Float64Array, target: number | undefined): Promise<{ w: Float64Array; multiplier: number }> {
  const n = core.n;
  const solveAt = (quadWeight: number, linear: Float64Array) => {
    const model = new PortfolioModel(n);
    model.covariance = core.cov;
    model.quadWeight = quadWeight;
    addPortfolioRows(model, core.c, core.turnover);
    for (let i = 0; i < n; i++) model.cost[i] = linear[i]!;
    if (target !== undefined) model.addRow(Array.from(core.mu, (m, i): [number, number] => [i, m]), target, Infinity, 'target return');
    return model.solve().then((x) => x.slice(0, n));
  };
  if (core.maxTe === undefined) return { w: await solveAt(a, g), multiplier: 0 };
  const bench = core.bench!;
  const { x, multiplier } = await enforceTrackingError(
    (lambda) => solveAt(a + lambda, g.map((v, i) => v - 2 * lambda * bench.covariances[i]!)),
    (w) => trackingErrorOf(core.cov, bench, w),
    () => solveAt(1, bench.covariances.map((v) => -2 * v)),
    core.maxTe,
  );
  return { w: x, multiplier };
}

async function homogeneousMaxSharpe(core: Core, rf: number): Promise<Float64Array> {
  const { n, mu, cov } = core;
  if (!mu.some((m) => m > rf)) {
    throw new AccelError(AccelErrorCode.INFEASIBLE, `max Sharpe needs at least one asset with expected return above the risk-free rate ${rf}.`);
  }
  const model = new PortfolioModel(n);
  model.covariance = cov;
  model.quadWeight = 1;
  const kappa = model.addColumn(0, Infinity, 0);
  addPortfolioRows(model, core.c, core.turnover, kappa);
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(mu[i]! - rf));
  model.addRow(Array.from(mu, (m, i): [number, number] => [i, (m - rf) / scale]), 1, 1, 'excess return');
  const x = await model.solve();
  const k = x[kappa]!;
  if (!(k > 1e-14)) throw new AccelError(AccelErrorCode.INFEASIBLE, 'max Sharpe: no portfolio satisfying the constraints has a positive excess return.');
  return x.slice(0, n).map((y) => y / k);
}

/** The frontier's ends under every constraint: min variance and max return (undefined when returns are unbounded). */
async function frontierEnds(core: Core): Promise<{ wMin: Float64Array; wMax: Float64Array | undefined }> {
  const n = core.n;
  const { w: wMin } = await convex(core, 1, zeros(n), undefined);
  try {
    const { w: wMax } = await convex(core, 0, core.mu.map((m) => -m), undefined);
    return { wMin, wMax };
  } catch (error) {
    if (isUnboundedLp(error)) return { wMin, wMax: undefined };
    throw error;
  }
}

async function frontierMaxSharpe(core: Core, rf: number): Promise<Float64Array> {
  const { n, mu, cov } = core;
  const { wMin, wMax } = await frontierEnds(core);
  // a tracking-error limit bounds every weight (Σ positive definite), so wMax exists here
  if (!wMax) throw new AccelError(AccelErrorCode.NOT_CONVERGED, 'max Sharpe: the returns are unbounded under these constraints.');
  let lo = dot(mu, wMin);
  let hi = dot(mu, wMax);
  if (!(hi > rf)) throw new AccelError(AccelErrorCode.INFEASIBLE, 'max Sharpe: no portfolio satisfying the constraints has a positive excess return.');
  const sharpe = (w: Float64Array) => (dot(mu, w) - rf) / Math.sqrt(Math.max(quad(cov, w), 1e-300));
  let best = sharpe(wMin) >= sharpe(wMax) ? wMin : wMax;
  let bestS = sharpe(best);
  const at = async (r: number) => {
    const { w } = await convex(core, 1, zeros(n), r);
    const s = sharpe(w);
    if (s > bestS) {
      best = w;
      bestS = s;
    }
    return s;
  };
  const g = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - g * (hi - lo);
  let x2 = lo + g * (hi - lo);
  let f1 = await at(x1);
  let f2 = await at(x2);
  for (let iter = 0; iter < 80 && hi - lo > 1e-9 * Math.max(Math.abs(hi), Math.abs(lo), 1e-12); iter++) {
    if (f1 < f2) {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = await at(x2);
    } else {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = await at(x1);
    }
  }
  return best;
}

async function frontierTargetRisk(core: Core, target: number): Promise<Float64Array> {
  assertInput(Number.isFinite(target) && target > 0, `target risk must be > 0, got ${target}`);
  const { n, mu, cov } = core;
  const vol = (w: Float64Array) => Math.sqrt(Math.max(quad(cov, w), 0));
  const { wMin, wMax } = await frontierEnds(core);
  if (vol(wMin) > target * (1 + 1e-9)) {
    throw new AccelError(AccelErrorCode.INFEASIBLE, `target risk ${target} is below the minimum achievable volatility ${vol(wMin).toPrecision(6)} under these constraints.`);
  }
  let lo = dot(mu, wMin);
  let hi: number;
  if (wMax) {
    hi = dot(mu, wMax);
    const { w: atHi } = await convex(core, 1, zeros(n), hi);
    if (vol(atHi) <= target) return atHi;
  } else {
    // unbounded returns (shorts without bounds): step up the frontier until its volatility passes the target
    let step = Math.max(Math.abs(lo), 1e-6);
    for (hi = lo + step; ; hi = lo + (step *= 2)) {
      if (step > 1e12) throw new AccelError(AccelErrorCode.NOT_CONVERGED, 'target risk: the frontier volatility did not reach the target.');
      if (vol((await convex(core, 1, zeros(n), hi)).w) > target) break;
    }
  }
  let best = wMin;
  for (let iter = 0; iter < 80 && hi - lo > 1e-10 * Math.max(1, Math.abs(hi)); iter++) {
    const mid = 0.5 * (lo + hi);
    const { w } = await convex(core, 1, zeros(n), mid);
    if (vol(w) <= target) {
      lo = mid;
      best = w;
    } else hi = mid;
  }
  return best;
}

function zeros(n: number): Float64Array {
  return new Float64Array(n);
}
