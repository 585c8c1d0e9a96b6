import type { PortfolioShareResolvers } from '../__generated__/resolvers.ts';

export const PortfolioShare: PortfolioShareResolvers = {
  portfolio: async (share, _args, ctx) => {
    const portfolio = await ctx.loaders.portfolioById.load(share.portfolioId);
    if (!portfolio) throw new Error(`missing portfolio ${share.portfolioId}`);
    return portfolio;
  },
};
