import type { MarginCallResolvers } from '../__generated__/resolvers.ts';

export const MarginCall: MarginCallResolvers = {
  __resolveReference: (reference, ctx) => (/^\d{1,18}$/.test(String(reference.id)) ? ctx.loaders.callById.load(String(reference.id)) : null),
  account: async (call, _args, ctx) => (await ctx.loaders.accountById.load(call.accountId))!,
  history: (call, _args, ctx) => ctx.loaders.callEvents.load(call.id) as never,
  liquidationPlan: (call) => ({
    ...call.liquidationPlan,
    steps: call.liquidationPlan.steps.map((s) => ({ ...s, instrument: { id: s.instrumentId } })),
  }),
};
