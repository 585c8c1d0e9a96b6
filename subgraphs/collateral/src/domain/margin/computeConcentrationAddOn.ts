import { groupKeyOf, isOption, underlyingPriceOf } from './checkPositions.ts';
import type { MarginPolicy, MarginPosition, PriceMap, RequirementLine } from './types.ts';

/**
 * House concentration add-on (our rule; FINRA 4210(d) lets members set higher
 * requirements and 4210(g) asks portfolio-margin members to monitor
 * concentration, but neither fixes a formula).
 *
 * Exposure is gross per underlying: Σ |quantity × multiplier × price| of the
 * underlying's own positions plus Σ |contracts × multiplier × underlying price|
 * (notional) of its options. With G the account's gross exposure and E one
 * underlying's exposure, the excess is the larger of
 * - E − thresholdShare × G, when the account holds ≥ 2 names, and
 * - E − thresholdValue,
 * and the add-on is addOnRate × excess (if positive), added to both initial
 * and maintenance. One `CONCENTRATION` line per concentrated underlying.
 *
 * Positions are assumed validated (checkPositions).
 */
export function computeConcentrationAddOn(positions: readonly MarginPosition[], prices: PriceMap, policy: MarginPolicy): RequirementLine[] {
  const exposure = new Map<string, { symbol: string | undefined; value: number }>();
  for (const p of positions) {
    const key = groupKeyOf(p);
    const unitPrice = isOption(p) ? underlyingPriceOf(p, prices) : p.price;
    const entry = exposure.get(key) ?? { symbol: undefined, value: 0 };
    entry.value += Math.abs(p.quantity * p.multiplier * unitPrice);
    if (!isOption(p) && entry.symbol === undefined) entry.symbol = p.symbol;
    exposure.set(key, entry);
  }
  const named = [...exposure.entries()].filter(([, e]) => e.value > 0);
  const gross = named.reduce((sum, [, e]) => sum + e.value, 0);
  const { thresholdShare, thresholdValue, addOnRate } = policy.concentration;
  const lines: RequirementLine[] = [];
  for (const [key, e] of named) {
    const overShare = named.length >= 2 ? e.value - thresholdShare * gross : 0;
    const overValue = e.value - thresholdValue;
    const excess = Math.max(0, overShare, overValue);
    if (excess <= 0 || addOnRate === 0) continue;
    const addOn = addOnRate * excess;
    lines.push({ instrumentId: key, symbol: e.symbol ?? key, rule: 'CONCENTRATION', initial: addOn, maintenance: addOn });
  }
  return lines;
}
