import { AccelError, AccelErrorCode, assertInput } from '../errors/AccelError.ts';
import { assertFinite, type Matrix } from '../linalg/Matrix.ts';
import type { ResolvedConstraints } from './PortfolioConstraints.ts';
import { solveLinearProgram, type LinearProgramRow } from './solveLinearProgram.ts';
import { solveQp } from './solveQp.ts';

/**
 * Internal: a portfolio LP/QP whose first N columns are the weights, with
 * room for auxiliary columns (turnover, CVaR scenarios, a homogenising κ).
 * The objective is `quadWeight·wᵀΣw + costᵀx`. Solved as a sparse LP by
 * `solveLinearProgram` when there is no quadratic term, else as a dense QP
 * by `solveQp` (HiGHS either way; solveQp retries at HiGHS' default
 * tolerances where its tight ones fail).
 */
export class PortfolioModel {
  readonly n: number;
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  readonly cost: number[] = [];
  readonly rows: LinearProgramRow[] = [];
  quadWeight = 0;
  covariance: Matrix | undefined;

  constructor(n: number) {
    this.n = n;
    for (let i = 0; i < n; i++) this.addColumn(-Infinity, Infinity, 0);
  }

  addColumn(lower: number, upper: number, cost: number): number {
    this.lower.push(lower);
    this.upper.push(upper);
    this.cost.push(cost);
    return this.lower.length - 1;
  }

  addRow(coefficients: Array<[number, number]>, lower: number, upper: number, name?: string): void {
    this.rows.push({ coefficients, lower, upper, ...(name ? { name } : {}) });
  }

  /** Minimises; returns every column's value. */
  async solve(): Promise<Float64Array> {
    const N = this.lower.length;
    if (this.quadWeight === 0 || !this.covariance) {
      const { x } = await solveLinearProgram({
        sense: 'minimize',
        objective: Float64Array.from(this.cost),
        columns: { lower: Float64Array.from(this.lower), upper: Float64Array.from(this.upper) },
        rows: this.rows,
      });
      return x;
    }
    const n = this.n;
    const m = this.rows.length;
    const a = new Float64Array(m * N);
    this.rows.forEach((row, i) => {
      for (const [j, v] of row.coefficients) a[i * N + j] = a[i * N + j]! + v;
    });
    const q = new Float64Array(N * N);
    const cov = this.covariance.data;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) q[i * N + j] = 2 * this.quadWeight * cov[i * n + j]!;
    const { x } = await solveQp({
      n: N,
      q,
      c: Float64Array.from(this.cost),
      a,
      rowLower: Float64Array.from(this.rows, (r) => r.lower ?? -Infinity),
      rowUpper: Float64Array.from(this.rows, (r) => r.upper ?? Infinity),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
    });
    return x;
  }
}

/** Σ|w − w₀| ≤ max, relative to current weights w₀. */
export interface TurnoverLimit {
  /** Current weights w₀ (length N). */
  current: ArrayLike<number>;
  /** Largest Σ|wᵢ − w₀ᵢ| allowed (≥ 0; 2 = sell everything and buy something else). */
  max: number;
}

export function checkTurnover(n: number, t: TurnoverLimit | undefined): { current: Float64Array; max: number } | undefined {
  if (!t) return undefined;
  assertInput(t.current.length === n, `turnover.current has ${t.current.length} entries, expected ${n}`);
  const current = Float64Array.from(t.current);
  assertFinite(current, 'turnover.current');
  assertInput(Number.isFinite(t.max) && t.max >= 0, `turnover.max must be ≥ 0, got ${t.max}`);
  return { current, max: t.max };
}

/**
 * Adds the budget, bounds, groups and turnover rows. With `kappa` (the column
 * of the homogenising scalar κ ≥ 0 of the max-Sharpe transform) every
 * right-hand side is multiplied by κ, so the rows stay homogeneous.
 * Turnover is linearised with one auxiliary column tᵢ ≥ |wᵢ − w₀ᵢ| per asset:
 * tᵢ ≥ wᵢ − w₀ᵢ, tᵢ ≥ w₀ᵢ − wᵢ, Σ tᵢ ≤ max (exact at the optimum of any
 * problem, since only Σ tᵢ ≤ max involves t: a feasible w has a feasible t).
 */
