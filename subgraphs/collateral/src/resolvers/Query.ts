import { badInput, parseId, parseIntInRange, tryParseId } from '@nautilus/runtime';
import type { QueryResolvers } from '../__generated__/resolvers.ts';
import { allocateCollateral } from '../domain/optimisation/allocateCollateral.ts';
import { liveEvaluation } from '../service/describeAccount.ts';
import { findAccounts } from '../store/loadAccountBooks.ts';
import { findMarginCalls } from '../store/marginCalls.ts';

export const Query: QueryResolvers = {
  marginAccount: (_root, { id }, ctx) => (tryParseId(id) === null ? null : ctx.loaders.accountById.load(id)),
  marginAccounts: (_root, { ownerId }, ctx) => findAccounts(ctx.pool, null, ownerId == null ? undefined : [parseId(ownerId, 'ownerId')]),
  marginCall: (_root, { id }, ctx) => (/^\d{1,18}$/.test(id) ? ctx.loaders.callById.load(id) : null),
  marginCalls: (_root, { status, accountIds, first, after }, ctx) => {
    return findMarginCalls(ctx.pool, { accountIds: accountIds ?? null, statuses: status ?? null, first: parseIntInRange(first, 50, 1, 1000, 'first'), after });
  },
  marginWarning: (_root, { id }, ctx) => (/^\d{1,18}$/.test(id) ? ctx.loaders.warningById.load(id) : null),
  marginUtilization: async (_root, { accountId }, ctx) => {
    if (tryParseId(accountId) === null || !(await ctx.loaders.accountById.load(accountId))) return null;
    const e = await liveEvaluation(ctx.monitor, accountId);
    return {
      accountId,
      equity: e.equity,
      maintenanceRequirement: e.requirement.maintenance,
      houseRequirement: e.houseRequirement,
      excess: e.excess,
      utilization: e.utilization,
      inCall: ctx.monitor.hasLiveCall(accountId),
      ts: new Date(e.asOf),
    };
  },
  optimizeCollateral: async (_root, { requirements, assets }, ctx) => {
    if (requirements.length === 0) throw badInput('requirements', 'must list at least one account');
    const accounts = new Map((await findAccounts(ctx.pool, requirements.map((r, i) => parseId(r.accountId, `requirements[${i}].accountId`)))).map((a) => [a.id, a]));
    const resolved = await Promise.all(
      requirements.map(async (r, i) => {
        if (!accounts.has(String(Number(r.accountId)))) throw badInput(`requirements[${i}].accountId`, `unknown margin account ${JSON.stringify(r.accountId)}`);
        const amount = r.amount ?? (await liveEvaluation(ctx.monitor, String(Number(r.accountId)))).houseRequirement;
        return {
          accountId: String(Number(r.accountId)),
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
  },
};
