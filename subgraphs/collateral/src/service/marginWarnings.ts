import type pg from 'pg';
import type { MarginWarningRow } from './types.ts';

type Queryable = pg.Pool | pg.PoolClient;

const WARNING_COLUMNS = `id::text, account_id::text AS "accountId", upper(kind) AS kind, ts, utilization, probability,
  distance_to_call AS "distanceToCall", expected_days AS "expectedDaysToCall", horizon_days AS "horizonDays"`;

export type NewMarginWarning = Omit<MarginWarningRow, 'id'>;

export async function insertMarginWarning(pool: Queryable, w: NewMarginWarning): Promise<MarginWarningRow> {
  const { rows } = await pool.query<MarginWarningRow>(
    `INSERT INTO margin_warning (account_id, kind, ts, utilization, probability, distance_to_call, expected_days, horizon_days)
     VALUES ($1, lower($2), $3, $4, $5, $6, $7, $8) RETURNING ${WARNING_COLUMNS}`,
    [w.accountId, w.kind, w.ts, w.utilization, w.probability, w.distanceToCall, w.expectedDaysToCall, w.horizonDays],
  );
  return rows[0]!;
}

export async function findMarginWarningsByIds(pool: Queryable, ids: readonly string[]): Promise<Map<string, MarginWarningRow>> {
  const valid = ids.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
  const { rows } = await pool.query<MarginWarningRow>(`SELECT ${WARNING_COLUMNS} FROM margin_warning WHERE id = ANY($1::bigint[])`, [valid]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** Newest first. */
export async function findMarginWarnings(pool: Queryable, accountId: string, first: number): Promise<MarginWarningRow[]> {
  const { rows } = await pool.query<MarginWarningRow>(
    `SELECT ${WARNING_COLUMNS} FROM margin_warning WHERE account_id = $1 ORDER BY ts DESC, id DESC LIMIT $2`,
    [accountId, first],
  );
  return rows;
}
