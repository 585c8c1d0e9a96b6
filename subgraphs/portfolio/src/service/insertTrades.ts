import type pg from 'pg';
import { TRADE_COLUMNS, type TradeRow } from './types.ts';

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
