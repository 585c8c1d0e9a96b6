import { describe, expect, it } from 'vitest';
import { linearScale, niceStep, niceTicks, priceDomain } from '../src/chart/scale.ts';

describe('linearScale', () => {
  it('maps the domain onto an inverted pixel range and back', () => {
    const y = linearScale([100, 200], [300, 0]);
    expect(y(100)).toBe(300);
    expect(y(200)).toBe(0);
    expect(y(150)).toBe(150);
    expect(y.invert(75)).toBeCloseTo(175, 10);
  });

  it('puts every value of a flat domain in the middle instead of dividing by zero', () => {
    const y = linearScale([42, 42], [300, 0]);
    expect(y(42)).toBe(150);
    expect(y(1000)).toBe(150);
  });
});

describe('niceTicks', () => {
  it('picks 1-2-5 steps inside the range', () => {
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(101.3, 104.9, 4)).toEqual([102, 103, 104]);
    expect(niceTicks(101.3, 104.9, 8)).toEqual([101.5, 102, 102.5, 103, 103.5, 104, 104.5]);
  });

  it('does not accumulate floating-point drift on decimal steps', () => {
    expect(niceTicks(0.1, 0.35, 5)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
  });

  it('returns the single value of a flat range and nothing for non-finite input', () => {
    expect(niceTicks(5, 5)).toEqual([5]);
    expect(niceTicks(Number.NaN, 1)).toEqual([]);
  });

  it('steps are the smallest 1, 2 or 5 × 10^k at least the rough step', () => {
    expect([0.7, 1, 1.5, 3, 7, 0.013].map(niceStep)).toEqual([1, 1, 2, 5, 10, 0.02]);
  });
});

describe('priceDomain', () => {
  it('spans lowest low to highest high plus padding on both sides', () => {
    const [lo, hi] = priceDomain(
      [
        { low: 10, high: 12 },
        { low: 9, high: 11 },
      ],
      0.1,
    );
    expect(lo).toBeCloseTo(8.7, 10);
    expect(hi).toBeCloseTo(12.3, 10);
  });

  it('gives a flat series a ±0.5% band and an empty one [0, 1]', () => {
    expect(priceDomain([{ low: 200, high: 200 }])).toEqual([199, 201]);
    expect(priceDomain([{ low: 0, high: 0 }])).toEqual([-1, 1]);
    expect(priceDomain([])).toEqual([0, 1]);
  });
});
