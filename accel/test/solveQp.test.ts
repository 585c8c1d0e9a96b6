import { afterEach, describe, expect, test, vi } from 'vitest';
import { AccelError, covariance, fromRows, optimizeMeanVariance } from '../src/index.ts';
import { getHighs, solveQp, type QpProblem } from '../src/optimize/solveQp.ts';
import { recentReturns } from './fixtures.ts';

const rejection = async (p: Promise<unknown>): Promise<AccelError> => {
  const error = await p.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AccelError);
  return error as AccelError;
};

// min variance at a target return within ~7e-13 of the best asset's, shorts allowed: at tolerances 1e-10 HiGHS'
// run() throws a HighsError ("run failed with HiGHS status -1")
const topCov = [0.0004567148659486453 / 2, 5.157270176829519e-5 / 2, 5.157270176829519e-5 / 2, 0.0006558623132864464 / 2];
const topMu = [0.0003749093822343526, 0.0007066281111616363];
const topTarget = 0.0007066281104550081;
const topOfFrontier: QpProblem = {
  n: 2,
  q: Float64Array.from(topCov, (v) => 2 * v),
  c: new Float64Array(2),
  a: Float64Array.from([1, 1, ...topMu]),
  rowLower: Float64Array.of(1, topTarget),
  rowUpper: Float64Array.of(1, Infinity),
  colLower: new Float64Array(2).fill(-Infinity),
  colUpper: new Float64Array(2).fill(Infinity),
};

/** min (w − e_j)ᵀΣ(w − e_j) long-only, Σw = 1: the optimum w = e_j is a vertex with every bound active at a zero multiplier. */
function trackHolding(j: number): QpProblem {
  const { returns } = recentReturns(200, 4);
  const c = covariance(returns);
  return {
    n: 4,
    q: c.data.map((v) => 2 * v),
    c: Float64Array.from({ length: 4 }, (_, i) => -2 * c.data[i * 4 + j]!),
    a: new Float64Array(4).fill(1),
    rowLower: Float64Array.of(1),
    rowUpper: Float64Array.of(1),
    colLower: new Float64Array(4),
    colUpper: new Float64Array(4).fill(Infinity),
  };
}

describe('solveQp robustness (HiGHS at tolerances 1e-10, then its defaults)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('regression: the top of a long-short frontier, where run() throws a HighsError at 1e-10, solves', async () => {
    const { x } = await solveQp(topOfFrontier);
    expect(x[0]! + x[1]!).toBeCloseTo(1, 9);
    expect(x[1]).toBeCloseTo(1, 7);
    expect(topMu[0]! * x[0]! + topMu[1]! * x[1]!).toBeGreaterThanOrEqual(topTarget - 1e-12);
    // and so does the public entry point that goes through solveQp
    const r = await optimizeMeanVariance({ covariance: fromRows([topCov.slice(0, 2), topCov.slice(2)]), expectedReturns: topMu, objective: { kind: 'targetReturn', target: topTarget }, constraints: { longOnly: false } });
    expect(r.weights[1]).toBeCloseTo(1, 7);
  });

  test('regression: a degenerate vertex that made the active-set solver cycle to its 20 s limit stops at the iteration limit and solves', async () => {
    for (let j = 0; j < 4; j++) {
      // j = 0 used to run the full 20 s time limit and fail with model status 13 (time limit);
      // the 15 s test timeout (a hang guard well above the normal sub-second solve, not a speed target) catches a return of that.
      const { x } = await solveQp(trackHolding(j));
      x.forEach((w, i) => expect(w).toBeCloseTo(i === j ? 1 : 0, 6));
    }
  }, 15_000);

  test('a HighsError from the first run is retried with default tolerances; a second failure is NOT_CONVERGED naming both runs', async () => {
    const highs = await getHighs();
    const create = highs.createModel.bind(highs);
    const runs: Array<Record<string, unknown>> = [];
    let failures = 1;
    vi.spyOn(highs, 'createModel').mockImplementation((...args: Parameters<typeof highs.createModel>) => {
      const model = create(...args);
      const set = model.options.set.bind(model.options);
      const options: Record<string, unknown> = {};
      runs.push(options);
      vi.spyOn(model.options, 'set').mockImplementation((o) => {
        Object.assign(options, o);
        return set(o);
      });
      const run = model.run.bind(model);
      vi.spyOn(model, 'run').mockImplementation((...a: Parameters<typeof model.run>) => {
        if (failures-- > 0) throw new highs.errors.HighsError('run failed with HiGHS status -1', 'run');
        return run(...a);
      });
      return model;
    });
    const easy = trackHolding(1);
    const { x } = await solveQp(easy);
    expect(x[1]).toBeCloseTo(1, 6);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatchObject({ primal_feasibility_tolerance: 1e-10, dual_feasibility_tolerance: 1e-10, qp_iteration_limit: 1000 });
    expect(runs[1]).not.toHaveProperty('primal_feasibility_tolerance');
    expect(runs[1]).not.toHaveProperty('qp_iteration_limit');

    runs.length = 0;
    failures = 2;
    const error = await rejection(solveQp(easy));
    expect(error.code).toBe('NOT_CONVERGED');
    expect(error.message).toMatch(/tolerances 1e-10 with a QP iteration limit of 1000: run\(\) threw HighsError: run failed.*; then HiGHS' default tolerances: run\(\) threw HighsError/);
    expect(runs).toHaveLength(2);
  });

  test('infeasibility is INFEASIBLE at once (no retry), whatever the tolerances', async () => {
    const highs = await getHighs();
    const spy = vi.spyOn(highs, 'createModel');
    // two assets capped at 0.3 cannot sum to 1
    const error = await rejection(solveQp({ ...trackHolding(0), n: 2, q: Float64Array.of(1, 0, 0, 1), c: new Float64Array(2), a: Float64Array.of(1, 1), colLower: new Float64Array(2), colUpper: new Float64Array(2).fill(0.3) }));
    expect(error.code).toBe('INFEASIBLE');
    expect(error.message).toMatch(/bounds, group limits and the budget/);
    expect(spy).toHaveBeenCalledTimes(1);
    // the top of the frontier pushed just past the best return is infeasible too, not a HighsError
    const beyond = await rejection(solveQp({ ...topOfFrontier, colLower: new Float64Array(2), rowLower: Float64Array.of(1, topMu[1]! * (1 + 1e-6)) }));
    expect(beyond.code).toBe('INFEASIBLE');
  });

  test('an unbounded LP is NOT_CONVERGED saying so', async () => {
    const error = await rejection(solveQp({ n: 2, c: Float64Array.of(1, 2), a: Float64Array.of(1, 1), rowLower: Float64Array.of(1), rowUpper: Float64Array.of(1), colLower: new Float64Array(2).fill(-Infinity), colUpper: new Float64Array(2).fill(Infinity), maximize: true }));
    expect(error.code).toBe('NOT_CONVERGED');
    expect(error.message).toMatch(/unbounded/);
  });
});
