import { badInput } from '@nautilus/runtime';
import { computeRegTRequirement } from './computeRegTRequirement.ts';
import { computeScenarioRequirement } from './computeScenarioRequirement.ts';
import type { MarginPolicyOverrides, MarginPosition, MarginRequirement, Methodology, PriceMap, ScenarioRequirement } from './types.ts';

/**
 * Dispatches to the account's methodology: `REG_T` → {@link computeRegTRequirement}
 * (Regulation T / FINRA 4210 strategy-based), `PORTFOLIO` →
 * {@link computeScenarioRequirement} (FINRA 4210(g) risk-based).
 *
 * @throws AppError BAD_USER_INPUT naming `methodology` when it is neither.
 */
export function computeRequirement(methodology: 'PORTFOLIO', positions: MarginPosition[], prices: PriceMap, policy?: MarginPolicyOverrides): ScenarioRequirement;
export function computeRequirement(methodology: Methodology, positions: MarginPosition[], prices: PriceMap, policy?: MarginPolicyOverrides): MarginRequirement;
export function computeRequirement(methodology: Methodology, positions: MarginPosition[], prices: PriceMap, policy?: MarginPolicyOverrides): MarginRequirement {
  switch (methodology) {
    case 'REG_T':
      return computeRegTRequirement(positions, prices, policy);
    case 'PORTFOLIO':
      return computeScenarioRequirement(positions, prices, policy);
    default:
      throw badInput('methodology', `must be REG_T or PORTFOLIO, got ${JSON.stringify(methodology)}`);
  }
}
