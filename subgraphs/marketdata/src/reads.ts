/**
 * `@nautilus/marketdata/reads` — what other engines may read of market data's storage (the
 * `marketdata` schema: `instrument`, `bar`, `tick`) without a GraphQL round trip. Read-only, typed,
 * and the only module outside this engine's services that knows those tables: if the storage
 * changes, these functions follow it and their callers do not.
 *
 * Why reads and not the graph: a VaR needs hundreds of aligned daily closes for every holding at
 * once and a mutation such as `proposeRebalance` needs prices inside its own decision; one indexed
 * range scan here against tens of thousands of objects (and a service-to-service dependency)
 * through GraphQL. Prices that clients see (`Position.marketValue`) still come from market data
 * through federation (`@requires lastPrice`) or the bus.
 *
 * Every function takes a pool or a checked-out client (so a caller's transaction can read through
 * it) and costs one statement whatever the number of ids. Tested in `test/reads.test.ts`.
 */
import type pg from 'pg';
import { alignReturns, type DailyClose, type ReturnHistory } from './domain/alignReturns.ts';

export { alignReturns, type DailyClose, type ReturnHistory };

type Queryable = pg.Pool | pg.PoolClient;

/** What other engines know of an instrument: its identity and contract terms. */
export interface InstrumentRef {
  id: number;
  symbol: string;
  /** equity | etf | index | fx | crypto | commodity | bond | future | option */
  assetClass: string;
  /** ISO 4217. */
  currency: string;
  /** Contract multiplier (> 0; 1 for cash instruments). */
  multiplier: number;
}

const INSTRUMENT_COLUMNS = `id, symbol, asset_class AS "assetClass", currency::text AS currency, multiplier::float8 AS multiplier`;

