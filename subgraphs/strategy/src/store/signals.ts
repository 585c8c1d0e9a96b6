import type { Queryable } from './queryable.ts';
import type { SignalRow } from '../service/types.ts';

const COLUMNS = `s.id::text AS id, s.strategy_id::text AS "strategyId", s.instrument_id::text AS "instrumentId", s.symbol, s.ts, upper(s.direction) AS direction,
  s.strength, s.horizon_bars AS "horizonBars", s.horizon_interval AS "horizonInterval", s.explanation, s.model_version AS "modelVersion"`;

export interface NewSignal {
  strategyId: number;
  instrumentId: number;
  symbol: string;
  ts: Date;
  direction: 'long' | 'short' | 'flat';
  strength: number;
  horizonBars: number;
  horizonInterval: string;
  explanation: Record<string, unknown>;
  modelVersion: string | null;
}

/** Writes signals in one statement; returns them in input order. */
export async function insertSignals(db: Queryable, signals: readonly NewSignal[]): Promise<SignalRow[]> {
  if (signals.length === 0) return [];
  const { rows } = await db.query<SignalRow & { ord: number }>(
    `WITH input AS (
       SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::timestamptz[], $5::text[], $6::float8[], $7::int[], $8::text[], $9::jsonb[], $10::text[])
         WITH ORDINALITY AS t(strategy_id, instrument_id, symbol, ts, direction, strength, horizon_bars, horizon_interval, explanation, model_version, ord)
     ), written AS (
       INSERT INTO strategy.signal (strategy_id, instrument_id, symbol, ts, direction, strength, horizon_bars, horizon_interval, explanation, model_version)
       SELECT strategy_id, instrument_id, symbol, ts, direction, strength, horizon_bars, horizon_interval, explanation, model_version FROM input ORDER BY ord
       RETURNING *
     )
     SELECT ${COLUMNS} FROM written s ORDER BY s.id`,
    [
      signals.map((s) => s.strategyId),
      signals.map((s) => s.instrumentId),
      signals.map((s) => s.symbol),
      signals.map((s) => s.ts),
      signals.map((s) => s.direction),
      signals.map((s) => s.strength),
      signals.map((s) => s.horizonBars),
      signals.map((s) => s.horizonInterval),
      signals.map((s) => JSON.stringify(s.explanation)),
      signals.map((s) => s.modelVersion),
    ],
  );
  return rows;
}

export async function findSignalsByIds(db: Queryable, ids: readonly string[]): Promise<Map<string, SignalRow>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<SignalRow>(`SELECT ${COLUMNS} FROM strategy.signal s WHERE s.id = ANY($1::bigint[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r]));
}

export interface SignalFilter {
  strategyIds: number[] | null;
  symbols: string[] | null;
  from: Date | null;
  to: Date | null;
}

const FILTER = `($1::int[] IS NULL OR s.strategy_id = ANY($1)) AND ($2::text[] IS NULL OR s.symbol = ANY($2))
  AND ($3::timestamptz IS NULL OR s.ts >= $3) AND ($4::timestamptz IS NULL OR s.ts <= $4)`;

/** One page, newest first (ts, id descending), after the keyset `after` when given; `limit` rows. */
export async function findSignalsPage(db: Queryable, filter: SignalFilter, after: { ts: Date; id: string } | null, limit: number): Promise<SignalRow[]> {
  const { rows } = await db.query<SignalRow>(
    `SELECT ${COLUMNS} FROM strategy.signal s
      WHERE ${FILTER} AND ($5::timestamptz IS NULL OR (s.ts, s.id) < ($5, $6::bigint))
      ORDER BY s.ts DESC, s.id DESC LIMIT $7`,
    [filter.strategyIds, filter.symbols, filter.from, filter.to, after?.ts ?? null, after?.id ?? null, limit],
  );
  return rows;
}

export async function countSignals(db: Queryable, filter: SignalFilter): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM strategy.signal s WHERE ${FILTER}`, [filter.strategyIds, filter.symbols, filter.from, filter.to]);
  return rows[0]!.n;
}

/** The newest `first` signals per key, for many keys in one statement; `by` names the grouping. */
export async function findLatestSignals(db: Queryable, by: 'strategy' | 'instrument' | 'portfolio', keys: readonly number[], first: number): Promise<Map<string, SignalRow[]>> {
  const found = new Map<string, SignalRow[]>(keys.map((k) => [String(k), []]));
  if (keys.length === 0) return found;
  const where = {
    strategy: 's.strategy_id = k.key',
    instrument: 's.instrument_id = k.key',
    portfolio: 's.strategy_id IN (SELECT id FROM strategy.strategy WHERE portfolio_id = k.key)',
  }[by];
  const { rows } = await db.query<SignalRow & { key: string }>(
    `SELECT k.key::text AS key, x.* FROM unnest($1::int[]) AS k(key)
       CROSS JOIN LATERAL (SELECT ${COLUMNS} FROM strategy.signal s WHERE ${where} ORDER BY s.ts DESC, s.id DESC LIMIT $2) x`,
    [keys, first],
  );
  for (const { key, ...row } of rows) found.get(key)?.push(row);
  return found;
}

/** The latest signal of each symbol of a strategy (what the runner compares a new decision with). */
export async function findLastSignalPerSymbol(db: Queryable, strategyId: number): Promise<Map<string, SignalRow>> {
  const { rows } = await db.query<SignalRow>(
    `SELECT DISTINCT ON (s.symbol) ${COLUMNS} FROM strategy.signal s WHERE s.strategy_id = $1 ORDER BY s.symbol, s.ts DESC, s.id DESC`,
    [strategyId],
  );
  return new Map(rows.map((r) => [r.symbol, r]));
}