export function addPortfolioRows(model: PortfolioModel, c: ResolvedConstraints, turnover: { current: Float64Array; max: number } | undefined, kappa?: number): void {
  const n = model.n;
  const all = (): Array<[number, number]> => Array.from({ length: n }, (_, i) => [i, 1] as [number, number]);
  if (kappa === undefined) {
    for (let i = 0; i < n; i++) {
      model.lower[i] = c.lower[i]!;
      model.upper[i] = c.upper[i]!;
    }
    model.addRow(all(), c.budget, c.budget, 'budget');
    c.groups.forEach((g, k) => model.addRow(g.assets.map((i) => [i, 1]), g.min, g.max, `group ${k}`));
    if (turnover) {
      const t = Array.from({ length: n }, () => model.addColumn(0, Infinity, 0));
      for (let i = 0; i < n; i++) {
        model.addRow([[t[i]!, 1], [i, -1]], -turnover.current[i]!, Infinity, `turnover ${i}+`);
        model.addRow([[t[i]!, 1], [i, 1]], turnover.current[i]!, Infinity, `turnover ${i}-`);
      }
      model.addRow(t.map((j) => [j, 1]), -Infinity, turnover.max, 'turnover');
    }
    return;
  }
  model.addRow([...all(), [kappa, -c.budget]], 0, 0, 'budget');
  for (let i = 0; i < n; i++) {
    if (c.lower[i] === 0) model.lower[i] = 0;
    else if (Number.isFinite(c.lower[i]!)) model.addRow([[i, 1], [kappa, -c.lower[i]!]], 0, Infinity, `lower ${i}`);
    if (c.upper[i] === 0) model.upper[i] = 0;
    else if (Number.isFinite(c.upper[i]!)) model.addRow([[i, 1], [kappa, -c.upper[i]!]], -Infinity, 0, `upper ${i}`);
  }
  c.groups.forEach((g, k) => {
    if (Number.isFinite(g.min)) model.addRow([...g.assets.map((i): [number, number] => [i, 1]), [kappa, -g.min]], 0, Infinity, `group ${k} min`);
    if (Number.isFinite(g.max)) model.addRow([...g.assets.map((i): [number, number] => [i, 1]), [kappa, -g.max]], -Infinity, 0, `group ${k} max`);
  });
  if (turnover) {
    const t = Array.from({ length: n }, () => model.addColumn(0, Infinity, 0));
    for (let i = 0; i < n; i++) {
      model.addRow([[t[i]!, 1], [i, -1], [kappa, turnover.current[i]!]], 0, Infinity, `turnover ${i}+`);
      model.addRow([[t[i]!, 1], [i, 1], [kappa, -turnover.current[i]!]], 0, Infinity, `turnover ${i}-`);
    }
    model.addRow([...t.map((j): [number, number] => [j, 1]), [kappa, -turnover.max]], -Infinity, 0, 'turnover');
  }
}

/** Σ|wᵢ − w₀ᵢ|, the turnover of `w` from the current weights w₀. */
export function turnoverOf(w: Float64Array, current: Float64Array): number {
  return w.reduce((s, v, i) => s + Math.abs(v - current[i]!), 0);
}

/** Whether `error` is solveLinearProgram's BAD_INPUT for an unbounded LP (an objective with a missing bound). */
export function isUnboundedLp(error: unknown): boolean {
  return error instanceof AccelError && error.code === AccelErrorCode.BAD_INPUT && /unbounded/.test(error.message);
}

/** INFEASIBLE: the tracking-error limit `max` is below the minimum `floor` reachable under the other constraints. */
export function trackingErrorInfeasible(max: number, floor: number): AccelError {
  return new AccelError(AccelErrorCode.INFEASIBLE, `The maximum tracking error ${max.toPrecision(6)} is below the minimum ${floor.toPrecision(6)} achievable under these constraints.`);
}

/** Benchmark b described through its covariances with the assets: TE²(w) = wᵀΣw − 2cᵀw + σ_b². */
export interface BenchmarkMoments {
  /** cᵢ = Cov(rᵢ, r_b), length N. */
  covariances: ArrayLike<number>;
  /** σ_b² = Var(r_b). */
  variance: number;
}

export function checkBenchmark(n: number, b: BenchmarkMoments | undefined): { covariances: Float64Array; variance: number } | undefined {
  if (!b) return undefined;
  assertInput(b.covariances.length === n, `benchmark.covariances has ${b.covariances.length} entries, expected ${n}`);
  const covariances = Float64Array.from(b.covariances);
  assertFinite(covariances, 'benchmark.covariances');
  assertInput(Number.isFinite(b.variance) && b.variance >= 0, `benchmark.variance must be ≥ 0, got ${b.variance}`);
  return { covariances, variance: b.variance };
}

