import { describe, expect, test } from 'vitest';
import { solveLinearProgram, type LinearProgram } from '../src/index.ts';

const f64 = (...v: number[]): Float64Array => Float64Array.from(v);

describe('solveLinearProgram (sparse LP/MIP via HiGHS)', () => {
  test('Wyndor Glass LP (Hillier & Lieberman §3.1): x = (2, 6), z = 36, shadow prices (0, 3/2, 1)', async () => {
    // max 3x₁ + 5x₂  s.t.  x₁ ≤ 4,  2x₂ ≤ 12,  3x₁ + 2x₂ ≤ 18,  x ≥ 0.
    // Rows 2 and 3 bind: 2x₂ = 12 → x₂ = 6; 3x₁ + 12 = 18 → x₁ = 2; z = 3·2 + 5·6 = 36.
    // Row 1 is slack (2 < 4) so y₁ = 0; the dual yᵀA = c on the basic columns:
    //   x₁: 3y₃ = 3 → y₃ = 1;   x₂: 2y₂ + 2y₃ = 5 → y₂ = 3/2.
    // Strong duality check: bᵀy = 4·0 + 12·3/2 + 18·1 = 36 = z.
    const lp: LinearProgram = {
      sense: 'maximize',
      objective: f64(3, 5),
      rows: [
        { coefficients: [[0, 1]], upper: 4, name: 'plant 1' },
        { coefficients: [[1, 2]], upper: 12, name: 'plant 2' },
        { coefficients: [[0, 3], [1, 2]], upper: 18, name: 'plant 3' },
      ],
    };
    const r = await solveLinearProgram(lp);
    expect(r.status).toBe('optimal');
    expect(r.x[0]).toBeCloseTo(2, 9);
    expect(r.x[1]).toBeCloseTo(6, 9);
    expect(r.objective).toBeCloseTo(36, 9);
    expect(r.rowDuals).toBeDefined();
    expect(r.rowDuals![0]).toBeCloseTo(0, 9);
    expect(r.rowDuals![1]).toBeCloseTo(1.5, 9);
    expect(r.rowDuals![2]).toBeCloseTo(1, 9);
  });

  test('a minimisation with ≥ rows, duplicate coefficients summed: x = (3, 1), cost 9, duals (3/2, 1/2)', async () => {
    // min 2x + 3y  s.t.  x + y ≥ 4,  x + 3y ≥ 6,  x, y ≥ 0.
    // Vertices: (0, 4) → 12,  (3, 1) → 6 + 3 = 9,  (6, 0) → 12.  Optimum (3, 1), cost 9.
    // Duals: u₁ + u₂ = 2 and u₁ + 3u₂ = 3 → u₂ = 1/2, u₁ = 3/2;  bᵀu = 4·3/2 + 6·1/2 = 9.
    // Row 1 is written with x split into two halves (0.5 + 0.5) to check that duplicates add.
    const r = await solveLinearProgram({
      sense: 'minimize',
      objective: f64(2, 3),
      rows: [
        { coefficients: [[0, 0.5], [1, 1], [0, 0.5]], lower: 4 },
        { coefficients: [[0, 1], [1, 3]], lower: 6 },
      ],
    });
    expect(r.x[0]).toBeCloseTo(3, 9);
    expect(r.x[1]).toBeCloseTo(1, 9);
    expect(r.objective).toBeCloseTo(9, 9);
    expect(r.rowDuals![0]).toBeCloseTo(1.5, 9);
    expect(r.rowDuals![1]).toBeCloseTo(0.5, 9);
  });

  test('free and boxed columns: min x + y with x free, x ≥ −3 (row), 1 ≤ y ≤ 2 → x = −3, y = 1, objective −2', async () => {
    // x has no lower bound of its own; the row x ≥ −3 stops it. y sits at its lower bound 1. −3 + 1 = −2.
    const r = await solveLinearProgram({
      sense: 'minimize',
      objective: f64(1, 1),
      columns: { lower: f64(-Infinity, 1), upper: f64(Infinity, 2) },
      rows: [{ coefficients: [[0, 1]], lower: -3 }],
    });
    expect(Array.from(r.x)).toEqual([expect.closeTo(-3, 9), expect.closeTo(1, 9)]);
    expect(r.objective).toBeCloseTo(-2, 9);
  });

  test('0-1 knapsack MIP (CLRS §16.2 example): items 2 and 3, value 220; its LP relaxation is 240', async () => {
    // values (60, 100, 120), weights (10, 20, 30), capacity 50.
    // Feasible subsets: {1,2} w 30 → 160;  {1,3} w 40 → 180;  {2,3} w 50 → 220;  {1,2,3} w 60 > 50.  Best: {2,3} = 220.
    // Relaxation (greedy by value/weight 6, 5, 4): items 1, 2 whole (w 30, v 160) and 20/30 of item 3 (v 80) → 240.
    const base: LinearProgram = {
      sense: 'maximize',
      objective: f64(60, 100, 120),
      columns: { upper: f64(1, 1, 1) },
      rows: [{ coefficients: [[0, 10], [1, 20], [2, 30]], upper: 50, name: 'capacity' }],
    };
    const mip = await solveLinearProgram({ ...base, columns: { ...base.columns, integer: Uint8Array.of(1, 1, 1) } });
    expect(Array.from(mip.x, Math.round)).toEqual([0, 1, 1]);
    expect(mip.objective).toBeCloseTo(220, 6);
    expect(mip.rowDuals).toBeUndefined();
    const lp = await solveLinearProgram(base);
    expect(lp.objective).toBeCloseTo(240, 9);
    expect(lp.x[2]).toBeCloseTo(2 / 3, 9);
  });

  test('infeasible LP and MIP throw INFEASIBLE', async () => {
    // x + y ≤ 1 and x + y ≥ 3 cannot both hold.
    const rows: LinearProgram['rows'] = [
      { coefficients: [[0, 1], [1, 1]], upper: 1 },
      { coefficients: [[0, 1], [1, 1]], lower: 3 },
    ];
    await expect(solveLinearProgram({ sense: 'minimize', objective: f64(1, 1), rows })).rejects.toMatchObject({ name: 'AccelError', code: 'INFEASIBLE' });
    await expect(solveLinearProgram({ sense: 'minimize', objective: f64(1, 1), columns: { integer: Uint8Array.of(1, 1) }, rows })).rejects.toMatchObject({ code: 'INFEASIBLE' });
    // a column bound against a row: x ≥ 5 (bound) but x ≤ 2 (row)
    await expect(solveLinearProgram({ sense: 'maximize', objective: f64(1), columns: { lower: f64(5) }, rows: [{ coefficients: [[0, 1]], upper: 2 }] })).rejects.toMatchObject({ code: 'INFEASIBLE' });
  });

  test('unbounded LP and MIP throw BAD_INPUT saying so', async () => {
    // max x + y s.t. x − y ≤ 1, x, y ≥ 0: x = y = t is feasible for every t, objective 2t → ∞.
    const lp: LinearProgram = { sense: 'maximize', objective: f64(1, 1), rows: [{ coefficients: [[0, 1], [1, -1]], upper: 1 }] };
    await expect(solveLinearProgram(lp)).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/^The LP is unbounded.*increase/) });
    await expect(solveLinearProgram({ ...lp, columns: { integer: Uint8Array.of(1, 1) } })).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/unbounded/) });
  });

  test('bad input is rejected with BAD_INPUT naming the field', async () => {
    const ok: LinearProgram = { sense: 'minimize', objective: f64(1, 1), rows: [{ coefficients: [[0, 1], [1, 1]], lower: 1, name: 'cover' }] };
    const bad = async (p: LinearProgram, pattern: RegExp): Promise<void> => {
      await expect(solveLinearProgram(p)).rejects.toMatchObject({ name: 'AccelError', code: 'BAD_INPUT', message: expect.stringMatching(pattern) });
    };
    await bad({ ...ok, objective: f64(1, Number.NaN) }, /^objective\[1\] must be finite/);
    await bad({ ...ok, objective: new Float64Array(0) }, /objective must have at least one column/);
    await bad({ ...ok, rows: [{ coefficients: [[0, 1], [2, 1]], lower: 1, name: 'cover' }] }, /^rows\[0\] \(cover\)\.coefficients\[1\]: column 2 is out of range \[0, 2\)/);
    await bad({ ...ok, rows: [{ coefficients: [[-1, 1]] }] }, /rows\[0\]\.coefficients\[0\]: column -1 is out of range/);
    await bad({ ...ok, rows: [{ coefficients: [[0, Number.NaN]] }] }, /rows\[0\]\.coefficients\[0\]: value must be finite/);
    await bad({ ...ok, rows: [{ coefficients: [[0, 1]], lower: 2, upper: 1 }] }, /rows\[0\]\.lower \(2\) is greater than rows\[0\]\.upper \(1\)/);
    await bad({ ...ok, rows: [{ coefficients: [[0, 1]], upper: Number.NaN }] }, /rows\[0\]\.upper must be a number/);
    await bad({ ...ok, columns: { lower: f64(0, 3), upper: f64(1, 2) } }, /columns\.lower\[1\] \(3\) is greater than columns\.upper\[1\] \(2\)/);
    await bad({ ...ok, columns: { lower: f64(Number.NaN, 0) } }, /columns\.lower\[0\] must be a number/);
    await bad({ ...ok, columns: { upper: f64(1) } }, /columns\.upper has length 1, expected 2/);
    await bad({ ...ok, columns: { integer: Uint8Array.of(0, 2) } }, /columns\.integer\[1\] must be 0 or 1/);
    await bad({ ...ok, sense: 'min' as unknown as LinearProgram['sense'] }, /sense must be 'minimize' or 'maximize'/);
  });
});
