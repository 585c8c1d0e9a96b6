import { AccelError, AccelErrorCode, assertInput } from '../errors/AccelError.ts';
import { assertFinite, type Matrix } from '../linalg/Matrix.ts';
import { resolveConstraints, type PortfolioConstraints, type ResolvedConstraints } from './PortfolioConstraints.ts';
import { solveQp } from './solveQp.ts';

export type MeanVarianceObjective =
  | { kind: 'minVariance' }
  | { kind: 'maxSharpe'; riskFreeRate?: number }
  | { kind: 'targetReturn'; target: number }
  | { kind: 'targetRisk'; target: number };

export interface MeanVarianceInput {
  /** Expected returns μ per asset (same period as the covariance). Needed except for minVariance. */
  expectedReturns?: ArrayLike<number>;
  /** Covariance Σ of asset returns (N×N, symmetric PSD). */
  covariance: Matrix;
  objective: MeanVarianceObjective;
  constraints?: PortfolioConstraints;
}

export interface PortfolioWeights {
  weights: Float64Array;
  expectedReturn: number;
  volatility: number;
  /** (μᵀw − r_f·budget)/σ, with r_f = 0 unless the objective gives one. */
  sharpe: number;
  /** What produced the weights, for audit logs. */
  method: string;
}

/**
 * Markowitz mean-variance optimisation solved as convex QPs with HiGHS.
 * - minVariance: min wᵀΣw s.t. constraints.
 * - targetReturn: min wᵀΣw s.t. μᵀw ≥ target.
 * - maxSharpe: Cornuejols & Tütüncü ("Optimization Methods in Finance", 8.2)
 *   homogenisation: min yᵀΣy s.t. (μ − r_f)ᵀy = 1, Σy = budget·κ, bounds and
 *   groups scaled by κ ≥ 0; then w = y/κ. One QP, globally optimal.
 * - targetRisk: max μᵀw s.t. wᵀΣw ≤ σ² is a QCQP HiGHS does not take, so we
 *   bisect the target return of the min-variance QP along the efficient
 *   frontier (variance is increasing in the target there) to 1e-10.
 * @throws AccelError INFEASIBLE when constraints contradict each other, the
 *   target return exceeds what the constraints allow, the target risk is below
 *   the minimum-variance portfolio's, or (maxSharpe) no asset beats r_f.
 */
export async function optimizeMeanVariance(input: MeanVarianceInput): Promise<PortfolioWeights> {
  const cov = input.covariance;
  const n = cov.rows;
  assertInput(n >= 1 && cov.cols === n, `covariance must be square, got ${cov.rows}×${cov.cols}`);
  assertFinite(cov.data, 'covariance');
  const needMu = input.objective.kind !== 'minVariance';
  assertInput(!needMu || (input.expectedReturns && input.expectedReturns.length === n), `expectedReturns with ${n} entries is required for ${input.objective.kind}`);
  const mu = Float64Array.from(input.expectedReturns ?? new Float64Array(n));
  assertFinite(mu, 'expectedReturns');
  const c = resolveConstraints(n, input.constraints);
  const obj = input.objective;
  switch (obj.kind) {
    case 'minVariance':
      return toPortfolioWeights(await minVariance(cov, mu, c, undefined), mu, cov, c, 0, 'highs QP: min variance');
    case 'targetReturn':
      return toPortfolioWeights(await minVariance(cov, mu, c, obj.target), mu, cov, c, 0, 'highs QP: min variance at target return');
    case 'maxSharpe': {
      const rf = obj.riskFreeRate ?? 0;
      return toPortfolioWeights(await maxSharpe(cov, mu, c, rf), mu, cov, c, rf, 'highs QP: Cornuejols-Tütüncü max Sharpe');
    }
    case 'targetRisk':
      return toPortfolioWeights(await targetRisk(cov, mu, c, obj.target), mu, cov, c, 0, 'highs QP: efficient frontier bisection at target risk');
  }
}

function constraintRows(n: number, c: ResolvedConstraints, mu: Float64Array, target: number | undefined): { a: Float64Array; lo: number[]; hi: number[] } {
  const rows: number[][] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  rows.push(new Array<number>(n).fill(1));
  lo.push(c.budget);
  hi.push(c.budget);
  for (const g of c.groups) {
    const r = new Array<number>(n).fill(0);
    for (const i of g.assets) r[i] = 1;
    rows.push(r);
    lo.push(g.min);
    hi.push(g.max);
  }
  if (target !== undefined) {
    rows.push(Array.from(mu));
    lo.push(target);
    hi.push(Infinity);
  }
  return { a: Float64Array.from(rows.flat()), lo, hi };
}

async function minVariance(cov: Matrix, mu: Float64Array, c: ResolvedConstraints, target: number | undefined): Promise<Float64Array> {
  const n = cov.rows;
  const { a, lo, hi } = constraintRows(n, c, mu, target);
  const { x } = await solveQp({
    n,
    q: scaled(cov.data, 2),
    c: new Float64Array(n),
    a,
    rowLower: Float64Array.from(lo),
    rowUpper: Float64Array.from(hi),
    colLower: c.lower,
    colUpper: c.upper,
  });
  return x;
}

async function maxReturn(mu: Float64Array, c: ResolvedConstraints): Promise<Float64Array> {
  const n = mu.length;
  const { a, lo, hi } = constraintRows(n, c, mu, undefined);
  const { x } = await solveQp({ n, c: mu, a, rowLower: Float64Array.from(lo), rowUpper: Float64Array.from(hi), colLower: c.lower, colUpper: c.upper, maximize: true });
  return x;
}

