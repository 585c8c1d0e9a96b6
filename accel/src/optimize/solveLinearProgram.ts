import { AccelError, AccelErrorCode, assertInput } from '../errors/AccelError.ts';
import { getHighs } from './solveQp.ts';

/** One constraint row: `lower ≤ Σ value·x[column] ≤ upper` over its sparse coefficients. */
export interface LinearProgramRow {
  /** Sparse `[column, value]` pairs; a column listed twice has its values summed. */
  coefficients: Array<[column: number, value: number]>;
  /** Default −∞ (no lower bound). */
  lower?: number;
  /** Default +∞ (no upper bound). */
  upper?: number;
  /** Used in error messages only. */
  name?: string;
}

/**
 * A sparse linear program (or a mixed-integer one when `columns.integer` marks
 * columns):
 *   minimise/maximise cᵀx  s.t.  rows[i].lower ≤ A[i]·x ≤ rows[i].upper,
 *   columns.lower ≤ x ≤ columns.upper.
 * Column bounds default to `0 ≤ x < +∞` (the standard form of an LP); pass
 * `-Infinity` for a free column. Sparse because allocation problems are:
 * each row touches a handful of the columns.
 */
export interface LinearProgram {
  sense: 'minimize' | 'maximize';
  /** Objective coefficients c, one per column (length n ≥ 1), all finite. */
  objective: Float64Array;
  columns?: {
    /** Length n; default 0 for every column. */
    lower?: Float64Array;
    /** Length n; default +∞ for every column. */
    upper?: Float64Array;
    /** Length n; 1 marks an integer column (the problem becomes a MIP), 0 a continuous one. */
    integer?: Uint8Array;
  };
  rows: LinearProgramRow[];
}

export interface LinearProgramSolution {
  /** Optimal column values. */
  x: Float64Array;
  /** Optimal objective cᵀx (in the problem's own sense, not negated). */
  objective: number;
  /**
   * Present for a pure LP only (absent for a MIP, whose duals mean nothing):
   * the shadow price of each row, ∂objective/∂(the row's active bound), in the
   * problem's own sense; 0 for a row whose bounds are not binding.
   */
  rowDuals?: Float64Array;
  status: 'optimal';
}

/**
 * Solves a sparse LP or MIP with HiGHS (Huangfu & Hall, "Parallelizing the dual
 * revised simplex method", Math. Prog. Comp. 2018; branch-and-cut for MIPs),
 * the same WebAssembly instance `solveQp` uses. Rows are handed to HiGHS in
 * compressed sparse row form, so nothing dense of size rows×columns is built.
 * A MIP is optimal within HiGHS' default relative gap (`mip_rel_gap` 1e-4).
 *
 * @throws AccelError BAD_INPUT naming the field for a malformed problem (NaN,
 *   column index out of range, lower > upper, wrong lengths) and for an
 *   UNBOUNDED problem (message starts with "The LP is unbounded"): the
 *   objective improves without limit, which always means a bound is missing.
 * @throws AccelError INFEASIBLE when HiGHS proves no x satisfies every row and
 *   column bound; NOT_CONVERGED for any other non-optimal stop (time limit 20 s).
 */
export async function solveLinearProgram(problem: LinearProgram): Promise<LinearProgramSolution> {
  const compiled = compile(problem);
  const highs = await getHighs();
  const isMip = compiled.integrality !== undefined;
  const first = runHighs(highs, compiled, false);
  let status = first.status;
  const S = highs.constants.modelStatus;
  if (status === S.unboundedOrInfeasible) {
    // presolve could not tell which: with a zero objective nothing is unbounded, so the feasibility of that decides
    status = runHighs(highs, compiled, true).status === S.optimal ? S.unbounded : S.infeasible;
  }
  if (status === S.infeasible) {
    throw new AccelError(AccelErrorCode.INFEASIBLE, 'The linear program is infeasible (HiGHS proved it): no x satisfies every row bound and column bound at once; check the row bounds and the column bounds for contradictions.');
  }
  if (status === S.unbounded) {
    throw new AccelError(AccelErrorCode.BAD_INPUT, `The LP is unbounded: the objective can ${problem.sense === 'minimize' ? 'decrease' : 'increase'} without limit; add the missing column bounds or rows.`);
  }
  if (status !== S.optimal || !first.solution) {
    throw new AccelError(AccelErrorCode.NOT_CONVERGED, `HiGHS stopped with model status ${status} (not optimal).`);
  }
  return {
    x: first.solution.x,
    objective: first.solution.objective,
    ...(isMip ? {} : { rowDuals: first.solution.rowDuals }),
    status: 'optimal',
  };
}

type Highs = Awaited<ReturnType<typeof getHighs>>;

interface CompiledLp {
  sense: LinearProgram['sense'];
  n: number;
  m: number;
  cost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  integrality: Int32Array | undefined;
}

interface HighsRun {
  status: number;
  solution?: { x: Float64Array; objective: number; rowDuals: Float64Array };
}

