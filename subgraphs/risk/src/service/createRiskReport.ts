import type { Accel } from '@nautilus/accel';
import { badInput, parseId, type Clock } from '@nautilus/runtime';
import { computeStress, toStressClass } from './computeStress.ts';
import { estimateRisk } from './estimateRisk.ts';
import { alignReturns } from '@nautilus/db';
import type { RiskLoaders } from '../loaders.ts';
import { MIN_OBSERVATIONS, parseRiskArgs, type RiskReportArgs } from './parseRiskArgs.ts';
import { toHeldPositions } from './toHeldPositions.ts';
import type { PortfolioRepresentation, RiskReportRecord, RiskReportResult } from './types.ts';

export interface CreateRiskReportOptions {
  /** Per-request loaders: history, asset classes and the report writer batch across portfolios. */
  loaders: RiskLoaders;
  clock: Clock;
  accel: Accel;
  /** Key plus the @required positions. */
  portfolio: PortfolioRepresentation;
  args: RiskReportArgs;
}

/**
 * Computes a risk report of the portfolio's open positions at their last
 * prices and stores it with its inputs (positions, prices, history window,
 * seed, paths, shocks) so it can be reproduced. In one transaction it also
 * records the breaches of the portfolio's active limits; after COMMIT each
 * breach is published on `risk.limit.breached`.
 *
 * A portfolio with no open positions (including an id portfolio does not know,
 * which the gateway never sends) gets a stored zero report: "no risk" is a
 * true answer for an empty book, and limits cannot be breached by it.
 * @throws BAD_USER_INPUT naming the field (see parseRiskArgs; `positions` for
 *   a holding without a price; `lookbackDays` when fewer than 20 common daily
 *   returns end at asOf). Nothing is written then.
 */
export async function createRiskReport({ loaders, clock, accel, portfolio, args }: CreateRiskReportOptions): Promise<RiskReportRecord> {
  const parsed = parseRiskArgs(args);
  const portfolioId = parseId(portfolio.id, 'id');
  const positions = toHeldPositions(portfolio.positions);
  const asOf = parsed.asOf ?? new Date(clock.now());
  const ids = positions.map((p) => p.instrumentId);
  const closes = await loaders.dailyCloses.loadMany(ids.map((id) => `${id}@${asOf.getTime()}`));
  const history = alignReturns(closes.map((c) => (c instanceof Error ? [] : c)), parsed.lookbackDays);
  if (positions.length > 0 && history.dates.length < MIN_OBSERVATIONS) {
    throw badInput('lookbackDays', `needs at least ${MIN_OBSERVATIONS} daily returns common to ${positions.map((p) => p.symbol).join(', ')} up to ${asOf.toISOString()}, found ${history.dates.length}`);
  }
  const estimate = await estimateRisk({ ...parsed, positions, returns: history.returns, accel });
  const classes = await loaders.assetClass.loadMany(ids);
  const stress = computeStress({
    positions,
    classes: new Map(positions.map((p, i) => { const c = classes[i]; return [p.symbol, toStressClass(typeof c === 'string' ? c : undefined)]; })),
    userShocks: parsed.shocks,
  });
  const result: RiskReportResult = {
    portfolioValue: estimate.portfolioValue,
    grossExposure: estimate.grossExposure,
    volatility: estimate.volatility,
    maxDrawdown: estimate.maxDrawdown,
    contributions: estimate.contributions,
    stress,
    computedWith: estimate.computedWith,
  };
  const inputs = {
    positions: positions.map(({ instrumentId, symbol, quantity, price }) => ({ instrumentId, symbol, quantity, price })),
    lookbackDays: parsed.lookbackDays,
    history: { from: history.dates[0] ?? null, to: history.dates.at(-1) ?? null, observations: history.dates.length },
    seed: parsed.seed,
    paths: parsed.method === 'MONTE_CARLO' ? parsed.paths : 0,
    shocks: parsed.shocks,
  };
  const concentration = estimate.grossExposure === 0 ? 0 : Math.max(...positions.map((p) => Math.abs(p.value))) / estimate.grossExposure;
  return loaders.reportWriter.load({
    portfolioId,
    asOf,
    method: parsed.method,
    confidence: parsed.confidence,
    horizonDays: parsed.horizonDays,
    var: estimate.var,
    es: estimate.es,
    inputs,
    result,
    measures: { var: estimate.var, grossExposure: estimate.grossExposure, concentration, maxDrawdown: estimate.maxDrawdown },
  });
}