async function maxSharpe(cov: Matrix, mu: Float64Array, c: ResolvedConstraints, rf: number): Promise<Float64Array> {
  const n = cov.rows;
  if (!mu.some((m) => m > rf)) {
    throw new AccelError(AccelErrorCode.INFEASIBLE, `max Sharpe needs at least one asset with expected return above the risk-free rate ${rf}.`);
  }
  // variables: y_0..y_{n-1}, κ
  const N = n + 1;
  const rows: number[][] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const row = (): number[] => new Array<number>(N).fill(0);
  const ex = row();
  // the row is scaled to max |μ_i − r_f| = 1; only the direction of y matters since w = y/κ
  let exScale = 0;
  for (let i = 0; i < n; i++) exScale = Math.max(exScale, Math.abs(mu[i]! - rf));
  for (let i = 0; i < n; i++) ex[i] = (mu[i]! - rf) / exScale;
  rows.push(ex); lo.push(1); hi.push(1);
  const bud = row();
  for (let i = 0; i < n; i++) bud[i] = 1;
  bud[n] = -c.budget;
  rows.push(bud); lo.push(0); hi.push(0);
  const colLower = new Float64Array(N).fill(-Infinity);
  const colUpper = new Float64Array(N).fill(Infinity);
  colLower[n] = 0;
  for (let i = 0; i < n; i++) {
    // l·κ ≤ y_i ≤ u·κ; plain sign bounds go straight on the column
    if (c.lower[i] === 0) colLower[i] = 0;
    else if (Number.isFinite(c.lower[i]!)) {
      const r = row(); r[i] = 1; r[n] = -c.lower[i]!; rows.push(r); lo.push(0); hi.push(Infinity);
    }
    if (c.upper[i] === 0) colUpper[i] = 0;
    else if (Number.isFinite(c.upper[i]!)) {
      const r = row(); r[i] = 1; r[n] = -c.upper[i]!; rows.push(r); lo.push(-Infinity); hi.push(0);
    }
  }
  for (const g of c.groups) {
    if (Number.isFinite(g.min)) {
      const r = row(); for (const i of g.assets) r[i] = 1; r[n] = -g.min; rows.push(r); lo.push(0); hi.push(Infinity);
    }
    if (Number.isFinite(g.max)) {
      const r = row(); for (const i of g.assets) r[i] = 1; r[n] = -g.max; rows.push(r); lo.push(-Infinity); hi.push(0);
    }
  }
  const q = new Float64Array(N * N);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) q[i * N + j] = 2 * cov.data[i * n + j]!;
  const { x } = await solveQp({ n: N, q, c: new Float64Array(N), a: Float64Array.from(rows.flat()), rowLower: Float64Array.from(lo), rowUpper: Float64Array.from(hi), colLower, colUpper });
  const kappa = x[n]!;
  if (!(kappa > 1e-14)) throw new AccelError(AccelErrorCode.INFEASIBLE, 'max Sharpe: no portfolio satisfying the constraints has a positive excess return.');
  return x.subarray(0, n).map((y) => y / kappa);
}

async function targetRisk(cov: Matrix, mu: Float64Array, c: ResolvedConstraints, target: number): Promise<Float64Array> {
  assertInput(target > 0, `target risk must be > 0, got ${target}`);
  const wMin = await minVariance(cov, mu, c, undefined);
  const volMin = Math.sqrt(quad(cov, wMin));
  if (volMin > target * (1 + 1e-9)) {
    throw new AccelError(AccelErrorCode.INFEASIBLE, `target risk ${target} is below the minimum achievable volatility ${volMin.toPrecision(6)} under these constraints.`);
  }
  const wMax = await maxReturn(mu, c);
  let lo = dot(mu, wMin);
  let hi = dot(mu, wMax);
  const atHi = await minVariance(cov, mu, c, hi);
  if (Math.sqrt(quad(cov, atHi)) <= target) return atHi;
  let best = wMin;
  for (let iter = 0; iter < 60 && hi - lo > 1e-10 * Math.max(1, Math.abs(hi)); iter++) {
    const mid = 0.5 * (lo + hi);
    const w = await minVariance(cov, mu, c, mid);
    if (Math.sqrt(quad(cov, w)) <= target) {
      lo = mid;
      best = w;
    } else hi = mid;
  }
  return best;
}

function scaled(a: Float64Array, k: number): Float64Array {
  return a.map((v) => v * k);
}

export function quad(cov: Matrix, w: ArrayLike<number>): number {
  const n = cov.rows;
  let s = 0;
  for (let i = 0; i < n; i++) {
    let r = 0;
    for (let j = 0; j < n; j++) r += cov.data[i * n + j]! * w[j]!;
    s += w[i]! * r;
  }
  return s;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** The weights with their expected return, volatility and Sharpe ratio (excess over r_f·budget). */
export function toPortfolioWeights(w: Float64Array, mu: Float64Array, cov: Matrix, c: ResolvedConstraints, rf: number, method: string): PortfolioWeights {
  const expectedReturn = dot(mu, w);
  const volatility = Math.sqrt(Math.max(quad(cov, w), 0));
  return { weights: w, expectedReturn, volatility, sharpe: volatility > 0 ? (expectedReturn - rf * c.budget) / volatility : Number.NaN, method };
}
