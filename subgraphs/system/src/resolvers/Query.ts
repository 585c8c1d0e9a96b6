import type { QueryResolvers } from '../__generated__/resolvers.ts';

export const Query: QueryResolvers = {
  system: (_parent, _args, ctx) => ctx.readSystem(),
};
