import type { RiskLimitBreachResolvers } from '../__generated__/resolvers.ts';

const required = async <T>(value: Promise<T | null>, what: string): Promise<T> => {
  const found = await value;
  if (found === null) throw new Error(`risk limit breach refers to a missing ${what}`);
  return found;
};

export const RiskLimitBreach: RiskLimitBreachResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.breachById.load(String(reference.id)),
  id: (breach) => `${breach.reportId}:${breach.limitId}`,
  portfolioId: (breach) => String(breach.portfolioId),
  limit: (breach, _args, ctx) => required(ctx.loaders.limitById.load(breach.limitId), `limit ${breach.limitId}`),
  report: (breach, _args, ctx) => required(ctx.loaders.reportById.load(breach.reportId), `report ${breach.reportId}`),
};
