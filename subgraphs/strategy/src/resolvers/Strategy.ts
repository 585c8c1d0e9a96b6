import { parseIntInRange } from '@nautilus/runtime';
import type { StrategyKindInfoResolvers, StrategyResolvers } from '../__generated__/resolvers.ts';
import { listKey } from '../loaders.ts';

export const Strategy: StrategyResolvers = {
  __resolveReference: async (reference, ctx) => (await ctx.loaders.strategyById.load(String(reference.id)))!,
  portfolio: (s) => (s.portfolioId === null ? null : { id: s.portfolioId }),
  signals: (s, { first }, ctx) => ctx.loaders.signalsByStrategy.load(listKey(s.id, parseIntInRange(first, 20, 1, 500, 'first'))),
};

/** The domain's kind specs: `params` is the parameter list, `symbols` the universe's size. */
export const StrategyKindInfo: StrategyKindInfoResolvers = {
  parameters: (k) => k.params,
  minSymbols: (k) => k.symbols.min,
  exactSymbols: (k) => k.symbols.exactly ?? null,
};
