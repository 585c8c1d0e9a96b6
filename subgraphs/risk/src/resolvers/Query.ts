import { tryParseId } from '@nautilus/runtime';
import type { QueryResolvers } from '../__generated__/resolvers.ts';

export const Query: QueryResolvers = {
  riskReport: (_parent, { id }, ctx) => (/^\d{1,18}$/.test(id) ? ctx.loaders.reportById.load(id) : null),
  riskLimit: (_parent, { id }, ctx) => {
    const key = tryParseId(id);
    return key === null ? null : ctx.loaders.limitById.load(key);
  },
  riskLimitBreach: (_parent, { id }, ctx) => ctx.loaders.breachById.load(id),
};
