import type pg from 'pg';
import type { MarginWarningRow } from '../service/types.ts';

type Queryable = pg.Pool | pg.PoolClient;

const WARNING_COLUMNS = `id::text, account_id::text AS "accountId", upper(kind) AS kind, ts, utilization, probability,
  distance_to_call AS "distanceToCall", expected_days AS "expectedDaysToCall", horizon_days AS "horizonDays"`;

export type NewMarginWarning = Omit<MarginWarningRow, 'id'>;

export async function insertMarginWarning(pool: Queryable, w: NewMarginWarning): Promise<MarginWarningRow> {
  const { rows } = await pool.query<MarginWarningRow>(
    `INSERT INTO collateral.margin_warning (account_id, kind, ts, utilization, probability, distance_to_call, expected_days, horizon_days)
     VALUES ($1, lower($2), $3, $4, $5, $6, $7, $8) RETURNING ${WARNING_COLUMNS}`,
    [w.accountId, w.kind, w.ts, w.utilization, w.probability, w.distanceToCall, w.expectedDaysToCall, w.horizonDays],
  );
  return rows[0]!;
}

export async function findMarginWarningsByIds(pool: Queryable, ids: readonly string[]): Promise<Map<string, MarginWarningRow>> {
  const valid = ids.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
  const { rows } = await pool.query<MarginWarningRow>(`SELECT ${WARNING_COLUMNS} FROM collateral.margin_warning WHERE id = ANY($1::bigint[])`, [valid]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** The newest `first` warnings of each account, in one statement (the per-request `warningsByAccount` loader). */
export async function findWarningsOfAccounts(pool: Queryable, accountIds: readonly string[], first: number): Promise<Map<string, MarginWarningRow[]>> {
  const { rows } = await pool.query<MarginWarningRow & { rank: string }>(
    `SELECT * FROM (
       SELECT ${WARNING_COLUMNS}, row_number() OVER (PARTITION BY account_id ORDER BY ts DESC, id DESC) AS rank
         FROM collateral.margin_warning WHERE account_id = ANY($1::int[])
     ) ranked WHERE rank <= $2 ORDER BY "accountId", rank`,
    [accountIds.map(Number), first],
  );
  const byAccount = new Map<string, MarginWarningRow[]>(accountIds.map((id) => [id, []]));
  for (const { rank: _rank, ...row } of rows) byAccount.get(row.accountId)?.push(row);
  return byAccount;
}
