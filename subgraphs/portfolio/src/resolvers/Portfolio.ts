import { tryParseId } from '@nautilus/runtime';
import type { PortfolioResolvers } from '../__generated__/resolvers.ts';
import { computePortfolioPerformance } from '../service/computePortfolioPerformance.ts';
import { findCashEntries } from '../service/findCashEntries.ts';
import { findTrades } from '../service/findTrades.ts';
import { getEntity } from './Entity.ts';

export const Portfolio: PortfolioResolvers = {
  __resolveReference: (reference, ctx) => {
    const id = tryParseId(reference.id);
    return id === null ? null : ctx.loaders.portfolioById.load(id);
  },
  id: (portfolio) => String(portfolio.id),
  owner: (portfolio, _args, ctx) => getEntity(ctx, portfolio.entityId),
  positions: async (portfolio, { includeClosed }, ctx) => {
    const positions = await ctx.loaders.positionsByPortfolio.load(portfolio.id);
    return includeClosed ? positions : positions.filter((p) => p.quantity !== 0);
  },
  cash: (portfolio, _args, ctx) => ctx.loaders.cashByPortfolio.load(portfolio.id),
  trades: (portfolio, { first, after }, ctx) => findTrades(ctx.pool, { portfolioId: portfolio.id, first, after }),
  cashEntries: (portfolio, { first }, ctx) => findCashEntries(ctx.pool, { portfolioId: portfolio.id, first }),
  performance: (portfolio, { from, to, riskFreeRate }, ctx) =>
    computePortfolioPerformance(ctx.pool, { portfolio, from, to, riskFreeRate: riskFreeRate ?? 0, clock: ctx.clock }),
};
