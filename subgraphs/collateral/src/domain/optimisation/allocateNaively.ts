import { allocationLine, groupShareOf, isEligible, totalCostOf } from './allocationLine.ts';
import type { AllocationLine, CollateralAllocationInput, NaiveAllocation } from './types.ts';

/** Relative tolerance under which an uncovered remainder counts as covered. */
const COVERED_TOLERANCE = 1e-9;

/**
 * The allocation a back office makes without an optimiser, the benchmark for
 * the optimiser's saving: accounts in the order given, each filled from the
 * assets in the order given, taking as much of each eligible asset as its
 * remaining availability, the account's remaining requirement, the
 * per-asset concentration limit and the remaining room in the asset's group
 * limit allow (a first-fit greedy pass). It never looks ahead, so an account
 * early in the list can use up a cheap asset a later account needed, and
 * expensive assets listed first (typically cash) are used first.
 */
export function allocateNaively(input: CollateralAllocationInput): NaiveAllocation {
  const left = input.assets.map((a) => a.available);
  const allocation: AllocationLine[] = [];
  let feasible = true;
  for (const r of input.requirements) {
    let remaining = r.amount;
    const groupUsed = new Map<string, number>();
    input.assets.forEach((a, i) => {
      if (remaining <= 0 || !isEligible(a, r.accountId)) return;
      const k = 1 - a.haircut;
      let cover = Math.min(left[i]! * k, remaining);
      if (r.maxSharePerAsset !== undefined) cover = Math.min(cover, r.maxSharePerAsset * r.amount);
      const groupShare = groupShareOf(r, a.group);
      if (groupShare !== undefined) cover = Math.min(cover, groupShare * r.amount - (groupUsed.get(a.group) ?? 0));
      if (!(cover > 0)) return;
      const marketValue = Math.min(cover / k, left[i]!);
      left[i] = Math.max(0, left[i]! - marketValue);
      remaining -= cover;
      groupUsed.set(a.group, (groupUsed.get(a.group) ?? 0) + cover);
      allocation.push(allocationLine(r.accountId, a, marketValue));
    });
    if (remaining > COVERED_TOLERANCE * Math.max(1, r.amount)) feasible = false;
  }
  return { allocation, totalCost: totalCostOf(allocation), feasible };
}
