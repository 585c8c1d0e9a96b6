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

/**
 * Solves a QP/LP with HiGHS (its active-set QP solver for convex QPs, simplex
 * for LPs). Why a real solver: constraints (boxes, groups, budget, target
 * return) make hand-rolled projected gradients fragile and slow to certify.
 * @throws AccelError INFEASIBLE when HiGHS proves infeasibility; NOT_CONVERGED
 *   for any other non-optimal status.
 */
export async function solveQp(p: QpProblem): Promise<{ x: Float64Array; objective: number }> {
  const highs = await getHighs();
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
  let hessian;
  // HiGHS tolerances are absolute; daily covariances (~1e-4) would stop the QP early, so scale Q to unit mean diagonal
  let qScale = 1;
  if (p.q) {
    let diag = 0;
    for (let i = 0; i < n; i++) diag += Math.abs(p.q[i * n + i]!);
    qScale = diag > 0 ? n / diag : 1;
  }
  if (p.q) {
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
  const model = highs.createModel({
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
  });
  try {
    model.options.set({ output_flag: false, primal_feasibility_tolerance: 1e-10, dual_feasibility_tolerance: 1e-10, time_limit: 20 });
    model.run();
    const status = model.getModelStatus();
    const S = highs.constants.modelStatus;
    if (status === S.infeasible || status === S.unboundedOrInfeasible) {
      throw new AccelError(AccelErrorCode.INFEASIBLE, 'The constraints cannot all hold at once (HiGHS proved infeasibility): check that bounds, group limits and the budget are compatible and the target is reachable.');
    }
    if (status !== S.optimal) {
      throw new AccelError(AccelErrorCode.NOT_CONVERGED, `HiGHS stopped with model status ${status} (not optimal).`);
    }
    return { x: Float64Array.from(model.getSolution().colValue), objective: model.getObjectiveValue() / qScale };
  } finally {
    model.dispose();
  }
}
