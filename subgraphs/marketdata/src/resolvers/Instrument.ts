import { tryParseId } from '@nautilus/runtime';
import type { InstrumentResolvers } from '../__generated__/resolvers.ts';
import { computeIndicators } from '../service/computeIndicators.ts';
import { queryBars } from '../service/queryBars.ts';

export const Instrument: InstrumentResolvers = {
  __resolveReference: (reference, ctx) => {
    if (!('id' in reference)) return ctx.loaders.instrumentBySymbol.load(reference.symbol);
    const id = tryParseId(reference.id);
    return id === null ? null : ctx.loaders.instrumentById.load(id);
  },
  id: (instrument) => String(instrument.id),
  assetClass: (instrument) => instrument.assetClass.toUpperCase() as never,
  latestQuote: (instrument, _args, ctx) => ctx.loaders.latestQuote.load(instrument.id),
  lastPrice: async (instrument, _args, ctx) => {
    const quote = await ctx.loaders.latestQuote.load(instrument.id);
    return quote ? quote.last : ctx.loaders.lastClose.load(instrument.id);
  },
  bars: (instrument, { interval, from, to, limit }, ctx) =>
    queryBars(ctx.pool, { instrumentId: instrument.id, interval, from, to, limit, timescale: ctx.timescale }),
  indicators: (instrument, { interval, from, to, limit, specs }, ctx) =>
    computeIndicators(ctx.pool, { instrumentId: instrument.id, interval, from, to, limit, timescale: ctx.timescale }, specs),
};
