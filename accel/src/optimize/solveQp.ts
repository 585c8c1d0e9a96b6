import * as highsModule from 'highs';
import type { Highs } from 'highs';
import { AccelError, AccelErrorCode } from '../errors/AccelError.ts';

/**
 * A convex QP / LP in HiGHS form:
 *   minimise ½ xᵀQx + cᵀx  s.t.  rowLower ≤ A x ≤ rowUpper,  colLower ≤ x ≤ colUpper.
 * `q` (dense, symmetric PSD, n×n row-major) may be omitted for an LP; `a` is
 * dense m×n row-major. Dense because portfolio problems are dense.
 */
export interface QpProblem {
  n: number;
  q?: Float64Array;
  c: Float64Array;
  a: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  /** Maximise instead of minimise (LP only). */
  maximize?: boolean;
}

let highsPromise: Promise<Highs> | undefined;

/** The HiGHS WebAssembly instance, loaded once per process (~100 ms first time). */
export function getHighs(): Promise<Highs> {
  // highs ships ESM at runtime but CommonJS-style typings: take the default export by hand
  const loader = (highsModule as unknown as { default: () => Promise<Highs> }).default;
  highsPromise ??= loader();
  return highsPromise;
}

/** Primal and dual feasibility tolerance of the first attempt (HiGHS' default is 1e-7). */
const TIGHT_TOLERANCE = 1e-10;
/** Wall-clock seconds for all attempts together. */
const TIME_LIMIT_S = 20;

/** One HiGHS run of the problem. */
interface QpAttempt {
  /** Primal and dual feasibility tolerance; HiGHS' default (1e-7) when undefined. */
  tolerance?: number;
  /** HiGHS `qp_iteration_limit`; none when undefined. */
  iterationLimit?: number;
}

/** The attempts of `solveQp`, in order: tight tolerances under an iteration limit, then HiGHS' defaults. */
function qpAttempts(p: QpProblem): QpAttempt[] {
  return [{ tolerance: TIGHT_TOLERANCE, iterationLimit: Math.max(1000, 20 * (p.n + p.rowLower.length)) }, {}];
}

/**
 * Solves a QP/LP with HiGHS (its active-set QP solver for convex QPs, simplex
 * for LPs). Why a real solver: constraints (boxes, groups, budget, target
 * return, turnover) make hand-rolled projected gradients fragile and slow to
 * certify. Q is rescaled to unit mean diagonal first, because HiGHS
 * tolerances are absolute and daily covariances are ~1e-4.
 *
 * Two attempts, because HiGHS at tight tolerances (primal and dual
 * feasibility 1e-10, which keeps weights accurate to ~1e-10) fails in two ways
 * on ordinary portfolio problems:
 * - a min-variance QP whose target return is within ~1e-12 of the best
 *   attainable return (the top of a long-short frontier) makes `run()` throw
 *   a HighsError (native status −1);
 * - a degenerate optimum (min tracking error against a benchmark that is one
 *   of the assets: a vertex where every bound is active with a zero
 *   multiplier) makes the active-set solver cycle until the time limit.
 * So the first run has tolerances 1e-10 under a QP iteration limit of
 * 20·(columns + rows), at least 1000 (a few ms), and on any failure other
 * than proven infeasibility or unboundedness the problem is solved again with
 * HiGHS' default tolerances (1e-7), which handle both. The time limit (20 s)
 * covers both runs together.
 * @throws AccelError INFEASIBLE when HiGHS proves infeasibility; NOT_CONVERGED
 *   when it proves the problem unbounded or neither run ends optimal (the
 *   message names each run's tolerances and how it stopped).
 */
export async function solveQp(p: QpProblem): Promise<{ x: Float64Array; objective: number }> {
  const highs = await getHighs();
  const problem = compile(highs, p);
  const started = Date.now();
  const tried: string[] = [];
  for (const attempt of qpAttempts(p)) {
    const remaining = TIME_LIMIT_S - (Date.now() - started) / 1000;
    const what = `${attempt.tolerance === undefined ? "HiGHS' default tolerances" : `tolerances ${attempt.tolerance}`}${attempt.iterationLimit === undefined ? '' : ` with a QP iteration limit of ${attempt.iterationLimit}`}`;
    if (remaining <= 0) {
      tried.push(`${what}: not run, the ${TIME_LIMIT_S} s time limit was spent`);
      break;
    }
    const outcome = runAttempt(highs, problem, attempt, remaining);
    if ('x' in outcome) return outcome;
    if (outcome.infeasible) {
      throw new AccelError(
        AccelErrorCode.INFEASIBLE,
        'The constraints cannot all hold at once (HiGHS proved infeasibility): check that bounds, group limits and the budget are compatible with each other and with any turnover or tracking-error limit, and that the target is reachable.',
      );
    }
    if (outcome.unbounded) {
      throw new AccelError(AccelErrorCode.NOT_CONVERGED, `HiGHS found the ${p.q ? 'QP' : 'LP'} unbounded (with ${what}): the objective improves without limit; a bound is missing.`);
    }
    tried.push(`${what}: ${outcome.failure}`);
  }
  throw new AccelError(AccelErrorCode.NOT_CONVERGED, `HiGHS did not solve the ${p.q ? 'QP' : 'LP'} to optimality; tried ${tried.join('; then ')}.`);
}

