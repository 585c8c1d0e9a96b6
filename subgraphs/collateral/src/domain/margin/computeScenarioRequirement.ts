import { assembleRequirement } from './assembleRequirement.ts';
import { checkPositions, marketValueOf } from './checkPositions.ts';
import { computeConcentrationAddOn } from './computeConcentrationAddOn.ts';
import { evaluateScenarioGroups } from './evaluateScenarioGroups.ts';
import { resolveMarginPolicy } from './marginPolicy.ts';
import type { MarginPolicyOverrides, MarginPosition, PriceMap, RequirementLine, ScenarioRequirement } from './types.ts';

/**
 * Risk-based portfolio margin modelled on FINRA Rule 4210(g) and the OCC's
 * TIMS: each product group (an underlying with its options) is revalued on a
 * grid of underlying price moves (default ±15% in 10 equal steps plus 0, the
 * 4210(g) equity range) × relative implied-volatility shifts (default −25%,
 * 0, +25%); options at Black–Scholes with time to expiry unchanged. A group's
 * requirement is max(0, worst loss) but at least $0.375 × multiplier per
 * option contract, long or short (4210(g) minimum). Offsets only within a group.
 *
 * maintenance = Σ group requirements (+ `ASSET_CLASS_RATE` lines for
 * non-eligible asset classes) × house multiplier + concentration add-on
 * ({@link computeConcentrationAddOn}); for portfolio margin initial = maintenance.
 * Not modelled: the $100,000 minimum equity of 4210(g) (not enforced yet: README "Known gaps").
 *
 * @throws AppError BAD_USER_INPUT for bad positions or policy, or a missing underlying price.
 */
export function computeScenarioRequirement(positions: MarginPosition[], prices: PriceMap, policy?: MarginPolicyOverrides): ScenarioRequirement {
  checkPositions(positions);
  const resolved = resolveMarginPolicy(policy);
  const { groups, otherLines } = evaluateScenarioGroups(positions, prices, resolved);
  const lines: RequirementLine[] = groups.map((g) => ({
    instrumentId: g.underlyingId,
    symbol: g.symbol,
    rule: 'SCENARIO_GROUP',
    initial: g.requirement,
    maintenance: g.requirement,
  }));
  lines.push(...otherLines);
  const marketValue = positions.reduce((s, p) => s + marketValueOf(p), 0);
  const requirement = assembleRequirement('PORTFOLIO', marketValue, lines, computeConcentrationAddOn(positions, prices, resolved), resolved);
  return { ...requirement, groups };
}
