import type { MarginWarningResolvers } from '../__generated__/resolvers.ts';

export const MarginWarning: MarginWarningResolvers = {
  __resolveReference: (reference, ctx) => (/^\d{1,18}$/.test(String(reference.id)) ? ctx.loaders.warningById.load(String(reference.id)) : null),
  account: async (warning, _args, ctx) => (await ctx.loaders.accountById.load(warning.accountId))!,
};