type ModelData = Parameters<Highs['createModel']>[0];

interface Compiled {
  model: ModelData;
  qScale: number;
}

function compile(highs: Highs, p: QpProblem): Compiled {
  const m = p.rowLower.length;
  const n = p.n;
  // dense A → CSC
  const starts = new Int32Array(n + 1);
  const idx: number[] = [];
  const val: number[] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < m; i++) {
      const v = p.a[i * n + j]!;
      if (v !== 0) {
        idx.push(i);
        val.push(v);
      }
    }
    starts[j + 1] = idx.length;
  }
  // HiGHS tolerances are absolute; daily covariances (~1e-4) would stop the QP early, so scale Q to unit mean diagonal
  let qScale = 1;
  let hessian;
  if (p.q) {
    let diag = 0;
    for (let i = 0; i < n; i++) diag += Math.abs(p.q[i * n + i]!);
    qScale = diag > 0 ? n / diag : 1;
    const hs = new Int32Array(n + 1);
    const hi: number[] = [];
    const hv: number[] = [];
    for (let j = 0; j < n; j++) {
      for (let i = j; i < n; i++) {
        const v = 0.5 * qScale * (p.q[i * n + j]! + p.q[j * n + i]!);
        if (v !== 0 || i === j) {
          hi.push(i);
          hv.push(v);
        }
      }
      hs[j + 1] = hi.length;
    }
    hessian = { format: 'triangular' as const, dimension: n, starts: hs, indices: Int32Array.from(hi), values: Float64Array.from(hv) };
  }
  const inf = highs.infinity;
  const clamp = (v: Float64Array): Float64Array => v.map((x) => (x === Infinity ? inf : x === -Infinity ? -inf : x));
  const model: ModelData = {
    numCols: n,
    numRows: m,
    sense: p.maximize ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    colCost: p.c.map((v) => v * qScale),
    colLower: clamp(p.colLower),
    colUpper: clamp(p.colUpper),
    rowLower: clamp(p.rowLower),
    rowUpper: clamp(p.rowUpper),
    matrix: { format: 'csc', numRows: m, numCols: n, starts, indices: Int32Array.from(idx), values: Float64Array.from(val) },
    ...(hessian ? { hessian } : {}),
  };
  return { model, qScale };
}

type Outcome = { x: Float64Array; objective: number } | { infeasible?: true; unbounded?: true; failure?: string };

function runAttempt(highs: Highs, problem: Compiled, attempt: QpAttempt, timeLimit: number): Outcome {
  const model = highs.createModel(problem.model);
  try {
    model.options.set({
      output_flag: false,
      time_limit: timeLimit,
      ...(attempt.tolerance !== undefined ? { primal_feasibility_tolerance: attempt.tolerance, dual_feasibility_tolerance: attempt.tolerance } : {}),
      ...(attempt.iterationLimit !== undefined ? { qp_iteration_limit: attempt.iterationLimit } : {}),
    });
    try {
      model.run();
    } catch (error) {
      // a native failure of the solve itself (HighsError, status −1): worth another attempt
      if (error instanceof AccelError) throw error;
      return { failure: `run() threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` };
    }
    const status = model.getModelStatus();
    const S = highs.constants.modelStatus;
    if (status === S.optimal) return { x: Float64Array.from(model.getSolution().colValue), objective: model.getObjectiveValue() / problem.qScale };
    if (status === S.infeasible || status === S.unboundedOrInfeasible) return { infeasible: true };
    if (status === S.unbounded) return { unbounded: true };
    const name = Object.entries(S).find(([, v]) => v === status)?.[0] ?? 'unknown';
    return { failure: `model status ${status} (${name})` };
  } finally {
    model.dispose();
  }
}
