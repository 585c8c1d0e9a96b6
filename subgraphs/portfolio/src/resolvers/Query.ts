import { tryParseId } from '@nautilus/runtime';
import type { QueryResolvers } from '../__generated__/resolvers.ts';
import { findEntities } from '../service/findEntities.ts';
import { findPortfolios } from '../service/findPortfolios.ts';
import { optimizePortfolio } from '../service/optimizePortfolio.ts';

const lookup = <T>(id: string, load: (id: number) => Promise<T | null>) => {
  const key = tryParseId(id);
  return key === null ? null : load(key);
};

export const Query: QueryResolvers = {
  optimizePortfolio: (_parent, { portfolioId, method, constraints, blackLitterman, discreteAllocation }, ctx) =>
    optimizePortfolio(ctx.pool, { portfolioId, method, constraints: constraints ?? {}, blackLitterman, discreteAllocation }),
  portfolios: (_parent, { filter, first, after }, ctx) => findPortfolios(ctx.pool, { filter, first, after }),
  portfolio: (_parent, { id }, ctx) => lookup(id, (key) => ctx.loaders.portfolioById.load(key)),
  entity: (_parent, { id }, ctx) => lookup(id, (key) => ctx.loaders.entityById.load(key)),
  entities: (_parent, _args, ctx) => findEntities(ctx.pool),
  goal: (_parent, { id }, ctx) => lookup(id, (key) => ctx.loaders.goalById.load(key)),
};
