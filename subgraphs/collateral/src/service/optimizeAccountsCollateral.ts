import type pg from 'pg';
import { badInput, parseId, quoteInput } from '@nautilus/runtime';
import { allocateCollateral } from '../domain/optimisation/allocateCollateral.ts';
import { findAccounts } from '../store/loadAccountBooks.ts';
import { liveEvaluation, type LiveMargin } from './describeAccount.ts';

export interface AccountRequirementInput {
  accountId: string;
  /** Omitted: the account's live house requirement from the monitor. */
  amount?: number | null;
  maxSharePerAsset?: number | null;
  groupLimits?: ReadonlyArray<{ group: string; maxShare: number }> | null;
}

export interface CollateralAssetInput {
  assetId: string;
  group: string;
  available: number;
  haircut: number;
  costRate: number;
  eligibleAccountIds?: readonly string[] | null;
}

/**
 * `Query.optimizeCollateral`: the accounts must exist; a requirement without
 * an amount takes the account's live house requirement; then the LP
 * (domain/optimisation) allocates the assets at least funding cost, next to
 * the naive allocation it saves against.
 * @throws BAD_USER_INPUT no requirement, an unknown or malformed account id (named by its index), or what the allocator refuses.
 */
export async function optimizeAccountsCollateral(
  deps: { pool: pg.Pool } & LiveMargin,
  requirements: readonly AccountRequirementInput[],
  assets: readonly CollateralAssetInput[],
) {
  if (requirements.length === 0) throw badInput('requirements', 'must list at least one account');
  const ids = requirements.map((r, i) => parseId(r.accountId, `requirements[${i}].accountId`));
  const known = new Set((await findAccounts(deps.pool, ids)).map((a) => a.id));
  const resolved = await Promise.all(
    requirements.map(async (r, i) => {
      const accountId = String(ids[i]);
      if (!known.has(accountId)) throw badInput(`requirements[${i}].accountId`, `unknown margin account ${quoteInput(r.accountId)}`);
      const amount = r.amount ?? (await liveEvaluation(deps, accountId)).houseRequirement;
      return {
        accountId,
        amount,
        maxSharePerAsset: r.maxSharePerAsset ?? undefined,
        maxShareByGroup: r.groupLimits ? Object.fromEntries(r.groupLimits.map((g) => [g.group, g.maxShare])) : undefined,
      };
    }),
  );
  const result = await allocateCollateral({
    requirements: resolved,
    assets: assets.map((a) => ({
      assetId: a.assetId,
      group: a.group,
      available: a.available,
      haircut: a.haircut,
      costRate: a.costRate,
      eligibleAccounts: a.eligibleAccountIds?.map((id) => String(Number(id))) ?? undefined,
    })),
  });
  return {
    allocation: result.allocation,
    totalCost: result.totalCost,
    naiveAllocation: result.naive.allocation,
    naiveCost: result.naive.feasible ? result.naive.totalCost : null,
    saving: result.saving,
  };
}
