import type { RiskReportResolvers } from '../__generated__/resolvers.ts';

/** Stored columns plus the `result` jsonb (value, volatility, contributions, stress, computedWith). */
export const RiskReport: RiskReportResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.reportById.load(String(reference.id)),
  portfolioId: (report) => String(report.portfolioId),
  portfolioValue: (report) => report.result.portfolioValue,
  volatility: (report) => report.result.volatility,
  contributions: (report) => report.result.contributions,
  stress: (report) => report.result.stress,
  computedWith: (report) => report.result.computedWith,
  breaches: (report, _args, ctx) => ctx.loaders.breachesByReport.load(report.id),
};
