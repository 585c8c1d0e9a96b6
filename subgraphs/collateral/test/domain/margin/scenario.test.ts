import { describe, expect, it } from 'vitest';
import { blackScholesPrice } from '@nautilus/accel';
import { computeScenarioRequirement } from '../../../src/domain/margin/computeScenarioRequirement.ts';
import { NO_CONCENTRATION, option, stock } from './fixtures.ts';

const prices = new Map([['XYZ', 100]]);

describe('portfolio (scenario) margin', () => {
  it('stock alone: the −15% scenario, 11 × 3 grid', () => {
    const r = computeScenarioRequirement([stock('XYZ', 100, 100)], prices, NO_CONCENTRATION);
    const g = r.groups[0]!;
    // 100 shares × $100 × 15% = 1,500 at the −15% point
    expect(g.worstLoss).toBeCloseTo(1500, 9);
    expect(g.worstPriceMove).toBe(-0.15);
    expect(g.requirement).toBeCloseTo(1500, 9);
    expect(g.pnlGrid).toHaveLength(11); // −15 … +15 in 3% steps
    expect(g.pnlGrid.every((row) => row.length === 3)).toBe(true);
    expect(g.pnlGrid[5]).toEqual([0, 0, 0]); // the 0% row
    expect(g.pnlGrid[10]![1]).toBeCloseTo(1500, 9); // +15% gains 1,500
    expect(r.methodology).toBe('PORTFOLIO');
    expect(r.maintenance).toBeCloseTo(1500, 9);
    expect(r.initial).toBe(r.maintenance); // portfolio margin: initial = maintenance
    expect(r.lines).toEqual([{ instrumentId: 'XYZ', symbol: 'XYZ', rule: 'SCENARIO_GROUP', initial: r.maintenance, maintenance: r.maintenance }]);
    // A short position loses at +15%.
    const short = computeScenarioRequirement([stock('XYZ', -100, 100)], prices, NO_CONCENTRATION).groups[0]!;
    expect(short.worstPriceMove).toBe(0.15);
    expect(short.requirement).toBeCloseTo(1500, 9);
  });

  it('stock + protective put at expiry: the loss is bounded by the strike (hand-computed)', () => {
    // Put K = 95 with no time left is worth max(0, 95 − S). Stock 100 sh + 1 put (×100):
    // −15%: S = 85 → stock −1,500, put +1,000 → −500; −6%: S = 94 → −600 + 100 = −500; −3%: S = 97 → −300.
    // Worst loss 500 (first reached at −15%), above the 1 × $0.375 × 100 = 37.50 minimum.
    const r = computeScenarioRequirement(
      [stock('XYZ', 100, 100), option('XYZ P95', 'XYZ', 'PUT', 95, 1, 0, { yearsToExpiry: 0 })],
      prices,
      NO_CONCENTRATION,
    );
    const g = r.groups[0]!;
    expect(g.underlyingId).toBe('XYZ');
    expect(g.symbol).toBe('XYZ');
    expect(g.worstLoss).toBeCloseTo(500, 9);
    expect(g.worstPriceMove).toBe(-0.15);
    expect(g.requirement).toBeCloseTo(500, 9);
    expect(g.pnlGrid[4]![1]).toBeCloseTo(-300, 9); // −3%
  });

  it('stock + protective put with time value: loss below the stock-alone 1,500 and ≤ 500 + the put premium', () => {
    const terms = { yearsToExpiry: 0.25, volatility: 0.3 };
    const r = computeScenarioRequirement([stock('XYZ', 100, 100), option('XYZ P95', 'XYZ', 'PUT', 95, 1, 2, terms)], prices, NO_CONCENTRATION);
    const g = r.groups[0]!;
    // Value of stock + put ≥ 100 × max(S, 95) = 9,500 in every scenario, so loss ≤ 10,000 + 100·P0 − 9,500.
    const p0 = blackScholesPrice({ type: 'put', spot: 100, strike: 95, rate: 0, volatility: 0.3, maturity: 0.25 });
    expect(g.worstLoss).toBeLessThanOrEqual(500 + 100 * p0 + 1e-9);
    expect(g.worstLoss).toBeGreaterThan(0);
    expect(g.requirement).toBeLessThan(1500);
    expect(g.worstPriceMove).toBeLessThan(0);
  });

  it('vol shifts matter for options', () => {
    // Short 1 ATM call (S = K = 100, T = 0.25, σ = 20%): it loses most when the price rises and vol rises.
    const call = option('XYZ C100', 'XYZ', 'CALL', 100, -1, 4, { yearsToExpiry: 0.25, volatility: 0.2 });
    const withVol = computeScenarioRequirement([call], prices, NO_CONCENTRATION).groups[0]!;
    const noVol = computeScenarioRequirement([call], prices, { ...NO_CONCENTRATION, scenario: { volShifts: [0] } }).groups[0]!;
    expect(withVol.worstPriceMove).toBe(0.15);
    expect(withVol.worstVolShift).toBe(0.25);
    expect(withVol.worstLoss).toBeGreaterThan(noVol.worstLoss + 1);
    expect(noVol.pnlGrid[0]).toHaveLength(1);
    // At an unchanged price, +25% vol (σ 20% → 25%) costs the short 100 × (C(25%) − C(20%)).
    // ATM approximation C ≈ 0.4·S·σ·√T: 0.4 × 100 × 0.05 × 0.5 = 1.00 per share → about −100.
    const c = (v: number) => blackScholesPrice({ type: 'call', spot: 100, strike: 100, rate: 0, volatility: v, maturity: 0.25 });
    expect(withVol.pnlGrid[5]![2]).toBeCloseTo(-100 * (c(0.25) - c(0.2)), 9);
    expect(withVol.pnlGrid[5]![2]).toBeCloseTo(-100, -1);
    // The long side loses most when the price falls and vol falls.
    const long = computeScenarioRequirement([{ ...call, quantity: 1 }], prices, NO_CONCENTRATION).groups[0]!;
    expect(long.worstPriceMove).toBe(-0.15);
    expect(long.worstVolShift).toBe(-0.25);
  });

  it('the $0.375 × multiplier per-contract minimum of FINRA 4210(g)', () => {
    // 2 far-OTM calls (K = 200, S = 100, T = 0.1, σ = 20%) are worth ≈ 0, so the loss is ≈ 0:
    // minimum 2 × 0.375 × 100 = 75.
    const r = computeScenarioRequirement([option('XYZ C200', 'XYZ', 'CALL', 200, 2, 0, { yearsToExpiry: 0.1, volatility: 0.2 })], prices, NO_CONCENTRATION);
    expect(r.groups[0]!.worstLoss).toBeLessThan(1e-6);
    expect(r.groups[0]!.requirement).toBe(75);
    expect(r.maintenance).toBe(75);
  });

  it('groups by underlying; other asset classes take their house maintenance rate', () => {
    const r = computeScenarioRequirement(
      [stock('XYZ', 100, 100), stock('ABC', -200, 50, 'etf'), stock('BTC', 0.5, 60_000, 'crypto')],
      new Map([['XYZ', 100], ['ABC', 50]]),
      NO_CONCENTRATION,
    );
    // XYZ 15% × 10,000 = 1,500; ABC 15% × 10,000 = 1,500 (loses on +15%); BTC 100% × 30,000 = 30,000
    expect(r.groups.map((g) => [g.underlyingId, g.requirement])).toEqual([['XYZ', 1500], ['ABC', 1500]].map(([id, v]) => [id, expect.closeTo(v as number, 9)]));
    expect(r.lines.map((l) => l.rule)).toEqual(['SCENARIO_GROUP', 'SCENARIO_GROUP', 'ASSET_CLASS_RATE']);
    expect(r.maintenance).toBeCloseTo(1500 + 1500 + 30_000, 9);
    // marketValue 10,000 − 10,000 + 30,000
    expect(r.marketValue).toBeCloseTo(30_000, 9);
  });

  it('concentration add-on applies as in Reg T, and initial stays equal to maintenance', () => {
    // XYZ 80,000, ABC 20,000: gross 100,000; XYZ above 25,000 by 55,000 → 15% × 55,000 = 8,250
    const r = computeScenarioRequirement([stock('XYZ', 800, 100), stock('ABC', 400, 50)], new Map());
    expect(r.concentrationAddOn).toBeCloseTo(8250, 9);
    // groups: 15% × 80,000 = 12,000 and 15% × 20,000 = 3,000
    expect(r.maintenance).toBeCloseTo(12_000 + 3_000 + 8_250, 9);
    expect(r.initial).toBeCloseTo(r.maintenance, 9);
  });
});
