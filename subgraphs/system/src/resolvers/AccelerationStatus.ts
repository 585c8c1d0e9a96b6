import { parseIntInRange } from '@nautilus/runtime';
import type { AccelerationStatusResolvers } from '../__generated__/resolvers.ts';

export const AccelerationStatus: AccelerationStatusResolvers = {
  decisions: ({ decisions }, { last }) => decisions.slice(0, parseIntInRange(last, 20, 1, 50, 'last')),
};
