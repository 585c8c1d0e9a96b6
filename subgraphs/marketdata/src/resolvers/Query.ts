import { badInput, parseText, quoteInput } from '@nautilus/runtime';
import type { QueryResolvers } from '../__generated__/resolvers.ts';
import { findInstruments } from '../service/findInstruments.ts';
import { validateBarRange } from '../domain/barRange.ts';
import { queryBars } from '../service/queryBars.ts';
import type { MarketdataContext } from '../context.ts';

/** Resolves `symbol` or fails with BAD_USER_INPUT naming the argument. */
export async function getInstrumentId(ctx: MarketdataContext, symbol: string, field = 'symbol'): Promise<number> {
  const instrument = await ctx.loaders.instrumentBySymbol.load(parseText(symbol, field, 'symbol'));
  if (!instrument) throw badInput(field, `unknown instrument ${quoteInput(symbol)}`);
  return instrument.id;
}

export const Query: QueryResolvers = {
  instruments: (_parent, { filter, first, after }, ctx) => findInstruments(ctx.pool, { filter, first, after }),

  instrument: (_parent, { symbol }, ctx) => ctx.loaders.instrumentBySymbol.load(parseText(symbol, 'symbol', 'symbol')),

  bars: async (_parent, { symbol, interval, from, to, limit }, ctx) => {
    validateBarRange({ from, to, limit }); // range errors first, before the symbol lookup
    const instrumentId = await getInstrumentId(ctx, symbol);
    return queryBars(ctx.pool, { instrumentId, interval, from, to, limit, timescale: ctx.timescale });
  },

  latestQuote: async (_parent, { symbol }, ctx) => {
    const instrument = await ctx.loaders.instrumentBySymbol.load(parseText(symbol, 'symbol', 'symbol'));
    return instrument ? ctx.loaders.latestQuote.load(instrument.id) : null;
  },
};
