import type pg from 'pg';
import { withTransaction } from '@nautilus/db';
import type { Bus } from '@nautilus/runtime';
import { checkRiskLimits, type LimitMeasures } from '../domain/checkRiskLimits.ts';
import { publishBreaches } from '../service/publishBreaches.ts';
import { RISK_LIMIT_COLUMNS, RISK_REPORT_COLUMNS, type RiskLimitRow, type RiskReportRecord, type RiskReportResult } from '../service/types.ts';

/** A computed report waiting to be stored. */
export interface PendingRiskReport {
  portfolioId: number;
  asOf: Date;
  method: string;
  confidence: number;
  horizonDays: number;
  var: number;
  es: number;
  inputs: unknown;
  result: RiskReportResult;
  /** What the portfolio's limits are checked against. */
  measures: LimitMeasures;
}

/**
 * Stores a batch of reports (all those computed in one request, via the
 * `reportWriter` dataloader) in one transaction: ids reserved in one
 * statement, one multi-row INSERT, one read of the active limits of all the
 * portfolios, one multi-row INSERT of the breaches. After COMMIT each breach
 * is published on `risk.limit.breached`. A page of N portfolios with risk
 * reports therefore costs a constant number of statements, not N.
 */
export async function writeRiskReports(pool: pg.Pool, bus: Bus, pending: readonly PendingRiskReport[]): Promise<RiskReportRecord[]> {
  if (pending.length === 0) return [];
  const written = await withTransaction(pool, async (client) => {
    const { rows: idRows } = await client.query<{ id: string }>(
      "SELECT nextval(pg_get_serial_sequence('risk.risk_report', 'id'))::text AS id FROM generate_series(1, $1)",
      [pending.length],
    );
    const ids = idRows.map((r) => r.id);
    const { rows } = await client.query<RiskReportRecord>(
      `INSERT INTO risk.risk_report (id, portfolio_id, as_of, method, confidence, horizon_days, var, es, inputs, result)
       SELECT * FROM unnest($1::bigint[], $2::int[], $3::timestamptz[], $4::text[], $5::float8[], $6::int[], $7::float8[], $8::float8[], $9::jsonb[], $10::jsonb[])
       RETURNING ${RISK_REPORT_COLUMNS}`,
      [
        ids,
        pending.map((p) => p.portfolioId),
        pending.map((p) => p.asOf),
        pending.map((p) => p.method.toLowerCase()),
        pending.map((p) => p.confidence),
        pending.map((p) => p.horizonDays),
        pending.map((p) => p.var),
        pending.map((p) => p.es),
        pending.map((p) => JSON.stringify(p.inputs)),
        pending.map((p) => JSON.stringify(p.result)),
      ],
    );
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    const reports = ids.map((id) => byId.get(id)!);
    const { rows: limits } = await client.query<RiskLimitRow>(
      `SELECT ${RISK_LIMIT_COLUMNS} FROM risk.risk_limit WHERE portfolio_id = ANY($1::int[]) AND active ORDER BY id FOR SHARE`,
      [[...new Set(pending.map((p) => p.portfolioId))]],
    );
    const breaches = pending.map((p) => checkRiskLimits(limits.filter((l) => l.portfolioId === p.portfolioId), p.measures));
    const flat = breaches.flatMap((list, i) => list.map((b) => ({ reportId: reports[i]!.id, portfolioId: pending[i]!.portfolioId, ...b })));
    if (flat.length) {
      await client.query(
        `INSERT INTO risk.risk_limit_breach (report_id, limit_id, portfolio_id, value, threshold)
         SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::float8[], $5::float8[])`,
        [flat.map((b) => b.reportId), flat.map((b) => b.limit.id), flat.map((b) => b.portfolioId), flat.map((b) => b.value), flat.map((b) => b.limit.threshold)],
      );
    }
    return { reports, breaches };
  });
  await Promise.all(written.reports.map((report, i) => publishBreaches(bus, report, written.breaches[i]!)));
  return written.reports;
}
