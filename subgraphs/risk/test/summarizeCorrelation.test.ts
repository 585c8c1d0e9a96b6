import { describe, expect, it } from 'vitest';
import { covariance, matrix } from '@nautilus/accel';
import { summarizeCorrelation } from '../src/domain/summarizeCorrelation.ts';

/** Sample covariance of factor series (each inner array one factor's returns), row-major. */
const covOf = (series: number[][]) => {
  const n = series.length;
  const t = series[0]!.length;
  const data = matrix(t, n);
  series.forEach((r, i) => r.forEach((x, k) => (data.data[k * n + i] = x)));
  return covariance(data).data;
};

describe('summarizeCorrelation', () => {
  it('finds the average, lowest, highest and strongest pairs', () => {
    // B = 2A → ρ(A,B) = 1; C = −A → ρ(A,C) = ρ(B,C) = −1; average = (1 − 1 − 1)/3 = −1/3.
    const a = [0.01, -0.02, 0.03, 0.0, -0.01];
    const summary = summarizeCorrelation(['A', 'B', 'C'], covOf([a, a.map((x) => 2 * x), a.map((x) => -x)]));
    expect(summary.factors).toBe(3);
    expect(summary.averagePairwise).toBeCloseTo(-1 / 3, 12);
    expect(summary.highest).toMatchObject({ symbolA: 'A', symbolB: 'B' });
    expect(summary.highest!.correlation).toBeCloseTo(1, 12);
    expect(summary.lowest!.correlation).toBeCloseTo(-1, 12);
    expect(summary.strongest).toHaveLength(3);
  });

  it('reads ρ = Σᵢⱼ/√(ΣᵢᵢΣⱼⱼ) from a covariance, keeping the top pairs by |ρ|', () => {
    // σ = (1, 2, 3); Σ₁₂ = 0.5·1·2 → ρ 0.5; Σ₁₃ = −0.9·1·3 → ρ −0.9; Σ₂₃ = 0.1·2·3 → ρ 0.1
    const cov = [1, 1, -2.7, 1, 4, 0.6, -2.7, 0.6, 9];
    const summary = summarizeCorrelation(['X', 'Y', 'Z'], cov, 2);
    expect(summary.strongest.map((p) => [p.symbolA, p.symbolB, Number(p.correlation.toFixed(12))])).toEqual([['X', 'Z', -0.9], ['X', 'Y', 0.5]]);
    expect(summary.averagePairwise).toBeCloseTo((0.5 - 0.9 + 0.1) / 3, 12);
  });

  it('reports nothing for one factor, and leaves out a factor that never moved', () => {
    expect(summarizeCorrelation(['A'], [1e-4])).toEqual({ factors: 1, averagePairwise: null, lowest: null, highest: null, strongest: [] });
    // X and Y: ρ = 1 (Y = 3X); Z constant → its pairs have no correlation.
    const summary = summarizeCorrelation(['X', 'Y', 'Z'], covOf([[0.01, -0.01, 0.02], [0.03, -0.03, 0.06], [0, 0, 0]]));
    expect(summary.strongest).toEqual([{ symbolA: 'X', symbolB: 'Y', correlation: expect.closeTo(1, 12) }]);
    expect(summary.averagePairwise).toBeCloseTo(1, 12);
  });
});
