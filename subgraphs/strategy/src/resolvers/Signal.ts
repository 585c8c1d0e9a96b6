import type { SignalResolvers } from '../__generated__/resolvers.ts';

export const Signal: SignalResolvers = {
  __resolveReference: async (reference, ctx) => (await ctx.loaders.signalById.load(String(reference.id)))!,
  strategy: async (s, _args, ctx) => (await ctx.loaders.strategyById.load(s.strategyId))!,
  instrument: (s) => ({ id: s.instrumentId }),
  horizon: (s) => `${s.horizonBars}${s.horizonInterval.slice(-1)}`,
};
