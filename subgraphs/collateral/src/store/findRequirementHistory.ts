import type pg from 'pg';
import type { Methodology } from '../domain/margin/types.ts';

export interface RequirementSnapshot {
  ts: Date;
  methodology: Methodology;
  equity: number;
  initial: number;
  maintenance: number;
  house: number;
  utilization: number;
}

/** The newest `first` requirement snapshots of each account, in one statement (the `requirementHistory` loader). */
export async function findRequirementHistories(pool: pg.Pool, accountIds: readonly string[], first: number): Promise<Map<string, RequirementSnapshot[]>> {
  const { rows } = await pool.query<Omit<RequirementSnapshot, 'methodology'> & { accountId: string; methodology: string }>(
    `SELECT "accountId", ts, methodology, equity, initial, maintenance, house, utilization FROM (
       SELECT account_id::text AS "accountId", ts, methodology, equity::float8 AS equity, initial::float8 AS initial,
              maintenance::float8 AS maintenance, house::float8 AS house, utilization,
              row_number() OVER (PARTITION BY account_id ORDER BY ts DESC, id DESC) AS rank
         FROM collateral.margin_requirement WHERE account_id = ANY($1::int[])
     ) ranked WHERE rank <= $2 ORDER BY "accountId", rank`,
    [accountIds.map(Number), first],
  );
  const byAccount = new Map<string, RequirementSnapshot[]>(accountIds.map((id) => [id, []]));
  for (const { accountId, methodology, ...row } of rows) {
    byAccount.get(accountId)?.push({ ...row, methodology: methodology === 'portfolio' ? 'PORTFOLIO' : 'REG_T' });
  }
  return byAccount;
}
