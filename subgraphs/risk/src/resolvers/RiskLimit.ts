import { tryParseId } from '@nautilus/runtime';
import type { RiskLimitResolvers } from '../__generated__/resolvers.ts';

export const RiskLimit: RiskLimitResolvers = {
  __resolveReference: (reference, ctx) => {
    const id = tryParseId(reference.id);
    return id === null ? null : ctx.loaders.limitById.load(id);
  },
  id: (limit) => String(limit.id),
  portfolioId: (limit) => String(limit.portfolioId),
};
