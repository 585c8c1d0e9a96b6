import { tryParseId } from '@nautilus/runtime';
import type { GoalResolvers } from '../__generated__/resolvers.ts';
import { estimateGoalProgress } from '../service/estimateGoalProgress.ts';
import type { PortfolioRow } from '../service/types.ts';
import { getEntity } from './Entity.ts';

export const Goal: GoalResolvers = {
  __resolveReference: (reference, ctx) => {
    const id = tryParseId(reference.id);
    return id === null ? null : ctx.loaders.goalById.load(id);
  },
  id: (goal) => String(goal.id),
  owner: (goal, _args, ctx) => getEntity(ctx, goal.entityId),
  portfolios: async (goal, _args, ctx) => {
    const ids = await ctx.loaders.portfolioIdsByGoal.load(goal.id);
    const portfolios = await ctx.loaders.portfolioById.loadMany(ids);
    return portfolios.filter((p): p is PortfolioRow => p !== null && !(p instanceof Error));
  },
  progress: async (goal, { paths, seed }, ctx) =>
    estimateGoalProgress(ctx.pool, { goal, portfolioIds: await ctx.loaders.portfolioIdsByGoal.load(goal.id), paths: paths ?? 20_000, seed: seed ?? 7, clock: ctx.clock }),
};
