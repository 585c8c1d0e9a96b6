import type { Accel } from '@nautilus/accel';
import { badInput, parseId, type Clock } from '@nautilus/runtime';
import { alignReturns, type DailyClose } from '@nautilus/marketdata/reads';
import { aggregateGreeks } from '../domain/computeOptionGreeks.ts';
import { computeExposures } from '../domain/computeExposures.ts';
import { computeStress, toStressClass } from '../domain/computeStress.ts';
import { estimateRisk } from '../domain/estimateRisk.ts';
import type { InstrumentTerms } from './findOptionInputs.ts';
import type { RiskLoaders } from '../loaders.ts';
import type { RiskReportRecorder } from './riskReportRecorder.ts';
import { MIN_OBSERVATIONS, parseRiskArgs, type RiskReportArgs } from '../domain/parseRiskArgs.ts';
import { toHoldings } from '../domain/toHeldPositions.ts';
import type { PortfolioRepresentation, RiskReportRecord, RiskReportResult } from './types.ts';
import { mapRiskFactors, valuePositions } from './valuePositions.ts';
import { summarizeCorrelation } from '../domain/summarizeCorrelation.ts';

export interface CreateRiskReportOptions {
  /** Per-request loaders: terms, prices and history batch across portfolios. */
  loaders: RiskLoaders;
  /** Stores the computed report (batched per request): the explicit write of compute-and-record. */
  recorder: RiskReportRecorder;
  clock: Clock;
  accel: Accel;
  /** Key plus the @required positions. */
  portfolio: PortfolioRepresentation;
  args: RiskReportArgs;
}

/** loadMany's results, rethrowing a failed read (a database error must not pass for "no data"). */
const settled = <T>(values: ReadonlyArray<T | Error>): T[] =>
  values.map((v) => {
    if (v instanceof Error) throw v;
    return v;
  });

/**
 * Computes a risk report of the portfolio's open positions and stores it with
 * its inputs (positions, prices and where they came from, option terms, spot
 * and volatility used, risk-free rate, history window, seed, paths, shocks) so
 * it can be reproduced. In one transaction it also records the breaches of the
 * portfolio's active limits; after COMMIT each breach is published on
 * `risk.limit.breached`.
 *
 * Reads, all through per-request dataloaders so that N portfolios cost the
 * same statements as one: instrument terms (asset class, currency, option
 * contract), then in parallel the daily closes of the risk factors (held
 * instruments and option underlyings; option instruments too for a past
 * asOf) and the latest prices of underlyings the book does not hold.
 *
 * A portfolio with no open positions (including an id portfolio does not know,
 * which the gateway never sends) gets a stored zero report: "no risk" is a
 * true answer for an empty book, and limits cannot be breached by it.
 * @throws BAD_USER_INPUT naming the field (see parseRiskArgs; `positions` for
 *   a holding without a price; `lookbackDays` when fewer than 20 common daily
 *   returns end at asOf; `asOf` when a holding has no close before it; see
 *   valuePositions). Nothing is written then.
 */
export async function createRiskReport({ loaders, recorder, clock, accel, portfolio, args }: CreateRiskReportOptions): Promise<RiskReportRecord> {
  const parsed = parseRiskArgs(args, new Date(clock.now()));
  const portfolioId = parseId(portfolio.id, 'id');
  const holdings = toHoldings(portfolio.positions);
  const { asOf, valuation } = parsed;
  const terms = settled<InstrumentTerms | null>(await loaders.instrumentTerms.loadMany(holdings.map((h) => h.instrumentId)));
  const factors = mapRiskFactors(holdings, terms);
  const closeIds = valuation === 'CLOSE' ? [...new Set([...factors.factorIds, ...factors.optionIds])] : factors.factorIds;
  const optionFactors = new Set(factors.factorOf.filter((_, i) => terms[i]?.option));
  const unheldUnderlyings = valuation === 'LIVE' ? factors.factorIds.filter((id, f) => optionFactors.has(f) && !factors.heldPrices.has(id)) : [];
  const [closeSeries, underlyingPrices] = await Promise.all([
    loaders.dailyCloses.loadMany(closeIds.map((id) => `${id}@${asOf.getTime()}`)),
    unheldUnderlyings.length > 0 ? loaders.underlyingPrice.loadMany(unheldUnderlyings) : Promise.resolve([]),
  ]);
  const closeList = settled(closeSeries);
  const closes = new Map<number, DailyClose[]>(closeIds.map((id, k) => [id, closeList[k] ?? []]));
  const history = alignReturns(factors.factorIds.map((id) => closes.get(id)!), parsed.lookbackDays);
  if (holdings.length > 0 && history.dates.length < MIN_OBSERVATIONS) {
    const names = [...new Set(holdings.map((h, i) => terms[i]?.option?.underlyingSymbol ?? h.symbol))];
    throw badInput('lookbackDays', `needs at least ${MIN_OBSERVATIONS} daily returns common to ${names.join(', ')} up to ${asOf.toISOString()}, found ${history.dates.length}`);
  }
  const { positions, factors: riskFactors } = valuePositions({
    holdings,
    terms,
    factors,
    returns: history.returns,
    valuation,
    asOf,
    riskFreeRate: parsed.riskFreeRate,
    closes,
    underlyingPrices: new Map(settled(underlyingPrices).flatMap((price, k) => (typeof price === 'number' ? [[unheldUnderlyings[k]!, price] as const] : []))),
  });
  const estimate = await estimateRisk({ ...parsed, positions, returns: history.returns, accel });
  const stress = computeStress({
    positions: positions.map((p) => ({ symbol: p.symbol, value: p.value, shockSymbol: p.underlying, pnlAt: p.pnlAt })),
    classes: new Map(positions.map((p) => [p.symbol, toStressClass(p.assetClass)])),
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
    valuation,
    greeks: aggregateGreeks(positions.map((p) => ({ underlying: p.underlying, spot: riskFactors[p.factor]!.spot, volatility: riskFactors[p.factor]!.volatility, greeks: p.greeks }))),
    correlation: summarizeCorrelation(riskFactors.map((f) => f.symbol), estimate.covariance),
    exposures: computeExposures(positions.map((p) => ({ assetClass: p.assetClass, currency: p.currency, exposure: p.delta }))),
  };
  const inputs = {
    valuation,
    positions: positions.map(({ instrumentId, symbol, quantity, price, multiplier, priceSource, option }) => ({
      instrumentId, symbol, quantity, price, multiplier, priceSource, ...(option ? { option } : {}),
    })),
    factors: riskFactors,
    riskFreeRate: parsed.riskFreeRate,
    lookbackDays: parsed.lookbackDays,
    history: { from: history.dates[0] ?? null, to: history.dates.at(-1) ?? null, observations: history.dates.length },
    seed: parsed.seed,
    paths: parsed.method === 'MONTE_CARLO' ? parsed.paths : 0,
    shocks: parsed.shocks,
  };
  const concentration = estimate.grossExposure === 0 ? 0 : Math.max(...positions.map((p) => Math.abs(p.delta))) / estimate.grossExposure;
  return recorder.record({
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
