import type pg from 'pg';

/**
 * Daily closes from marketdata's `bar` table. Cross-engine read, read-only:
 * the goal model and performance analytics need years of closes at once,
 * which is one indexed range scan here and thousands of objects through
 * GraphQL. The optimiser's simple returns come from `findReturnHistory` in
 * `@nautilus/db` (the same intersection alignment, shared with risk); these
 * closes add what that does not offer: a `from` bound, a union alignment and
 * the closes themselves rather than returns.
 */
export interface DailyCloses {
  /** Midnight-UTC dates on which every requested instrument has a close, ascending. */
  dates: Date[];
  /** closes[i][t]: close of instrumentIds[i] on dates[t]. */
  closes: number[][];
}

export interface FindDailyClosesOptions {
  instrumentIds: readonly number[];
  /** Inclusive bounds; omit for the whole history. */
  from?: Date | null;
  to?: Date | null;
  /** Keep only the last N aligned dates. */
  last?: number;
  /** 'intersection' (default): dates where all have a close; 'union': every date, NaN where missing. */
  align?: 'intersection' | 'union';
}

export async function findDailyCloses(pool: pg.Pool | pg.PoolClient, options: FindDailyClosesOptions): Promise<DailyCloses> {
  const { instrumentIds, from = null, to = null, last, align = 'intersection' } = options;
  if (instrumentIds.length === 0) return { dates: [], closes: [] };
  const { rows } = await pool.query<{ id: number; ts: Date; close: number }>(
    `SELECT instrument_id AS id, ts, close FROM bar
      WHERE instrument_id = ANY($1::int[]) AND interval = '1d'
        AND ($2::timestamptz IS NULL OR ts >= $2) AND ($3::timestamptz IS NULL OR ts <= $3)
      ORDER BY ts`,
    [instrumentIds, from, to],
  );
  const index = new Map(instrumentIds.map((id, i) => [id, i]));
  const byDate = new Map<number, number[]>();
  for (const row of rows) {
    const t = row.ts.getTime();
    let values = byDate.get(t);
    if (!values) byDate.set(t, (values = new Array(instrumentIds.length).fill(Number.NaN)));
    values[index.get(row.id)!] = row.close;
  }
  let times = [...byDate.keys()].sort((a, b) => a - b);
  if (align === 'intersection') times = times.filter((t) => byDate.get(t)!.every((v) => !Number.isNaN(v)));
  if (last !== undefined) times = times.slice(-last);
  return {
    dates: times.map((t) => new Date(t)),
    closes: instrumentIds.map((_, i) => times.map((t) => byDate.get(t)![i]!)),
  };
}
