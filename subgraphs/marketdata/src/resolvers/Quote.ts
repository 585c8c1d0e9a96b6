import type { QuoteResolvers } from '../__generated__/resolvers.ts';

export const Quote: QuoteResolvers = {
  spread: (quote) => Math.round((quote.ask - quote.bid) * 1e10) / 1e10,
  instrument: async (quote, _args, ctx) => {
    const instrument = await ctx.loaders.instrumentById.load(quote.instrumentId);
    if (!instrument) throw new Error(`quote refers to missing instrument ${quote.instrumentId}`);
    return instrument;
  },
};
