import type { AllocationLine, CollateralAsset, CollateralRequirement } from './types.ts';

/** Whether `asset` may be pledged to `accountId` (no `eligibleAccounts` list = every account). */
export function isEligible(asset: CollateralAsset, accountId: string): boolean {
  return asset.eligibleAccounts === undefined || asset.eligibleAccounts.includes(accountId);
}

/** The pledge of `marketValue` of `asset` to `accountId`, with its collateral value and annual cost. */
export function allocationLine(accountId: string, asset: CollateralAsset, marketValue: number): AllocationLine {
  return {
    accountId,
    assetId: asset.assetId,
    marketValue,
    collateralValue: marketValue * (1 - asset.haircut),
    cost: marketValue * asset.costRate,
  };
}

/** Σ cost over the lines. */
export function totalCostOf(lines: readonly AllocationLine[]): number {
  return lines.reduce((s, l) => s + l.cost, 0);
}

/** The requirement's group limit for `group`, if it sets one (own keys only: a group named `constructor` is not a limit). */
export function groupShareOf(requirement: CollateralRequirement, group: string): number | undefined {
  const limits = requirement.maxShareByGroup;
  return limits !== undefined && Object.hasOwn(limits, group) ? limits[group] : undefined;
}
