import type { MutationResolvers } from '../__generated__/resolvers.ts';
import { createRiskLimit, deleteRiskLimit, updateRiskLimit } from '../service/riskLimits.ts';

export const Mutation: MutationResolvers = {
  createRiskLimit: (_parent, { input }, ctx) => createRiskLimit(ctx.pool, input),
  updateRiskLimit: (_parent, { id, input }, ctx) => updateRiskLimit(ctx.pool, id, input),
  deleteRiskLimit: (_parent, { id }, ctx) => deleteRiskLimit(ctx.pool, id),
};