/** Instruments by id (ids market data does not know are absent). */
export async function findInstrumentsById(pool: Queryable, instrumentIds: readonly number[]): Promise<Map<number, InstrumentRef>> {
  if (instrumentIds.length === 0) return new Map();
  const { rows } = await pool.query<InstrumentRef>(`SELECT ${INSTRUMENT_COLUMNS} FROM marketdata.instrument WHERE id = ANY($1::int[])`, [instrumentIds]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** Instruments by symbol (exact, case-sensitive; unknown symbols are absent). */
export async function findInstrumentsBySymbol(pool: Queryable, symbols: readonly string[]): Promise<Map<string, InstrumentRef>> {
  if (symbols.length === 0) return new Map();
  const { rows } = await pool.query<InstrumentRef>(`SELECT ${INSTRUMENT_COLUMNS} FROM marketdata.instrument WHERE symbol = ANY($1::text[])`, [symbols]);
  return new Map(rows.map((r) => [r.symbol, r]));
}

/** Every instrument of one asset class (e.g. `fx` for currency pairs), ordered by id. */
export async function findInstrumentsByAssetClass(pool: Queryable, assetClass: string): Promise<InstrumentRef[]> {
  const { rows } = await pool.query<InstrumentRef>(`SELECT ${INSTRUMENT_COLUMNS} FROM marketdata.instrument WHERE asset_class = $1 ORDER BY id`, [assetClass]);
  return rows;
}

export interface FindDailyClosesOptions {
  instrumentIds: readonly number[];
  /** Inclusive upper bound on the close's time (as of). */
  to: Date;
  /** Inclusive lower bound; omit for the whole history. */
  from?: Date | null;
}

/**
 * Stored daily closes (`1d` bars) per instrument, ascending in time, each series on its own
 * dates (no alignment). Every requested id has an entry, empty when it has no close in range.
 */
export async function findDailyCloses(pool: Queryable, { instrumentIds, to, from = null }: FindDailyClosesOptions): Promise<Map<number, DailyClose[]>> {
  const series = new Map<number, DailyClose[]>(instrumentIds.map((id) => [id, []]));
  if (instrumentIds.length === 0) return series;
  const { rows } = await pool.query<{ id: number; ts: Date; close: number }>(
    `SELECT instrument_id AS id, ts, close::float8 AS close FROM marketdata.bar
      WHERE instrument_id = ANY($1::int[]) AND interval = '1d' AND ts <= $2 AND ($3::timestamptz IS NULL OR ts >= $3)
      ORDER BY ts`,
    [instrumentIds, to, from],
  );
  for (const row of rows) series.get(row.id)?.push({ ts: row.ts.getTime(), close: row.close });
  return series;
}

export interface FindBarsOptions {
  instrumentIds: readonly number[];
  /** A stored interval: `1d` or `1m`. */
  interval: '1d' | '1m';
  /** Inclusive bounds on the bar's time. */
  from: Date;
  to: Date;
  /** Most bars per instrument (the first ones in time); default 5,000,000. */
  limit?: number;
}

/** One stored OHLCV bar (float8), `ts` in epoch ms. */
export interface OhlcvBar {
  ts: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

/**
 * Stored OHLCV bars of one interval per instrument, ascending in time, each series on its own
 * dates (a backtest's input). Every requested id has an entry, empty when it has no bar in range.
 */
export async function findBars(pool: Queryable, { instrumentIds, interval, from, to, limit = 5_000_000 }: FindBarsOptions): Promise<Map<number, OhlcvBar[]>> {
  const series = new Map<number, OhlcvBar[]>(instrumentIds.map((id) => [id, []]));
  if (instrumentIds.length === 0) return series;
  const { rows } = await pool.query<{ id: number; ts: Date; open: number; high: number; low: number; close: number; volume: number }>(
    `SELECT b.instrument_id AS id, b.ts, b.open::float8 AS open, b.high::float8 AS high, b.low::float8 AS low, b.close::float8 AS close, b.volume::float8 AS volume
       FROM unnest($1::int[]) AS i(id)
       CROSS JOIN LATERAL (SELECT * FROM marketdata.bar WHERE instrument_id = i.id AND interval = $2 AND ts >= $3 AND ts <= $4 ORDER BY ts LIMIT $5) b
      ORDER BY b.instrument_id, b.ts`,
    [instrumentIds, interval, from, to, limit],
  );
  for (const row of rows) series.get(row.id)?.push({ ts: row.ts.getTime(), open: row.open, high: row.high, low: row.low, close: row.close, volume: row.volume });
  return series;
}

export interface FindReturnHistoryOptions {
  instrumentIds: readonly number[];
  /** Number of returns wanted (lookbackDays + 1 closes); fewer come back when the history is shorter. */
  lookbackDays: number;
  /** Inclusive upper bound on bar time (as of). */
  to: Date;
}

/** Daily simple returns aligned on the dates where every instrument has a close ({@link alignReturns}). */
export async function findReturnHistory(pool: Queryable, { instrumentIds, lookbackDays, to }: FindReturnHistoryOptions): Promise<ReturnHistory> {
  const series = await findDailyCloses(pool, { instrumentIds, to });
  return alignReturns(instrumentIds.map((id) => series.get(id)!), lookbackDays);
}

/** Daily closes of several instruments on common dates. */
export interface AlignedCloses {
  /** Dates of the closes (midnight UTC for daily bars), ascending. */
  dates: Date[];
  /** closes[i][t]: close of instrumentIds[i] on dates[t] (NaN where missing, with `align: 'union'`). */
  closes: number[][];
}

export interface FindAlignedClosesOptions {
  instrumentIds: readonly number[];
  /** Inclusive bounds; omit for the whole history. */
  from?: Date | null;
  to?: Date | null;
  /** Keep only the last N aligned dates. */
  last?: number;
  /** 'intersection' (default): dates where all have a close; 'union': every date, NaN where missing. */
  align?: 'intersection' | 'union';
}

/** The closes themselves (not returns) on common dates: the goal model's and performance analytics' view. */
export async function findAlignedCloses(pool: Queryable, options: FindAlignedClosesOptions): Promise<AlignedCloses> {
  const { instrumentIds, from = null, to = null, last, align = 'intersection' } = options;
  if (instrumentIds.length === 0) return { dates: [], closes: [] };
  const { rows } = await pool.query<{ id: number; ts: Date; close: number }>(
    `SELECT instrument_id AS id, ts, close FROM marketdata.bar
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

/** A latest price and when it was observed. */
export interface LatestPrice {
  price: number;
  ts: Date;
}

/**
 * The latest price per instrument: the last tick's `last`, else the last daily close (with that
 * bar's time). Instruments with neither are absent. One statement: two index probes per id.
 */
export async function findLatestPricesWithTime(pool: Queryable, instrumentIds: readonly number[]): Promise<Map<number, LatestPrice>> {
  if (instrumentIds.length === 0) return new Map();
  const { rows } = await pool.query<{ id: number; price: number | null; ts: Date | null }>(
    `SELECT i.id, coalesce(t.last, b.close) AS price, coalesce(t.ts, b.ts) AS ts
       FROM unnest($1::int[]) AS i(id)
       LEFT JOIN LATERAL (SELECT last, ts FROM marketdata.tick WHERE instrument_id = i.id ORDER BY ts DESC LIMIT 1) t ON true
       LEFT JOIN LATERAL (SELECT close, ts FROM marketdata.bar WHERE instrument_id = i.id AND interval = '1d' ORDER BY ts DESC LIMIT 1) b ON t.last IS NULL`,
    [instrumentIds],
  );
  return new Map(rows.filter((r) => r.price !== null).map((r) => [r.id, { price: r.price!, ts: r.ts! }]));
}

/** {@link findLatestPricesWithTime} without the times. */
export async function findLatestPrices(pool: Queryable, instrumentIds: readonly number[]): Promise<Map<number, number>> {
  const quotes = await findLatestPricesWithTime(pool, instrumentIds);
  return new Map([...quotes].map(([id, q]) => [id, q.price]));
}
