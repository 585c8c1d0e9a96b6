import type pg from 'pg';
import { RISK_LIMIT_BREACH_COLUMNS, RISK_REPORT_COLUMNS, type RiskLimitBreachRow, type RiskReportRecord } from '../service/types.ts';

/**
 * Reads of stored reports and breaches (the per-request loaders' sources).
 * Hand-written SQL: ids are `bigint` read as text, `LATERAL` takes the newest
 * N reports of many portfolios in one statement, and pairs of keys are
 * matched with `unnest`. Writes are `writeRiskReports`.
 */

export async function findRiskReportsByIds(pool: pg.Pool, ids: readonly string[]): Promise<RiskReportRecord[]> {
  return (await pool.query<RiskReportRecord>(`SELECT ${RISK_REPORT_COLUMNS} FROM risk.risk_report WHERE id = ANY($1::bigint[])`, [ids])).rows;
}

/** The newest `first` reports of each portfolio, tagged with the caller's key. */
export async function findRiskReportHistories(pool: pg.Pool, requests: ReadonlyArray<{ portfolioId: number; first: number; key: string }>): Promise<Array<RiskReportRecord & { key: string }>> {
  const { rows } = await pool.query<RiskReportRecord & { key: string }>(
    `SELECT k.key, r.* FROM unnest($1::int[], $2::int[], $3::text[]) AS k(portfolio_id, first, key)
       CROSS JOIN LATERAL (SELECT ${RISK_REPORT_COLUMNS} FROM risk.risk_report
                            WHERE portfolio_id = k.portfolio_id ORDER BY created_at DESC, id DESC LIMIT k.first) r`,
    [requests.map((r) => r.portfolioId), requests.map((r) => r.first), requests.map((r) => r.key)],
  );
  return rows;
}

/** Breaches of many reports, by limit id within each. */
export async function findBreachesOfReports(pool: pg.Pool, reportIds: readonly string[]): Promise<RiskLimitBreachRow[]> {
  return (
    await pool.query<RiskLimitBreachRow>(`SELECT ${RISK_LIMIT_BREACH_COLUMNS} FROM risk.risk_limit_breach WHERE report_id = ANY($1::bigint[]) ORDER BY limit_id`, [reportIds])
  ).rows;
}

/** Breaches by (report id, limit id). */
export async function findBreachesByKeys(pool: pg.Pool, keys: ReadonlyArray<readonly [reportId: string, limitId: number]>): Promise<RiskLimitBreachRow[]> {
  const { rows } = await pool.query<RiskLimitBreachRow>(
    `SELECT ${RISK_LIMIT_BREACH_COLUMNS} FROM risk.risk_limit_breach
      WHERE (report_id, limit_id) IN (SELECT * FROM unnest($1::bigint[], $2::int[]))`,
    [keys.map((k) => k[0]), keys.map((k) => k[1])],
  );
  return rows;
}
