import type pg from 'pg';

/**
 * Daily simple returns from marketdata's `bar` table. Cross-engine read,
 * read-only, and the only reader of `bar` in the risk engine (the approach of
 * portfolio's findReturnHistory): a VaR needs hundreds of aligned daily closes
 * for every holding at once, and a backtest a few hundred more, which is one
 * indexed range scan here and tens of thousands of objects through GraphQL.
 * Prices for valuation still come through federation (@requires lastPrice).
 */
export interface ReturnHistory {
  /** Dates of the returns (the later close of each pair), ascending. */
  dates: Date[];
  /** returns[i][t] = close[i][t+1] / close[i][t] − 1. */
  returns: number[][];
}

export interface FindReturnHistoryOptions {
  instrumentIds: readonly number[];
  /** Number of returns wanted (lookbackDays + 1 closes); fewer come back when the history is shorter. */
  lookbackDays: number;
  /** Inclusive upper bound on bar time (asOf). */
  to: Date;
}

/** Aligned on the dates where every instrument has a daily close. */
export async function findReturnHistory(pool: pg.Pool | pg.PoolClient, { instrumentIds, lookbackDays, to }: FindReturnHistoryOptions): Promise<ReturnHistory> {
  if (instrumentIds.length === 0) return { dates: [], returns: [] };
  const { rows } = await pool.query<{ id: number; ts: Date; close: number }>(
    `SELECT instrument_id AS id, ts, close::float8 AS close FROM bar
      WHERE instrument_id = ANY($1::int[]) AND interval = '1d' AND ts <= $2
      ORDER BY ts`,
    [instrumentIds, to],
  );
  const index = new Map(instrumentIds.map((id, i) => [id, i]));
  const byDate = new Map<number, number[]>();
  for (const row of rows) {
    const t = row.ts.getTime();
    let values = byDate.get(t);
    if (!values) byDate.set(t, (values = new Array<number>(instrumentIds.length).fill(Number.NaN)));
    values[index.get(row.id)!] = row.close;
  }
  const times = [...byDate.keys()]
    .sort((a, b) => a - b)
    .filter((t) => byDate.get(t)!.every((v) => !Number.isNaN(v)))
    .slice(-(lookbackDays + 1));
  return {
    dates: times.slice(1).map((t) => new Date(t)),
    returns: instrumentIds.map((_, i) => times.slice(1).map((t, k) => byDate.get(t)![i]! / byDate.get(times[k]!)![i]! - 1)),
  };
}
