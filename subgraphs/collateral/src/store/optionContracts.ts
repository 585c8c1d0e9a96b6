import type pg from 'pg';

/** A row of `collateral.option_contract`: the terms of an option instrument. */
export interface OptionContractRow {
  instrumentId: number;
  underlyingId: number;
  right: 'call' | 'put';
  strike: number;
  /** The expiry `date` as node-postgres parses it (00:00 local time). */
  expiry: Date;
  /** The expiry date as written, `YYYY-MM-DD`. */
  expiryDate: string;
}

/** Option contract terms by instrument id (instruments without terms are absent). One statement. */
export async function findOptionContracts(pool: pg.Pool | pg.PoolClient, instrumentIds: readonly number[]): Promise<Map<number, OptionContractRow>> {
  if (instrumentIds.length === 0) return new Map();
  const { rows } = await pool.query<OptionContractRow>(
    `SELECT instrument_id AS "instrumentId", underlying_id AS "underlyingId", option_right AS "right", strike::float8 AS strike,
            expiry, to_char(expiry, 'YYYY-MM-DD') AS "expiryDate"
       FROM collateral.option_contract WHERE instrument_id = ANY($1::int[])`,
    [instrumentIds],
  );
  return new Map(rows.map((r) => [r.instrumentId, r]));
}
