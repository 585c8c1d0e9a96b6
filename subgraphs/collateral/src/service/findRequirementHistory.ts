import type pg from 'pg';

/** Stored requirement snapshots of an account, newest first. */
export async function findRequirementHistory(pool: pg.Pool, accountId: string, first: number) {
  const { rows } = await pool.query<{ ts: Date; methodology: string; equity: number; initial: number; maintenance: number; house: number; utilization: number }>(
    `SELECT ts, methodology, equity::float8 AS equity, initial::float8 AS initial, maintenance::float8 AS maintenance, house::float8 AS house, utilization
       FROM margin_requirement WHERE account_id = $1 ORDER BY ts DESC, id DESC LIMIT $2`,
    [accountId, first],
  );
  return rows.map((r) => ({ ...r, methodology: r.methodology === 'portfolio' ? ('PORTFOLIO' as const) : ('REG_T' as const) }));
}
