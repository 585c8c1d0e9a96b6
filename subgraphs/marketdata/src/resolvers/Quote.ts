import type { QuoteResolvers } from '../__generated__/resolvers.ts';
import { computeSpread } from '../domain/quotes.ts';

export const Quote: QuoteResolvers = {
  spread: (quote) => computeSpread(quote.bid, quote.ask),
  instrument: async (quote, _args, ctx) => {
    const instrument = await ctx.loaders.instrumentById.load(quote.instrumentId);
    if (!instrument) throw new Error(`quote refers to missing instrument ${quote.instrumentId}`);
    return instrument;
  },
};
