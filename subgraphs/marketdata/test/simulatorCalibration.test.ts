import { describe, expect, it } from 'vitest';
import { fixturePath } from '@nautilus/testing';
import { SYMBOL_PATTERN, ASSET_CLASSES, choleskyDecompose, createDemoUniverse } from '../src/domain/simulator/index.ts';
import { calibrateFromHistory } from '../src/service/simulatorCalibration.ts';

/** The real fixtures (shared/fixtures beside the clone: always there in this project, so no guard). */
const pricesPath = fixturePath('market/stock_prices.csv');
const benchmarkPath = fixturePath('market/spy_prices.csv');

function expectValidCorrelation(matrix: readonly (readonly number[])[]): void {
  const n = matrix.length;
  let worstAsymmetry = 0;
  let worstDiagonal = 0;
  let worstRange = 0;
  for (let i = 0; i < n; i++) {
    expect(matrix[i]).toHaveLength(n);
    worstDiagonal = Math.max(worstDiagonal, Math.abs(matrix[i]![i]! - 1));
    for (let j = 0; j < n; j++) {
      worstAsymmetry = Math.max(worstAsymmetry, Math.abs(matrix[i]![j]! - matrix[j]![i]!));
      worstRange = Math.max(worstRange, Math.abs(matrix[i]![j]!) - 1);
    }
  }
  expect(worstAsymmetry).toBeLessThan(1e-12);
  expect(worstDiagonal).toBeLessThan(1e-12);
  expect(worstRange).toBeLessThanOrEqual(1e-12);
  expect(() => choleskyDecompose(matrix)).not.toThrow();
}

describe('calibrateFromHistory on the real fixtures', async () => {
  const calibration = await calibrateFromHistory({
    pricesPath,
    benchmarkPath,
  });
  const at = (symbol: string): number => calibration.symbols.indexOf(symbol);

  it('uses the last five years of common dates (2013-04-11 … 2018-04-11)', () => {
    expect(calibration.symbols).toHaveLength(21);
    expect(calibration.to.toISOString().slice(0, 10)).toBe('2018-04-11');
    expect(calibration.from.toISOString().slice(0, 10)).toBe('2013-04-11');
    expect(calibration.observations[at('AAPL')]).toBe(1259);
    // BABA listed in September 2014, so complete rows start then.
    expect(calibration.observations[at('BABA')]).toBe(895);
    expect(calibration.correlationObservations).toBe(895);
  });

  it('finds plausible annualised volatilities and drifts', () => {
    const vol = (s: string): number => calibration.annualVol[at(s)]!;
    expect(vol('SPY')).toBeGreaterThan(0.1);
    expect(vol('SPY')).toBeLessThan(0.16); // 12.6% in this window
    expect(vol('AAPL')).toBeGreaterThan(0.18);
    expect(vol('AAPL')).toBeLessThan(0.3); // 23.4%
    expect(vol('AMD')).toBeGreaterThan(vol('WMT')); // 58% vs 18%
    expect(calibration.annualDrift[at('SPY')]).toBeGreaterThan(0.05); // 12.9%: the 2013–2018 bull market
    expect(calibration.annualDrift[at('SHLD')]).toBeLessThan(0); // Sears' decline
  });

  it('returns a symmetric, unit-diagonal, positive-definite correlation matrix with market-like values', () => {
    expectValidCorrelation(calibration.correlation);
    const rho = (a: string, b: string): number => calibration.correlation[at(a)]![at(b)]!;
    expect(rho('JPM', 'BAC')).toBeGreaterThan(0.7);
    expect(rho('JPM', 'SPY')).toBeGreaterThan(0.6);
    expect(rho('SHLD', 'MA')).toBeLessThan(rho('JPM', 'BAC'));
  });

  it('feeds the demo universe: 21 calibrated instruments, clamped drifts, still positive definite', () => {
    const universe = createDemoUniverse({ calibration });
    expectValidCorrelation(universe.correlation);
    const calibrated = universe.instruments.filter((i) => i.parameterSource === 'calibrated');
    // 21 fixture symbols plus the index that tracks SPY.
    expect(calibrated.map((i) => i.symbol)).toContain('AAPL');
    expect(calibrated.length).toBeGreaterThanOrEqual(21);
    const index = (s: string): number => universe.instruments.findIndex((i) => i.symbol === s);
    expect(universe.correlation[index('JPM')]![index('BAC')]).toBeCloseTo(
      calibration.correlation[at('JPM')]![at('BAC')]!,
      12,
    );
    for (const inst of universe.instruments) {
      expect(inst.annualDrift).toBeGreaterThanOrEqual(-0.05);
      expect(inst.annualDrift).toBeLessThanOrEqual(0.25);
    }
  });
});

describe('createDemoUniverse', () => {
  it('lists 50 valid, unique instruments across every asset class with a positive-definite correlation', () => {
    const universe = createDemoUniverse();
    expect(universe.instruments).toHaveLength(50);
    expect(new Set(universe.instruments.map((i) => i.symbol)).size).toBe(50);
    expect(universe.instruments.filter((i) => !SYMBOL_PATTERN.test(i.symbol))).toEqual([]);
    expect(new Set(universe.instruments.map((i) => i.assetClass))).toEqual(new Set(ASSET_CLASSES));
    for (const i of universe.instruments) {
      expect(i.currency).toMatch(/^[A-Z]{3}$/);
      expect(i.tickSize).toBeGreaterThan(0);
      expect(i.initialPrice).toBeGreaterThan(0);
      expect(i.annualVol).toBeGreaterThan(0);
    }
    expectValidCorrelation(universe.correlation);
  });

  it('gives the factor structure its intended signs (QQQ with SPY, TLT against it, EURUSD against USDJPY)', () => {
    const { instruments, correlation } = createDemoUniverse();
    const rho = (a: string, b: string): number =>
      correlation[instruments.findIndex((i) => i.symbol === a)]![instruments.findIndex((i) => i.symbol === b)]!;
    expect(rho('QQQ', 'SPY')).toBeGreaterThan(0.9);
    expect(rho('SPX', 'SPY')).toBeGreaterThan(0.99);
    expect(rho('TLT', 'SPY')).toBeLessThan(0);
    expect(rho('EURUSD', 'USDJPY')).toBeLessThan(-0.3);
    expect(rho('GC=F', 'GLD')).toBeGreaterThan(0.95);
  });
});

describe('the committed calibration.json', () => {
  it('is what calibrateFromHistory computes from the fixtures today (re-run npm run calibrate:simulator if not)', async () => {
    const { loadDemoCalibration } = await import('../src/service/simulatorCalibration.ts');
    const committed = loadDemoCalibration();
    const fresh = await calibrateFromHistory({ pricesPath, benchmarkPath, lookbackYears: 5 });
    expect(committed.symbols).toEqual(fresh.symbols);
    committed.annualVol.forEach((v, i) => expect(v).toBeCloseTo(fresh.annualVol[i]!, 5));
    committed.annualDrift.forEach((v, i) => expect(v).toBeCloseTo(fresh.annualDrift[i]!, 5));
    committed.correlation.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(fresh.correlation[i]![j]!, 5)));
  });
});
