import type { ConsolidatedPositionResolvers } from '../__generated__/resolvers.ts';

export const ConsolidatedPosition: ConsolidatedPositionResolvers = {
  instrument: (position) => ({ id: String(position.instrumentId) }),
};
