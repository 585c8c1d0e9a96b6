import type {
  CollateralAllocationLineResolvers,
  CrossMarginOffsetResolvers,
  EntityResolvers,
  MarginUtilizationResolvers,
  PortfolioResolvers,
} from '../__generated__/resolvers.ts';
import { computeOwnerCrossMargin } from '../service/computeOwnerCrossMargin.ts';
import type { AccountRow } from '../service/types.ts';

/** Portfolio (owned by portfolio): the account it is margined in. */
export const Portfolio: PortfolioResolvers = {
  __resolveReference: (reference) => ({ id: String(reference.id) }),
  marginAccount: (portfolio, _args, ctx) => ctx.loaders.accountByPortfolio.load(String(portfolio.id)),
};

/** Entity (owned by portfolio): its margin accounts and their cross-margining. */
export const Entity: EntityResolvers = {
  __resolveReference: (reference) => ({ id: String(reference.id) }) as never,
  marginAccounts: (entity, _args, ctx) => ctx.loaders.accountsByOwner.load(String(entity.id)),
  crossMargin: async (entity, _args, ctx) => computeOwnerCrossMargin(ctx, await ctx.loaders.accountsByOwner.load(String(entity.id))),
};

export const MarginUtilization: MarginUtilizationResolvers = {
  account: async (u, _args, ctx) => (await ctx.loaders.accountById.load(u.accountId))!,
};

export const CrossMarginOffset: CrossMarginOffsetResolvers = {
  accounts: async (o, _args, ctx) => (await ctx.loaders.accountById.loadMany(o.accountIds)).filter((a): a is AccountRow => !!a && !(a instanceof Error)),
};

export const CollateralAllocationLine: CollateralAllocationLineResolvers = {
  account: async (line, _args, ctx) => (await ctx.loaders.accountById.load(line.accountId))!,
};