function runHighs(highs: Highs, lp: CompiledLp, zeroObjective: boolean): HighsRun {
  const inf = highs.infinity;
  const clamp = (v: Float64Array): Float64Array => v.map((x) => (x === Infinity ? inf : x === -Infinity ? -inf : x));
  const model = highs.createModel({
    numCols: lp.n,
    numRows: lp.m,
    sense: lp.sense === 'maximize' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    colCost: zeroObjective ? new Float64Array(lp.n) : lp.cost,
    colLower: clamp(lp.colLower),
    colUpper: clamp(lp.colUpper),
    rowLower: clamp(lp.rowLower),
    rowUpper: clamp(lp.rowUpper),
    matrix: { format: 'csr', numRows: lp.m, numCols: lp.n, starts: lp.starts, indices: lp.indices, values: lp.values },
    ...(lp.integrality ? { integrality: lp.integrality } : {}),
  });
  try {
    model.options.set({ output_flag: false, time_limit: 20 });
    model.run();
    const status = model.getModelStatus();
    if (status !== highs.constants.modelStatus.optimal) return { status };
    const solution = model.getSolution();
    return {
      status,
      solution: { x: Float64Array.from(solution.colValue), objective: model.getObjectiveValue(), rowDuals: Float64Array.from(solution.rowDual) },
    };
  } finally {
    model.dispose();
  }
}

/** Validates the problem and packs its rows as CSR (duplicate columns summed). */
function compile(p: LinearProgram): CompiledLp {
  assertInput(p.sense === 'minimize' || p.sense === 'maximize', `sense must be 'minimize' or 'maximize', got ${String(p.sense)}`);
  assertInput(p.objective instanceof Float64Array, 'objective must be a Float64Array');
  const n = p.objective.length;
  assertInput(n >= 1, 'objective must have at least one column');
  for (let j = 0; j < n; j++) assertInput(Number.isFinite(p.objective[j]!), `objective[${j}] must be finite, got ${p.objective[j]}`);

  const colLower = p.columns?.lower ? Float64Array.from(p.columns.lower) : new Float64Array(n);
  const colUpper = p.columns?.upper ? Float64Array.from(p.columns.upper) : new Float64Array(n).fill(Infinity);
  assertInput(colLower.length === n, `columns.lower has length ${colLower.length}, expected ${n} (one per objective coefficient)`);
  assertInput(colUpper.length === n, `columns.upper has length ${colUpper.length}, expected ${n} (one per objective coefficient)`);
  for (let j = 0; j < n; j++) {
    const lo = colLower[j]!, up = colUpper[j]!;
    assertInput(!Number.isNaN(lo) && lo !== Infinity, `columns.lower[${j}] must be a number below +Infinity, got ${lo}`);
    assertInput(!Number.isNaN(up) && up !== -Infinity, `columns.upper[${j}] must be a number above -Infinity, got ${up}`);
    assertInput(lo <= up, `columns.lower[${j}] (${lo}) is greater than columns.upper[${j}] (${up})`);
  }
  let integrality: Int32Array | undefined;
  const integer = p.columns?.integer;
  if (integer) {
    assertInput(integer.length === n, `columns.integer has length ${integer.length}, expected ${n} (one per objective coefficient)`);
    for (let j = 0; j < n; j++) assertInput(integer[j] === 0 || integer[j] === 1, `columns.integer[${j}] must be 0 or 1, got ${integer[j]}`);
    if (integer.some((v) => v === 1)) integrality = Int32Array.from(integer);
  }

  assertInput(Array.isArray(p.rows), 'rows must be an array');
  const m = p.rows.length;
  const rowLower = new Float64Array(m);
  const rowUpper = new Float64Array(m);
  const starts = new Int32Array(m + 1);
  const indices: number[] = [];
  const values: number[] = [];
  const slot = new Int32Array(n).fill(-1); // position of column j in the current row, for summing duplicates
  p.rows.forEach((row, i) => {
    const label = row.name === undefined ? `rows[${i}]` : `rows[${i}] (${row.name})`;
    const lo = row.lower ?? -Infinity, up = row.upper ?? Infinity;
    assertInput(typeof lo === 'number' && !Number.isNaN(lo) && lo !== Infinity, `${label}.lower must be a number below +Infinity, got ${lo}`);
    assertInput(typeof up === 'number' && !Number.isNaN(up) && up !== -Infinity, `${label}.upper must be a number above -Infinity, got ${up}`);
    assertInput(lo <= up, `${label}.lower (${lo}) is greater than ${label}.upper (${up})`);
    rowLower[i] = lo;
    rowUpper[i] = up;
    const begin = indices.length;
    assertInput(Array.isArray(row.coefficients), `${label}.coefficients must be an array of [column, value] pairs`);
    row.coefficients.forEach(([column, value], k) => {
      assertInput(Number.isInteger(column) && column >= 0 && column < n, `${label}.coefficients[${k}]: column ${column} is out of range [0, ${n})`);
      assertInput(Number.isFinite(value), `${label}.coefficients[${k}]: value must be finite, got ${value}`);
      const at = slot[column]!;
      if (at >= begin) values[at] = values[at]! + value;
      else {
        slot[column] = indices.length;
        indices.push(column);
        values.push(value);
      }
    });
    starts[i + 1] = indices.length;
  });
  return {
    sense: p.sense,
    n,
    m,
    cost: Float64Array.from(p.objective),
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    starts,
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
    integrality,
  };
}
