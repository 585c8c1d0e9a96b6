import type { MarginPolicy, MarginRequirement, Methodology, RequirementLine } from './types.ts';

/**
 * Totals a methodology's lines into a {@link MarginRequirement}:
 * maintenance = Σ maintenance × houseMaintenanceMultiplier + concentration;
 * initial = max(Σ initial, Σ maintenance × multiplier) + concentration (initial
 * is never below maintenance). A multiplier above 1 shows as a
 * `HOUSE_MULTIPLIER` line so the lines always add up to the totals.
 */
export function assembleRequirement(
  methodology: Methodology,
  marketValue: number,
  lines: RequirementLine[],
  concentrationLines: RequirementLine[],
  policy: MarginPolicy,
): MarginRequirement {
  const baseInitial = lines.reduce((s, l) => s + l.initial, 0);
  const baseMaintenance = lines.reduce((s, l) => s + l.maintenance, 0);
  const multiplier = policy.houseMaintenanceMultiplier ?? 1;
  const houseMaintenance = baseMaintenance * multiplier;
  const out = [...lines];
  if (multiplier > 1 && baseMaintenance > 0) {
    out.push({
      instrumentId: '*',
      symbol: 'ACCOUNT',
      rule: 'HOUSE_MULTIPLIER',
      initial: Math.max(0, houseMaintenance - baseInitial),
      maintenance: houseMaintenance - baseMaintenance,
    });
  }
  const concentrationAddOn = concentrationLines.reduce((s, l) => s + l.maintenance, 0);
  out.push(...concentrationLines);
  return {
    methodology,
    marketValue,
    initial: Math.max(baseInitial, houseMaintenance) + concentrationAddOn,
    maintenance: houseMaintenance + concentrationAddOn,
    concentrationAddOn,
    lines: out,
  };
}