/** Tracking error √((w − b)ᵀΣ(w − b)) = √(wᵀΣw − 2cᵀw + σ_b²), in the covariance's period. */
export function trackingErrorOf(cov: Matrix, bench: { covariances: ArrayLike<number>; variance: number }, w: ArrayLike<number>): number {
  const n = cov.rows;
  let s = bench.variance;
  for (let i = 0; i < n; i++) {
    let r = 0;
    for (let j = 0; j < n; j++) r += cov.data[i * n + j]! * w[j]!;
    s += w[i]! * r - 2 * bench.covariances[i]! * w[i]!;
  }
  return Math.sqrt(Math.max(s, 0));
}

/**
 * Enforces TE(w) ≤ max on a convex problem min f(w) over a polyhedron by its
 * Lagrangian: w(λ) = argmin f(w) + λ·TE²(w). TE(w(λ)) is non-increasing in λ
 * (compare the two optimality inequalities at λ₁ < λ₂), so the smallest λ with
 * TE(w(λ)) ≤ max is found by bracketing and the Illinois variant of regula
 * falsi on ln λ. At that λ the KKT conditions of the constrained problem hold
 * (λ is the multiplier of the quadratic constraint; Boyd & Vandenberghe,
 * "Convex Optimization", §5.5.3), so w(λ) is its optimum. We stop on the
 * feasible side, with TE within a relative 1e-7 below max, so the constraint
 * always holds. `solveAt(λ)` must add λ·TE² to f; `minTe` minimises TE under
 * the same linear constraints and decides feasibility first.
 * @throws AccelError INFEASIBLE when even the minimum tracking error exceeds max.
 */
export async function enforceTrackingError(
  solveAt: (lambda: number) => Promise<Float64Array>,
  te: (x: Float64Array) => number,
  minTe: () => Promise<Float64Array>,
  max: number,
): Promise<{ x: Float64Array; multiplier: number }> {
  const ok = (x: Float64Array) => te(x) <= max * (1 + 1e-9);
  let free: Float64Array | undefined;
  try {
    free = await solveAt(0);
  } catch (error) {
    // without the limit an LP objective may be unbounded (shorts without bounds); the limit bounds it
    if (!isUnboundedLp(error)) throw error;
  }
  if (free && ok(free)) return { x: free, multiplier: 0 };
  const tight = await minTe();
  const floor = te(tight);
  if (floor > max * (1 + 1e-9)) throw trackingErrorInfeasible(max, floor);
  // bracket: lo infeasible (TE > max), hi feasible
  let lo = 1;
  let hi = 1;
  let xLo = await solveAt(1);
  let xHi = xLo;
  if (ok(xLo)) {
    do {
      hi = lo;
      xHi = xLo;
      lo /= 16;
      if (lo < 1e-14) return { x: xHi, multiplier: hi };
      xLo = await solveAt(lo);
    } while (ok(xLo));
  } else {
    do {
      lo = hi;
      xLo = xHi;
      hi *= 16;
      if (hi > 1e16) return { x: tight, multiplier: Infinity };
      xHi = await solveAt(hi);
    } while (!ok(xHi));
  }
  let ua = Math.log(lo);
  let fa = te(xLo) - max;
  let ub = Math.log(hi);
  let fb = te(xHi) - max;
  let gapHi = fb; // the true TE − max at xHi (fa and fb are rescaled by the Illinois step)
  let side = 0;
  for (let iter = 0; iter < 100 && gapHi < -1e-7 * max && ub - ua > 1e-12; iter++) {
    let u = fa === fb ? 0.5 * (ua + ub) : ub - (fb * (ub - ua)) / (fb - fa);
    if (!(u > ua && u < ub)) u = 0.5 * (ua + ub);
    const x = await solveAt(Math.exp(u));
    const f = te(x) - max;
    if (f <= max * 1e-9) {
      ub = u;
      fb = f;
      gapHi = f;
      xHi = x;
      if (side === 1) fa /= 2;
      side = 1;
    } else {
      ua = u;
      fa = f;
      if (side === -1) fb /= 2;
      side = -1;
    }
  }
  return { x: xHi, multiplier: Math.exp(ub) };
}
