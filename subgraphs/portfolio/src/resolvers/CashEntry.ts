import type { CashEntryResolvers } from '../__generated__/resolvers.ts';

export const CashEntry: CashEntryResolvers = {
  kind: (entry) => entry.kind.toUpperCase() as never,
};
