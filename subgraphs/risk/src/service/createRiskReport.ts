import type pg from 'pg';
import type { Accel } from '@nautilus/accel';
import { badInput, type Bus, type Clock } from '@nautilus/runtime';
import { checkRiskLimits } from './checkRiskLimits.ts';
import { computeStress, toStressClass } from './computeStress.ts';
import { estimateRisk } from './estimateRisk.ts';
import { findAssetClasses } from './findAssetClasses.ts';
import { findReturnHistory } from './findReturnHistory.ts';
import { MIN_OBSERVATIONS, parseRiskArgs, type RiskReportArgs } from './parseRiskArgs.ts';
import { publishBreaches } from './publishBreaches.ts';
import { toHeldPositions } from './toHeldPositions.ts';
import { RISK_LIMIT_COLUMNS, RISK_REPORT_COLUMNS, type PortfolioRepresentation, type RiskLimitRow, type RiskReportRecord, type RiskReportResult } from './types.ts';
import { withTransaction } from '@nautilus/db';

export interface CreateRiskReportOptions {
  pool: pg.Pool;
  bus: Bus;
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
export async function createRiskReport({ pool, bus, clock, accel, portfolio, args }: CreateRiskReportOptions): Promise<RiskReportRecord> {
  const parsed = parseRiskArgs(args);
  if (!/^\d{1,9}$/.test(String(portfolio.id))) throw badInput('id', `must be a numeric portfolio id, got ${JSON.stringify(portfolio.id)}`);
  const portfolioId = Number(portfolio.id);
  const positions = toHeldPositions(portfolio.positions);
  const asOf = parsed.asOf ?? new Date(clock.now());
  const ids = positions.map((p) => p.instrumentId);
  const history = await findReturnHistory(pool, { instrumentIds: ids, lookbackDays: parsed.lookbackDays, to: asOf });
  if (positions.length > 0 && history.dates.length < MIN_OBSERVATIONS) {
    throw badInput('lookbackDays', `needs at least ${MIN_OBSERVATIONS} daily returns common to ${positions.map((p) => p.symbol).join(', ')} up to ${asOf.toISOString()}, found ${history.dates.length}`);
  }
  const estimate = await estimateRisk({ ...parsed, positions, returns: history.returns, accel });
  const classes = await findAssetClasses(pool, ids);
  const stress = computeStress({ positions, classes: new Map(positions.map((p) => [p.symbol, toStressClass(classes.get(p.instrumentId))])), userShocks: parsed.shocks });
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
  const { report, breaches } = await withTransaction(pool, async (client) => {
    const { rows } = await client.query<RiskReportRecord>(
      `INSERT INTO risk_report (portfolio_id, as_of, method, confidence, horizon_days, var, es, inputs, result)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${RISK_REPORT_COLUMNS}`,
      [portfolioId, asOf, parsed.method.toLowerCase(), parsed.confidence, parsed.horizonDays, estimate.var, estimate.es, JSON.stringify(inputs), JSON.stringify(result)],
    );
    const report = rows[0]!;
    const { rows: limits } = await client.query<RiskLimitRow>(`SELECT ${RISK_LIMIT_COLUMNS} FROM risk_limit WHERE portfolio_id = $1 AND active ORDER BY id FOR SHARE`, [portfolioId]);
    const breaches = checkRiskLimits(limits, { var: estimate.var, grossExposure: estimate.grossExposure, concentration, maxDrawdown: estimate.maxDrawdown });
    for (const b of breaches) {
      await client.query('INSERT INTO risk_limit_breach (report_id, limit_id, portfolio_id, value, threshold) VALUES ($1, $2, $3, $4, $5)', [
        report.id, b.limit.id, portfolioId, b.value, b.limit.threshold,
      ]);
    }
    return { report, breaches };
  });
  await publishBreaches(bus, report, breaches);
  return report;
}
