import type { MutationResolvers } from '../__generated__/resolvers.ts';
import { ingestBars } from '../service/ingestBars.ts';

export const Mutation: MutationResolvers = {
  ingestBars: (_parent, { input }, ctx) => ingestBars(ctx.pool, input.bars),
};
