import type { TradeResolvers } from '../__generated__/resolvers.ts';

export const Trade: TradeResolvers = {
  portfolio: async (trade, _args, ctx) => {
    const portfolio = await ctx.loaders.portfolioById.load(trade.portfolioId);
    if (!portfolio) throw new Error(`trade refers to missing portfolio ${trade.portfolioId}`);
    return portfolio;
  },
  instrument: (trade) => ({ id: String(trade.instrumentId) }),
  side: (trade) => (trade.side === 'buy' ? 'BUY' : 'SELL'),
};
