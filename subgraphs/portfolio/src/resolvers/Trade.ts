import type { TradeResolvers } from '../__generated__/resolvers.ts';
import { getPortfolio } from './Entity.ts';

export const Trade: TradeResolvers = {
  portfolio: (trade, _args, ctx) => getPortfolio(ctx, trade.portfolioId),
  instrument: (trade) => ({ id: String(trade.instrumentId) }),
  side: (trade) => (trade.side === 'buy' ? 'BUY' : 'SELL'),
};
