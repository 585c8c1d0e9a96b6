import type { RiskReportResolvers } from '../__generated__/resolvers.ts';

/** Stored columns plus the `result` jsonb (value, volatility, contributions, stress, computedWith, valuation, greeks, exposures). */
export const RiskReport: RiskReportResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.reportById.load(String(reference.id)),
  portfolioId: (report) => String(report.portfolioId),
  portfolioValue: (report) => report.result.portfolioValue,
  volatility: (report) => report.result.volatility,
  // Reports stored before valuation, Greeks and exposures existed were all valued live.
  valuation: (report) => report.result.valuation ?? 'LIVE',
  greeks: (report) => report.result.greeks ?? null,
  exposures: (report) => report.result.exposures ?? null,
  correlation: (report) => report.result.correlation ?? null,
  contributions: (report) => report.result.contributions,
  stress: (report) => report.result.stress,
  computedWith: (report) => report.result.computedWith,
  breaches: (report, _args, ctx) => ctx.loaders.breachesByReport.load(report.id),
};
