import { describe, expect, it } from 'vitest';
import { computeRegTRequirement } from '../../../src/domain/margin/computeRegTRequirement.ts';
import { computeRequirement } from '../../../src/domain/margin/computeRequirement.ts';
import { computeScenarioRequirement } from '../../../src/domain/margin/computeScenarioRequirement.ts';
import { assetClassRate, resolveMarginPolicy } from '../../../src/domain/margin/marginPolicy.ts';
import type { Methodology } from '../../../src/domain/margin/types.ts';
import { expectBadInput, option, stock } from './fixtures.ts';

const both = [computeRegTRequirement, computeScenarioRequirement];

describe('bad input → BAD_USER_INPUT naming the field', () => {
  it('NaN price', () => {
    for (const compute of both) {
      const message = expectBadInput(() => compute([stock('AAA', 1, 50), stock('BBB', 1, Number.NaN)], new Map()), 'positions[1].price');
      expect(message).toContain('BBB');
    }
  });

  it('missing or bad underlying price of an option names the option', () => {
    for (const compute of both) {
      const message = expectBadInput(() => compute([option('XYZ C100', 'XYZ', 'CALL', 100, -1, 2)], new Map()), 'prices["XYZ"]');
      expect(message).toContain('XYZ C100');
      expectBadInput(() => compute([option('XYZ C100', 'XYZ', 'CALL', 100, -1, 2)], new Map([['XYZ', Number.NaN]])), 'prices["XYZ"]');
    }
  });

  it('negative or zero multiplier, non-finite quantity', () => {
    for (const compute of both) {
      expectBadInput(() => compute([{ ...stock('AAA', 1, 50), multiplier: -100 }], new Map()), 'positions[0].multiplier');
      expectBadInput(() => compute([{ ...stock('AAA', 1, 50), multiplier: 0 }], new Map()), 'positions[0].multiplier');
      expectBadInput(() => compute([{ ...stock('AAA', 1, 50), quantity: Number.POSITIVE_INFINITY }], new Map()), 'positions[0].quantity');
    }
  });

  it('option terms', () => {
    const prices = new Map([['XYZ', 100]]);
    const { option: _terms, ...bare } = option('XYZ C100', 'XYZ', 'CALL', 100, -1, 2);
    expectBadInput(() => computeRegTRequirement([bare], prices), 'positions[0].option');
    const call = option('XYZ C100', 'XYZ', 'CALL', 100, -1, 2);
    expectBadInput(() => computeRegTRequirement([{ ...call, option: { ...call.option!, strike: 0 } }], prices), 'positions[0].option.strike');
    expectBadInput(() => computeRegTRequirement([{ ...call, option: { ...call.option!, yearsToExpiry: -1 } }], prices), 'positions[0].option.yearsToExpiry');
    expectBadInput(() => computeScenarioRequirement([{ ...call, option: { ...call.option!, volatility: Number.NaN } }], prices), 'positions[0].option.volatility');
  });

  it('methodology and policy', () => {
    expectBadInput(() => computeRequirement('SPAN' as Methodology, [], new Map()), 'methodology');
    expectBadInput(() => resolveMarginPolicy({ regT: { initialRate: 1.5 } }), 'policy.regT.initialRate');
    expectBadInput(() => resolveMarginPolicy({ scenario: { priceMoves: [] } }), 'policy.scenario.priceMoves');
    expectBadInput(() => resolveMarginPolicy({ scenario: { volShifts: [0, -1] } }), 'policy.scenario.volShifts[1]');
    expectBadInput(() => resolveMarginPolicy({ houseMaintenanceMultiplier: 0.5 }), 'policy.houseMaintenanceMultiplier');
    expectBadInput(() => resolveMarginPolicy({ crossMargin: { minCorrelation: 2 } }), 'policy.crossMargin.minCorrelation');
    expectBadInput(() => resolveMarginPolicy({ assetClassRates: { bond: { initial: Number.NaN, maintenance: 0.1 } } }), 'policy.assetClassRates.bond.initial');
  });

  it('an asset class with no rate and no default', () => {
    const policy = { ...resolveMarginPolicy(), assetClassRates: { bond: { initial: 0.2, maintenance: 0.1 } } };
    expect(assetClassRate(policy, 'BOND', 'x')).toEqual({ initial: 0.2, maintenance: 0.1 });
    const message = expectBadInput(() => assetClassRate(policy, 'crypto', 'positions[3].assetClass'), 'positions[3].assetClass');
    expect(message).toContain('crypto');
  });
});
