import type { LinearProgram } from '@nautilus/accel';
import { isEligible } from './allocationLine.ts';
import type { CollateralAllocationInput } from './types.ts';

/** An eligible (account, asset) pair: LP column `pairs.indexOf(pair)` is its market value / `scale`. */
export interface AllocationPair {
  account: number;
  asset: number;
}

export interface AllocationLp {
  program: LinearProgram;
  pairs: AllocationPair[];
  /** Money unit of the LP: every amount is divided by it so the LP's numbers are O(1). */
  scale: number;
}

/**
 * The collateral allocation LP (the "cheapest-to-deliver" transportation
 * problem of collateral management; see e.g. Murphy, "OTC Derivatives:
 * Bilateral Trading and Central Clearing", ch. 7, and the LP formulations of
 * collateral optimisation vendors). Column x_ij = market value of asset i
 * pledged to account j, only for eligible pairs:
 *
 *   minimise   Σ costRate_i · x_ij
 *   subject to Σ_i (1 − h_i) x_ij ≥ amount_j                       (coverage, one row per account)
 *              Σ_j x_ij ≤ available_i                               (availability, one row per asset)
 *              0 ≤ x_ij ≤ maxSharePerAsset_j · amount_j / (1 − h_i)  (concentration, a column bound)
 *              Σ_{i∈g} (1 − h_i) x_ij ≤ maxShareByGroup_j[g] · amount_j (group limit, one row per account and group)
 *
 * With `withShortfall`, each coverage row gets a slack column s_j ≥ 0 and the
 * objective becomes Σ s_j instead: the least total uncovered collateral value,
 * which is how an infeasible problem is explained. Money is divided by the
 * largest amount or availability so HiGHS' absolute tolerances see O(1) numbers.
 */
export function buildAllocationLp(input: CollateralAllocationInput, withShortfall = false): AllocationLp {
  const { requirements, assets } = input;
  let scale = 0;
  for (const r of requirements) scale = Math.max(scale, r.amount);
  for (const a of assets) scale = Math.max(scale, a.available);
  if (!(scale > 0)) scale = 1;

  const pairs: AllocationPair[] = [];
  const cost: number[] = [];
  const upper: number[] = [];
  const byAccount: number[][] = requirements.map(() => []);
  const byAsset: number[][] = assets.map(() => []);
  requirements.forEach((r, j) => {
    assets.forEach((a, i) => {
      if (!isEligible(a, r.accountId)) return;
      const shareCap = r.maxSharePerAsset === undefined ? Infinity : (r.maxSharePerAsset * r.amount) / (1 - a.haircut);
      byAccount[j]!.push(pairs.length);
      byAsset[i]!.push(pairs.length);
      pairs.push({ account: j, asset: i });
      cost.push(withShortfall ? 0 : a.costRate);
      upper.push(Math.min(a.available, shareCap) / scale);
    });
  });
  const slackBase = pairs.length;
  if (withShortfall) {
    requirements.forEach((r) => {
      cost.push(1);
      upper.push(r.amount / scale);
    });
  }
  const collateralOf = (k: number): number => 1 - assets[pairs[k]!.asset]!.haircut;

  const rows: LinearProgram['rows'] = [];
  requirements.forEach((r, j) => {
    const coefficients = byAccount[j]!.map((k): [number, number] => [k, collateralOf(k)]);
    if (withShortfall) coefficients.push([slackBase + j, 1]);
    rows.push({ coefficients, lower: r.amount / scale, name: `coverage ${r.accountId}` });
  });
  assets.forEach((a, i) => {
    const columns = byAsset[i]!;
    if (columns.length > 0) rows.push({ coefficients: columns.map((k): [number, number] => [k, 1]), upper: a.available / scale, name: `available ${a.assetId}` });
  });
  requirements.forEach((r, j) => {
    for (const [group, share] of Object.entries(r.maxShareByGroup ?? {})) {
      const columns = byAccount[j]!.filter((k) => assets[pairs[k]!.asset]!.group === group);
      if (columns.length > 0) {
        rows.push({ coefficients: columns.map((k): [number, number] => [k, collateralOf(k)]), upper: (share * r.amount) / scale, name: `group ${group} of ${r.accountId}` });
      }
    }
  });

  return {
    program: { sense: 'minimize', objective: Float64Array.from(cost), columns: { upper: Float64Array.from(upper) }, rows },
    pairs,
    scale,
  };
}
