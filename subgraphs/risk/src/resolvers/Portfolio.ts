import { parseIntInRange, tryParseId } from '@nautilus/runtime';
import type { PortfolioResolvers } from '../__generated__/resolvers.ts';
import { createRiskReport } from '../service/createRiskReport.ts';
import { runVarBacktest } from '../service/runVarBacktest.ts';

export const Portfolio: PortfolioResolvers = {
  /**
   * The representation is the parent: it carries the positions (quantity,
   * instrument id, symbol, last price) the gateway fetched for @requires.
   */
  __resolveReference: (reference) => reference as never,
  // Compute-and-record: the report is stored by the request's recorder (see riskReportRecorder.ts), not by a loader.
  riskReport: (portfolio, args, ctx) => createRiskReport({ loaders: ctx.loaders, recorder: ctx.recorder, clock: ctx.clock, accel: ctx.accel, portfolio, args }),
  riskReportHistory: (portfolio, { first }, ctx) => {
    const id = tryParseId(portfolio.id);
    const limit = parseIntInRange(first, 20, 1, 500, 'first');
    return id === null ? [] : ctx.loaders.reportHistory.load(`${id}:${limit}`);
  },
  varBacktest: (portfolio, args, ctx) => runVarBacktest({ pool: ctx.pool, clock: ctx.clock, portfolio, args }),
  riskLimits: (portfolio, _args, ctx) => {
    const id = tryParseId(portfolio.id);
    return id === null ? [] : ctx.loaders.limitsByPortfolio.load(id);
  },
};
