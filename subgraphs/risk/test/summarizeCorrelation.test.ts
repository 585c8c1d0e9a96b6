import { describe, expect, it } from 'vitest';
import { summarizeCorrelation } from '../src/service/summarizeCorrelation.ts';

describe('summarizeCorrelation', () => {
  it('finds the average, lowest, highest and strongest pairs', () => {
    // B = 2A → ρ(A,B) = 1; C = −A → ρ(A,C) = ρ(B,C) = −1; average = (1 − 1 − 1)/3 = −1/3.
    const a = [0.01, -0.02, 0.03, 0.0, -0.01];
    const summary = summarizeCorrelation(['A', 'B', 'C'], [a, a.map((x) => 2 * x), a.map((x) => -x)]);
    expect(summary.factors).toBe(3);
    expect(summary.averagePairwise).toBeCloseTo(-1 / 3, 12);
    expect(summary.highest).toMatchObject({ symbolA: 'A', symbolB: 'B' });
    expect(summary.highest!.correlation).toBeCloseTo(1, 12);
    expect(summary.lowest!.correlation).toBeCloseTo(-1, 12);
    expect(summary.strongest).toHaveLength(3);
  });

  it('reports nothing for one factor, and leaves out a factor that never moved', () => {
    expect(summarizeCorrelation(['A'], [[0.01, 0.02]])).toEqual({ factors: 1, averagePairwise: null, lowest: null, highest: null, strongest: [] });
    // X and Y: ρ = 1 (Y = 3X); Z constant → its pairs have no correlation.
    const summary = summarizeCorrelation(['X', 'Y', 'Z'], [[0.01, -0.01, 0.02], [0.03, -0.03, 0.06], [0, 0, 0]]);
    expect(summary.strongest).toEqual([{ symbolA: 'X', symbolB: 'Y', correlation: expect.closeTo(1, 12) }]);
    expect(summary.averagePairwise).toBeCloseTo(1, 12);
  });
});
