import { parseIntInRange } from '@nautilus/runtime';
import type { InstrumentResolvers, PortfolioResolvers } from '../__generated__/resolvers.ts';
import { listKey } from '../loaders.ts';

/** Instrument (owned by marketdata): the latest signals about it. */
export const Instrument: InstrumentResolvers = {
  __resolveReference: (reference) => ({ id: String(reference.id) }),
  signals: (instrument, { first }, ctx) => ctx.loaders.signalsByInstrument.load(listKey(String(instrument.id), parseIntInRange(first, 20, 1, 500, 'first'))),
};

/** Portfolio (owned by portfolio): the strategies trading it, their signals and its paper orders. */
export const Portfolio: PortfolioResolvers = {
  __resolveReference: (reference) => ({ id: String(reference.id) }),
  signals: (portfolio, { first }, ctx) => ctx.loaders.signalsByPortfolio.load(listKey(String(portfolio.id), parseIntInRange(first, 20, 1, 500, 'first'))),
  strategies: (portfolio, _args, ctx) => ctx.loaders.strategiesByPortfolio.load(String(portfolio.id)),
  orders: (portfolio, { status, first }, ctx) => ctx.loaders.ordersByPortfolio.load(listKey(String(portfolio.id), parseIntInRange(first, 50, 1, 500, 'first'), status ?? null)),
};
