import { badInput } from '@nautilus/runtime';
import { checkNumber } from './checkNumber.ts';
import type { HaircutPolicy } from './types.ts';

export type { HaircutPolicy } from './types.ts';

/**
 * Defaults: account currency USD; 8% currency-mismatch add-on (Basel CRE22
 * comprehensive approach, 10-business-day holding period); house
 * concentration haircut of an extra 25% on the part of one security above 30%
 * of total eligible collateral.
 */
export const DEFAULT_HAIRCUT_POLICY: Readonly<HaircutPolicy> = Object.freeze({
  accountCurrency: 'USD',
  fxHaircut: 0.08,
  concentrationShare: 0.3,
  concentrationHaircut: 0.25,
});

/** Merges `overrides` over {@link DEFAULT_HAIRCUT_POLICY} and validates; fields named `policy.…`. */
export function resolveHaircutPolicy(overrides: Partial<HaircutPolicy> = {}): HaircutPolicy {
  const merged = { ...DEFAULT_HAIRCUT_POLICY, ...overrides };
  if (typeof merged.accountCurrency !== 'string' || merged.accountCurrency.trim() === '') {
    throw badInput('policy.accountCurrency', 'must be a non-empty currency code');
  }
  const assetClassHaircuts: Record<string, number> = {};
  for (const [key, rate] of Object.entries(merged.assetClassHaircuts ?? {})) {
    assetClassHaircuts[key.toLowerCase()] = checkNumber(rate, `policy.assetClassHaircuts.${key}`, { min: 0, max: 1 });
  }
  return {
    accountCurrency: merged.accountCurrency.trim().toUpperCase(),
    fxHaircut: checkNumber(merged.fxHaircut, 'policy.fxHaircut', { min: 0, max: 1 }),
    concentrationShare: checkNumber(merged.concentrationShare, 'policy.concentrationShare', { min: 0, max: 1, minExclusive: true }),
    concentrationHaircut: checkNumber(merged.concentrationHaircut, 'policy.concentrationHaircut', { min: 0, max: 1 }),
    assetClassHaircuts,
  };
}
