import { describe, expect, it } from 'vitest';
import { cellColour, heatMap, parseValueList, varyingParameters } from '../src/pages/strategies/sweepGrid.ts';
import { latestBySymbol } from '../src/pages/strategies/signals.ts';

describe('sweep heat map', () => {
  const cells = [
    { parameters: { fast: 5, slow: 50, band: 1 }, value: 0.5 },
    { parameters: { fast: 10, slow: 50, band: 1 }, value: 1.5 },
    { parameters: { fast: 5, slow: 100, band: 1 }, value: -0.5 },
    { parameters: { fast: 10, slow: 100, band: 1 }, value: null },
  ];

  it('lays a two-parameter grid on the varying parameters’ sorted values', () => {
    expect(varyingParameters(cells)).toEqual(['fast', 'slow']);
    expect(heatMap(cells)).toEqual({ x: 'fast', y: 'slow', xValues: [5, 10], yValues: [50, 100], values: [[0.5, 1.5], [-0.5, null]], min: -0.5, max: 1.5 });
  });

  it('makes one row of a one-parameter sweep and nothing of a single run', () => {
    const one = heatMap([{ parameters: { fast: 20 }, value: 2 }, { parameters: { fast: 10 }, value: 1 }]);
    expect(one).toMatchObject({ x: 'fast', y: null, xValues: [10, 20], yValues: [0], values: [[1, 2]] });
    expect(heatMap([{ parameters: { fast: 10 }, value: 1 }])).toBeNull();
    expect(heatMap([])).toBeNull();
  });

  it('colours from red (worst) to green (best), transparent without a value', () => {
    expect(cellColour(-0.5, -0.5, 1.5)).toBe('hsl(0 60% 28%)');
    expect(cellColour(1.5, -0.5, 1.5)).toBe('hsl(130 60% 38%)');
    expect(cellColour(1, 1, 1)).toBe('hsl(65 60% 33%)');
    expect(cellColour(null, 0, 1)).toBe('transparent');
  });

  it('reads a list of values', () => {
    expect(parseValueList('5, 10  20,')).toEqual([5, 10, 20]);
    expect(parseValueList('a')).toEqual([Number.NaN]);
  });
});

describe('latest signal per symbol', () => {
  it('takes the newest of the loaded and the live signals per symbol', () => {
    const latest = latestBySymbol(
      [
        { symbol: 'SPY', direction: 'LONG', strength: 0.5, ts: '2026-01-05T00:00:00Z' },
        { symbol: 'AAPL', direction: 'SHORT', strength: -0.2, ts: '2026-01-05T00:00:00Z' },
      ],
      [{ id: '9', symbol: 'SPY', direction: 'FLAT', strength: 0, ts: '2026-01-06T15:00:00Z', strategyId: '1', strategyName: 'x' }],
    );
    expect(Object.fromEntries(latest)).toEqual({
      SPY: { direction: 'FLAT', strength: 0, ts: '2026-01-06T15:00:00Z' },
      AAPL: { direction: 'SHORT', strength: -0.2, ts: '2026-01-05T00:00:00Z' },
    });
  });
});
