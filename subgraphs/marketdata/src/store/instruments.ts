import type pg from 'pg';
import { prismaOf, type Instrument } from '@nautilus/db';
import type { InstrumentRow } from '../service/types.ts';

/**
 * The `marketdata.instrument` table. Reads by id and symbol go through the Prisma client
 * (prismaOf: the engine's pool); the ingest path's symbol lookup, the filtered page (ILIKE search, keyset on symbol), the seed's
 * batch insert (unnest) and the feed's start prices (LATERAL probes into `tick` and `bar`) are SQL.
 */

type Queryable = pg.Pool | pg.PoolClient;

/** SQL column list mapping `instrument` rows onto {@link InstrumentRow}. */
export const INSTRUMENT_COLUMNS = `id, symbol, name, asset_class AS "assetClass", currency, exchange,
  multiplier::float8 AS multiplier, tick_size::float8 AS "tickSize", active`;

const SELECT_ROW = { id: true, symbol: true, name: true, assetClass: true, currency: true, exchange: true, multiplier: true, tickSize: true, active: true } as const;

type SelectedInstrument = Pick<Instrument, keyof typeof SELECT_ROW>;

const toRow = (instrument: SelectedInstrument): InstrumentRow => ({
  ...instrument,
  multiplier: instrument.multiplier.toNumber(),
  tickSize: instrument.tickSize.toNumber(),
});

/** Instruments by id (unknown ids are absent), for the per-request loader. */
export async function findInstrumentsByIds(pool: pg.Pool, ids: readonly number[]): Promise<InstrumentRow[]> {
  return (await prismaOf(pool).instrument.findMany({ where: { id: { in: [...ids] } }, select: SELECT_ROW })).map(toRow);
}

/** Instruments by symbol (exact; unknown symbols are absent), for the per-request loader. */
export async function findInstrumentsBySymbols(pool: pg.Pool, symbols: readonly string[]): Promise<InstrumentRow[]> {
  return (await prismaOf(pool).instrument.findMany({ where: { symbol: { in: [...symbols] } }, select: SELECT_ROW })).map(toRow);
}

/** Ids of the known symbols among `symbols` (symbol → id): SQL, as it sits on the ingest path before every COPY. */
export async function findInstrumentIds(pool: Queryable, symbols: readonly string[]): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ id: number; symbol: string }>('SELECT id, symbol FROM marketdata.instrument WHERE symbol = ANY($1)', [symbols]);
  return new Map(rows.map((r) => [r.symbol, r.id]));
}

/** Normalised filters of `Query.instruments` (each one optional, all must hold). */
export interface InstrumentSearch {
  /** An ILIKE pattern matched against symbol or name. */
  pattern?: string;
  assetClass?: string;
  currency?: string;
  exchange?: string;
  active?: boolean;
}

function whereOf(search: InstrumentSearch, afterSymbol: string | null): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (search.pattern !== undefined) add('(symbol ILIKE ? OR name ILIKE ?)', search.pattern);
  if (search.assetClass !== undefined) add('asset_class = ?', search.assetClass);
  if (search.currency !== undefined) add('currency = ?', search.currency);
  if (search.exchange !== undefined) add('exchange = ?', search.exchange);
  if (search.active !== undefined) add('active = ?', search.active);
  if (afterSymbol !== null) add('symbol > ?', afterSymbol);
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Up to `limit` instruments matching `search`, ordered by symbol, after `afterSymbol` (keyset). */
export async function findInstrumentPage(pool: Queryable, search: InstrumentSearch, afterSymbol: string | null, limit: number): Promise<InstrumentRow[]> {
  const { sql, params } = whereOf(search, afterSymbol);
  params.push(limit);
  const { rows } = await pool.query<InstrumentRow>(`SELECT ${INSTRUMENT_COLUMNS} FROM marketdata.instrument ${sql} ORDER BY symbol LIMIT $${params.length}`, params);
  return rows;
}

/** How many instruments match `search` (all of them when it is empty). */
export async function countInstruments(pool: Queryable, search: InstrumentSearch = {}): Promise<number> {
  const { sql, params } = whereOf(search, null);
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM marketdata.instrument ${sql}`, params);
  return rows[0]?.n ?? 0;
}

/** The contract terms the seed writes for each instrument. */
export interface NewInstrument {
  symbol: string;
  name: string;
  assetClass: string;
  currency: string;
  exchange: string;
  multiplier: number;
  tickSize: number;
}

/** Inserts instruments in one statement; returns their ids by symbol. */
export async function insertInstruments(client: Queryable, instruments: readonly NewInstrument[]): Promise<{ id: number; symbol: string }[]> {
  const { rows } = await client.query<{ id: number; symbol: string }>(
    `INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange, multiplier, tick_size)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::numeric[], $7::numeric[])
     RETURNING id, symbol`,
    [
      instruments.map((i) => i.symbol),
      instruments.map((i) => i.name),
      instruments.map((i) => i.assetClass),
      instruments.map((i) => i.currency),
      instruments.map((i) => i.exchange),
      instruments.map((i) => i.multiplier),
      instruments.map((i) => i.tickSize),
    ],
  );
  return rows;
}

/**
 * Active instruments among `symbols` with the price to continue from: the last tick, else the
 * last 1m close, else the last daily close (null when none).
 */
export async function findActiveInstrumentPrices(pool: Queryable, symbols: readonly string[]): Promise<{ id: number; symbol: string; price: number | null }[]> {
  const { rows } = await pool.query<{ id: number; symbol: string; price: number | null }>(
    `SELECT i.id, i.symbol, coalesce(
        (SELECT last FROM marketdata.tick WHERE instrument_id = i.id ORDER BY ts DESC LIMIT 1),
        (SELECT close FROM marketdata.bar WHERE instrument_id = i.id AND interval = '1m' ORDER BY ts DESC LIMIT 1),
        (SELECT close FROM marketdata.bar WHERE instrument_id = i.id AND interval = '1d' ORDER BY ts DESC LIMIT 1)) AS price
       FROM marketdata.instrument i WHERE i.active AND i.symbol = ANY($1::text[])`,
    [symbols],
  );
  return rows;
}
