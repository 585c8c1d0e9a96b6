/**
 * Shapes of the collateral allocation problem. Money is float64 in one
 * currency; "market value" is what an asset is worth, "collateral value" is
 * market value × (1 − haircut), which is what counts against a requirement.
 */

/** What one account (or CCP / counterparty) must be covered with. */
export interface CollateralRequirement {
  accountId: string;
  /** Collateral value required (after haircuts), ≥ 0. */
  amount: number;
  /** Concentration limit in [0, 1]: no single asset may cover more than this share of `amount` (e.g. 0.5). */
  maxSharePerAsset?: number;
  /** Per asset group, in [0, 1]: assets of group g together may cover at most this share of `amount` (e.g. `{ equity: 0.4 }`). */
  maxShareByGroup?: Record<string, number>;
}

/** An asset that can be pledged. */
export interface CollateralAsset {
  assetId: string;
  /** Free-form group used by `maxShareByGroup`, e.g. `cash`, `govt`, `equity`. */
  group: string;
  /** Market value available to pledge, ≥ 0. */
  available: number;
  /** Haircut in [0, 1): one unit of market value counts as (1 − haircut) of collateral value. */
  haircut: number;
  /** Annual funding / opportunity cost per unit of market value pledged, ≥ 0 (e.g. 0.045). */
  costRate: number;
  /** Accounts that accept this asset; undefined = every account. */
  eligibleAccounts?: string[];
}

export interface CollateralAllocationInput {
  requirements: CollateralRequirement[];
  assets: CollateralAsset[];
}

/** One pledge: `marketValue` of `assetId` to `accountId`. */
export interface AllocationLine {
  accountId: string;
  assetId: string;
  marketValue: number;
  /** marketValue × (1 − haircut). */
  collateralValue: number;
  /** Annual cost: marketValue × costRate. */
  cost: number;
}

/** What a back office does without an optimiser (see `allocateNaively`). */
export interface NaiveAllocation {
  allocation: AllocationLine[];
  totalCost: number;
  /** False when the greedy pass left some requirement uncovered (its cost is then of a partial allocation). */
  feasible: boolean;
}

/** An account whose requirement cannot be covered, and by how much collateral value. */
export interface CollateralShortfall {
  accountId: string;
  shortfall: number;
}

export interface CollateralAllocation {
  /** The cost-minimising allocation (lines with marketValue > 0 only), requirements order then assets order. */
  allocation: AllocationLine[];
  /** Σ cost of `allocation` (annual). */
  totalCost: number;
  naive: NaiveAllocation;
  /** naive.totalCost − totalCost (≥ 0); null when the naive pass is infeasible. */
  saving: number | null;
  /** Always empty on success: an uncoverable requirement throws instead. */
  shortfalls: CollateralShortfall[];
}
