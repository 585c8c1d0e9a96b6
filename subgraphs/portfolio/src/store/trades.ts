import type pg from 'pg';
import type { TradeRow } from '../service/types.ts';
import { TRADE_COLUMNS } from './columns.ts';

/**
 * The `portfolio.trade` table (and the cash entries a trade writes). Hand-written SQL: batched
 * inserts through unnest, exact numeric products, bigint ids read as text, keyset pages on (ts, id).
 */

type Queryable = pg.Pool | pg.PoolClient;

/** A trade that has passed validation (symbol resolved, decimals exact). */
export interface ValidTrade {
  instrumentId: number;
  symbol: string;
  side: 'buy' | 'sell';
  /** Exact decimal strings. */
  quantity: string;
  price: string;
  fees: string;
  ts: Date;
  /** The recording engine's idempotency key (unique per portfolio), if any. */
  externalId?: string | null;
}

/**
 * Writes validated trades and their cash entries (a `trade` entry of
 * −quantity·price for a buy / +quantity·price for a sell, and a `fee` entry of
 * −fees when fees > 0) on the caller's client, inside the caller's
 * transaction. No checks: recordTrades validates, the seed writes known-good data.
 * @returns the written rows in the order given.
 */
export async function insertTrades(client: pg.PoolClient, portfolioId: number, trades: readonly ValidTrade[]): Promise<TradeRow[]> {
  // Ids first, so rows map back to inputs without relying on RETURNING order.
  const { rows: ids } = await client.query<{ id: string }>(
    "SELECT nextval(pg_get_serial_sequence('portfolio.trade', 'id'))::text AS id FROM generate_series(1, $1)",
    [trades.length],
  );
  const tradeIds = trades.map((_, i) => ids[i]!.id);
  const { rows } = await client.query<TradeRow>(
    `INSERT INTO portfolio.trade (id, portfolio_id, instrument_id, symbol, side, quantity, price, fees, ts, external_id)
     SELECT id, $2, instrument_id, symbol, side, quantity, price, fees, ts, external_id
       FROM unnest($1::bigint[], $3::int[], $4::text[], $5::text[], $6::numeric[], $7::numeric[], $8::numeric[], $9::timestamptz[], $10::text[])
         AS t(id, instrument_id, symbol, side, quantity, price, fees, ts, external_id)
     RETURNING ${TRADE_COLUMNS}`,
    [
      tradeIds,
      portfolioId,
      trades.map((t) => t.instrumentId),
      trades.map((t) => t.symbol),
      trades.map((t) => t.side),
      trades.map((t) => t.quantity),
      trades.map((t) => t.price),
      trades.map((t) => t.fees),
      trades.map((t) => t.ts),
      trades.map((t) => t.externalId ?? null),
    ],
  );
  // Exact numeric products: qty·price has at most 20 decimals, the ledger keeps 20.
  await client.query(
    `INSERT INTO portfolio.cash_entry (portfolio_id, amount, kind, ts, trade_id)
     SELECT portfolio_id, CASE side WHEN 'buy' THEN -(quantity * price) ELSE quantity * price END, 'trade', ts, id
       FROM portfolio.trade WHERE id = ANY($1::bigint[])
     UNION ALL
     SELECT portfolio_id, -fees, 'fee', ts, id FROM portfolio.trade WHERE id = ANY($1::bigint[]) AND fees > 0`,
    [tradeIds],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return tradeIds.map((id) => byId.get(id)!);
}

/** A page of a portfolio's trades, newest first ((ts, id) descending), strictly after the keyset cursor when given. */
export async function findTradePage(
  pool: Queryable,
  { portfolioId, cursor, limit }: { portfolioId: number; cursor: { ts: string; id: string } | null; limit: number },
): Promise<TradeRow[]> {
  const { rows } = await pool.query<TradeRow>(
    `SELECT ${TRADE_COLUMNS} FROM portfolio.trade
      WHERE portfolio_id = $1 AND ($2::timestamptz IS NULL OR (ts, id) < ($2::timestamptz, $3::bigint))
      ORDER BY ts DESC, id DESC LIMIT $4`,
    [portfolioId, cursor?.ts ?? null, cursor?.id ?? null, limit],
  );
  return rows;
}

/** How many trades a portfolio has. */
export async function countTrades(pool: Queryable, portfolioId: number): Promise<number> {
  const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM portfolio.trade WHERE portfolio_id = $1', [portfolioId]);
  return rows[0]?.n ?? 0;
}

/** The trades a portfolio already holds under these external ids (idempotent retries). */
export async function findTradesByExternalIds(client: Queryable, portfolioId: number, externalIds: readonly string[]): Promise<TradeRow[]> {
  const { rows } = await client.query<TradeRow>(`SELECT ${TRADE_COLUMNS} FROM portfolio.trade WHERE portfolio_id = $1 AND external_id = ANY($2::text[])`, [
    portfolioId,
    [...externalIds],
  ]);
  return rows;
}

/** A stored trade as the short-selling check replays it: the quantity as an exact decimal string. */
export interface StoredTradeStep {
  instrumentId: number;
  side: 'buy' | 'sell';
  quantity: string;
  ts: Date;
}

/** The stored trades of some instruments of a portfolio in (ts, id) order. */
export async function findTradeSteps(client: Queryable, portfolioId: number, instrumentIds: readonly number[]): Promise<StoredTradeStep[]> {
  const { rows } = await client.query<StoredTradeStep>(
    `SELECT instrument_id AS "instrumentId", side, quantity::text AS quantity, ts FROM portfolio.trade
      WHERE portfolio_id = $1 AND instrument_id = ANY($2::int[]) ORDER BY ts, id`,
    [portfolioId, [...instrumentIds]],
  );
  return rows;
}

/** Every trade of a portfolio up to `to` as a signed quantity change, in (ts, id) order (the daily valuation). */
export async function findQuantityChanges(pool: Queryable, portfolioId: number, to: Date): Promise<Array<{ instrumentId: number; delta: number; ts: Date }>> {
  const { rows } = await pool.query<{ instrumentId: number; delta: number; ts: Date }>(
    `SELECT instrument_id AS "instrumentId", (CASE side WHEN 'buy' THEN quantity ELSE -quantity END)::float8 AS delta, ts
       FROM portfolio.trade WHERE portfolio_id = $1 AND ts <= $2 ORDER BY ts, id`,
    [portfolioId, to],
  );
  return rows;
}
