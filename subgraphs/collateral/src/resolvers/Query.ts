import { tryParseId } from '@nautilus/runtime';
import type { QueryResolvers } from '../__generated__/resolvers.ts';
import { listAccounts } from '../service/accounts.ts';
import { liveEvaluation } from '../service/describeAccount.ts';
import { listMarginCalls } from '../service/marginCalls.ts';
import { optimizeAccountsCollateral } from '../service/optimizeAccountsCollateral.ts';

export const Query: QueryResolvers = {
  marginAccount: (_root, { id }, ctx) => (tryParseId(id) === null ? null : ctx.loaders.accountById.load(id)),
  marginAccounts: (_root, { ownerId }, ctx) => listAccounts(ctx.pool, ownerId),
  marginCall: (_root, { id }, ctx) => (/^\d{1,18}$/.test(id) ? ctx.loaders.callById.load(id) : null),
  marginCalls: (_root, args, ctx) => listMarginCalls(ctx.pool, args),
  marginWarning: (_root, { id }, ctx) => (/^\d{1,18}$/.test(id) ? ctx.loaders.warningById.load(id) : null),
  marginUtilization: async (_root, { accountId }, ctx) => {
    if (tryParseId(accountId) === null || !(await ctx.loaders.accountById.load(accountId))) return null;
    const e = await liveEvaluation(ctx, accountId);
    return {
      accountId,
      equity: e.equity,
      maintenanceRequirement: e.requirement.maintenance,
      houseRequirement: e.houseRequirement,
      excess: e.excess,
      utilization: e.utilization,
      inCall: ctx.margin.hasLiveCall(accountId),
      ts: new Date(e.asOf),
    };
  },
  optimizeCollateral: (_root, { requirements, assets }, ctx) => optimizeAccountsCollateral(ctx, requirements, assets),
};
