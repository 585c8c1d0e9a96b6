import type { PortfolioShareResolvers } from '../__generated__/resolvers.ts';
import { getPortfolio } from './Entity.ts';

export const PortfolioShare: PortfolioShareResolvers = {
  portfolio: (share, _args, ctx) => getPortfolio(ctx, share.portfolioId),
};
