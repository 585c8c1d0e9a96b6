import type { PositionResolvers } from '../__generated__/resolvers.ts';
import { getPortfolio } from './Entity.ts';

export const Position: PositionResolvers = {
  /**
   * The gateway comes back here with `instrument { lastPrice }` (from
   * marketdata) in the representation when marketValue/unrealizedPnl are
   * asked for; keep it on the row, since only the reference carries it.
   */
  __resolveReference: async (reference, ctx) => {
    const position = await ctx.loaders.positionById.load(String(reference.id));
    if (!position) return null;
    const instrument = (reference as { instrument?: { lastPrice?: number | null } }).instrument;
    return { ...position, requiredLastPrice: instrument?.lastPrice ?? null };
  },
  id: (position) => `${position.portfolioId}:${position.instrumentId}`,
  portfolio: (position, _args, ctx) => getPortfolio(ctx, position.portfolioId),
  instrument: (position) => ({ id: String(position.instrumentId) }),
  marketValue: (position) => (position.requiredLastPrice == null ? null : position.quantity * position.requiredLastPrice),
  unrealizedPnl: (position) => (position.requiredLastPrice == null ? null : position.quantity * position.requiredLastPrice - position.costBasis),
};
