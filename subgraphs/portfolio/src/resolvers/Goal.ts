import { parseIntInRange, tryParseId } from '@nautilus/runtime';
import type { GoalResolvers } from '../__generated__/resolvers.ts';
import { MAX_GOAL_PATHS, MIN_GOAL_PATHS, estimateGoalProgress } from '../service/estimateGoalProgress.ts';
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
  progress: async (goal, args, ctx) => {
    // Checked before any work: out of range is BAD_USER_INPUT naming the argument, never clamped.
    const paths = parseIntInRange(args.paths, 20_000, MIN_GOAL_PATHS, MAX_GOAL_PATHS, 'paths');
    const seed = parseIntInRange(args.seed, 7, 0, 2 ** 31 - 1, 'seed');
    return estimateGoalProgress(ctx.pool, { goal, portfolioIds: await ctx.loaders.portfolioIdsByGoal.load(goal.id), paths, seed, clock: ctx.clock, accel: await ctx.accel() });
  },
};
