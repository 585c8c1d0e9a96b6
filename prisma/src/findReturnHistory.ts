import type pg from 'pg';

/**
 * Daily simple returns from marketdata's `bar` table, shared by the engines
 * that need aligned histories (risk, collateral). Cross-engine read,
 * read-only: a VaR needs hundreds of aligned daily closes for every holding at
 * once, and a backtest a few hundred more, which is one indexed range scan
 * here and tens of thousands of objects through GraphQL. Prices for valuation
 * still come through federation (@requires lastPrice) or the bus.
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

/** One stored daily close. */
export interface DailyClose {
  ts: number;
  close: number;
}

/**
 * Daily closes up to `to` for many instruments in one statement (the
 * per-request `dailyCloses` dataloader calls this once for every report of a
 * request, so N portfolios cost one read).
 */
export async function findDailyCloses(pool: pg.Pool | pg.PoolClient, { instrumentIds, to }: { instrumentIds: readonly number[]; to: Date }): Promise<Map<number, DailyClose[]>> {
  const series = new Map<number, DailyClose[]>(instrumentIds.map((id) => [id, []]));
  if (instrumentIds.length === 0) return series;
  const { rows } = await pool.query<{ id: number; ts: Date; close: number }>(
    `SELECT instrument_id AS id, ts, close::float8 AS close FROM bar
      WHERE instrument_id = ANY($1::int[]) AND interval = '1d' AND ts <= $2
      ORDER BY ts`,
    [instrumentIds, to],
  );
  for (const row of rows) series.get(row.id)?.push({ ts: row.ts.getTime(), close: row.close });
  return series;
}

/** Returns aligned on the dates where every instrument has a close, the last `lookbackDays` of them. Pure. */
export function alignReturns(closes: ReadonlyArray<readonly DailyClose[]>, lookbackDays: number): ReturnHistory {
  if (closes.length === 0) return { dates: [], returns: [] };
  const byDate = new Map<number, number[]>();
  closes.forEach((series, i) => {
    for (const { ts, close } of series) {
      let values = byDate.get(ts);
      if (!values) byDate.set(ts, (values = new Array<number>(closes.length).fill(Number.NaN)));
      values[i] = close;
    }
  });
  const times = [...byDate.keys()]
    .sort((a, b) => a - b)
    .filter((t) => byDate.get(t)!.every((v) => !Number.isNaN(v)))
    .slice(-(lookbackDays + 1));
  return {
    dates: times.slice(1).map((t) => new Date(t)),
    returns: closes.map((_, i) => times.slice(1).map((t, k) => byDate.get(t)![i]! / byDate.get(times[k]!)![i]! - 1)),
  };
}

/** Aligned on the dates where every instrument has a daily close. */
export async function findReturnHistory(pool: pg.Pool | pg.PoolClient, { instrumentIds, lookbackDays, to }: FindReturnHistoryOptions): Promise<ReturnHistory> {
  const series = await findDailyCloses(pool, { instrumentIds, to });
  return alignReturns(instrumentIds.map((id) => series.get(id)!), lookbackDays);
}
