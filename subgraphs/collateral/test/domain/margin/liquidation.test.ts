import { describe, expect, it } from 'vitest';
import { computeRegTRequirement } from '../../../src/domain/margin/computeRegTRequirement.ts';
import { computeScenarioRequirement } from '../../../src/domain/margin/computeScenarioRequirement.ts';
import { planLiquidation } from '../../../src/domain/margin/planLiquidation.ts';
import type { MarginPosition } from '../../../src/domain/margin/types.ts';
import { NO_CONCENTRATION, expectBadInput, option, stock } from './fixtures.ts';

// AAA long 1,000 @ 10: Reg T maintenance 25% × 10,000 = 2,500; closing it all costs 0.1% × 10,000 = 10.
// BBB short 500 @ 20: maintenance max($5 × 500, 30% × 10,000) = 3,000; closing costs 0.1% × 10,000 = 10.
const positions = [stock('AAA', 1000, 10), stock('BBB', -500, 20)];
const prices = new Map([['AAA', 10], ['BBB', 20]]);
const regT = (ps: MarginPosition[]) => computeRegTRequirement(ps, prices, NO_CONCENTRATION).maintenance;

describe('liquidation planning', () => {
  it('no deficit → empty plan, cured', () => {
    expect(planLiquidation(positions, prices, 0, { requirementOf: regT })).toEqual({ steps: [], totalCost: 0, cured: true, remainingDeficit: 0 });
    expect(planLiquidation(positions, prices, -50, { requirementOf: regT }).cured).toBe(true);
  });

  it('cures a deficit with the best ratio and the smallest whole quantity', () => {
    // Ratios: BBB 3,000 / 10 = 300 beats AAA 2,500 / 10 = 250. Covering q shares of BBB releases
    // max(5q, 30% × 20q) = 6q at a cost 0.001 × 20q = 0.02q: 5.98q ≥ 1,000 → q = 168
    // (168: 1,008 − 3.36 = 1,004.64 ≥ 1,000; 167: 1,002 − 3.34 = 998.66 < 1,000).
    const plan = planLiquidation(positions, prices, 1000, { requirementOf: regT });
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]).toMatchObject({ instrumentId: 'BBB', symbol: 'BBB', quantity: 168 });
    expect(plan.steps[0]!.value).toBeCloseTo(3360, 9);
    expect(plan.steps[0]!.cost).toBeCloseTo(3.36, 9);
    expect(plan.steps[0]!.requirementReleased).toBeCloseTo(1008, 9);
    expect(plan.cured).toBe(true);
    expect(plan.remainingDeficit).toBe(0);
    expect(plan.totalCost).toBeCloseTo(3.36, 9);
  });

  it('prefers cheap liquidation', () => {
    // BBB now costs 5% (ratio 3,000 / 500 = 6), AAA stays at 0.1% (ratio 250): sell AAA.
    // Selling q AAA releases 2.5q at 0.01q: 2.49q ≥ 1,000 → q = 402 (1,005 − 4.02 = 1,000.98; 401: 998.49).
    const plan = planLiquidation(positions, prices, 1000, { requirementOf: regT, costRate: (p) => (p.instrumentId === 'BBB' ? 0.05 : 0.001) });
    expect(plan.steps.map((s) => [s.instrumentId, s.quantity])).toEqual([['AAA', -402]]);
    expect(plan.steps[0]!.cost).toBeCloseTo(4.02, 9);
    expect(plan.cured).toBe(true);
  });

  it('takes several steps when one position is not enough, and reports what is left when nothing more helps', () => {
    // 5,000: BBB closed in full (3,000 − 10 = 2,990 net) → 2,010 left; then AAA: 2.49q ≥ 2,010 → q = 808
    // (808: 2,020 − 8.08 = 2,011.92; 807: 2,017.5 − 8.07 = 2,009.43).
    const plan = planLiquidation(positions, prices, 5000, { requirementOf: regT });
    expect(plan.steps.map((s) => [s.instrumentId, s.quantity])).toEqual([['BBB', 500], ['AAA', -808]]);
    expect(plan.totalCost).toBeCloseTo(10 + 8.08, 9);
    expect(plan.cured).toBe(true);
    // 10,000: everything closed nets 2,990 + 2,490 = 5,480 → 4,520 left
    const short = planLiquidation(positions, prices, 10_000, { requirementOf: regT });
    expect(short.steps.map((s) => [s.instrumentId, s.quantity])).toEqual([['BBB', 500], ['AAA', -1000]]);
    expect(short.cured).toBe(false);
    expect(short.remainingDeficit).toBeCloseTo(4520, 9);
  });

  it('recomputes the requirement after each step (scenario margin with a protective put)', () => {
    // XYZ 100 sh @ 100 + 1 put K = 95 at expiry (worth 0): group requirement 500 (see scenario test).
    // ABC 100 sh @ 100 alone: 1,500 but it costs 5% to sell. Deficit 400.
    // Selling the put would raise XYZ's requirement to 1,500: never chosen.
    // Keeping n XYZ shares with the put: worst loss max(3n, 6n − 100, …) = 3n for n ≤ 33 (6n − 100 above);
    // selling q = 100 − n releases 500 − req(n) at 0.1q. Need 500 − req(n) − 0.1(100 − n) ≥ 400:
    // n ≤ 33: 2.9n ≤ 90 → n = 31, q = 69 (releases 500 − 93 = 407, cost 6.9; q = 68: 500 − 96 − 6.8 = 397.2).
    // ABC would give 15q − 5q: ratio 3 against XYZ's 407 / 6.9 ≈ 59.
    const book = [stock('XYZ', 100, 100), option('XYZ P95', 'XYZ', 'PUT', 95, 1, 0, { yearsToExpiry: 0 }), stock('ABC', 100, 100)];
    const px = new Map([['XYZ', 100], ['ABC', 100]]);
    const scenario = (ps: MarginPosition[]) => computeScenarioRequirement(ps, px, NO_CONCENTRATION).maintenance;
    expect(scenario(book)).toBeCloseTo(500 + 1500, 9);
    const plan = planLiquidation(book, px, 400, { requirementOf: scenario, costRate: (p) => (p.instrumentId === 'ABC' ? 0.05 : 0.001) });
    expect(plan.steps.map((s) => [s.instrumentId, s.quantity])).toEqual([['XYZ', -69]]);
    expect(plan.steps[0]!.requirementReleased).toBeCloseTo(407, 9);
    expect(plan.steps[0]!.cost).toBeCloseTo(6.9, 9);
    expect(plan.cured).toBe(true);
  });

  it('counts equity changes from equityOf', () => {
    // Selling AAA also frees 5 of equity per share in this model (e.g. haircut collateral turning into cash):
    // q AAA improves 2.5q + 5q − 0.01q = 7.49q ≥ 1,000 → q = 134 (1,003.66; 133: 996.17). BBB only improves 5.98q, 168 shares.
    // Ratios: AAA (2.5 + 5) / 0.01 = 750 beats BBB 300.
    const equityOf = (ps: MarginPosition[]) => 5 * (1000 - (ps.find((p) => p.instrumentId === 'AAA')?.quantity ?? 0));
    const plan = planLiquidation(positions, prices, 1000, { requirementOf: regT, equityOf });
    expect(plan.steps.map((s) => [s.instrumentId, s.quantity])).toEqual([['AAA', -134]]);
    expect(plan.steps[0]!.requirementReleased).toBeCloseTo(335, 9); // 2.5 × 134
  });

  it('rejects bad input', () => {
    expectBadInput(() => planLiquidation(positions, prices, Number.NaN, { requirementOf: regT }), 'deficit');
    expectBadInput(() => planLiquidation(positions, prices, 10, { requirementOf: () => Number.NaN }), 'options.requirementOf');
    expectBadInput(() => planLiquidation(positions, prices, 10, { requirementOf: regT, costRate: () => -1 }), 'options.costRate');
  });
});
