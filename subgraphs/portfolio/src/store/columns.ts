/**
 * Column lists of the hand-written statements of the `portfolio` schema, cast to the row types of
 * `service/types.ts` (numeric as float8, bigint ids as text, snake_case to camelCase).
 */
export const ENTITY_COLUMNS = 'id, kind, name';

export const PORTFOLIO_COLUMNS = `id, entity_id AS "entityId", name, base_currency AS "baseCurrency",
  benchmark_symbol AS "benchmarkSymbol", strategy, allow_short AS "allowShort", created_at AS "createdAt"`;

export const POSITION_COLUMNS = `portfolio_id AS "portfolioId", instrument_id AS "instrumentId", symbol,
  quantity::float8 AS quantity, cost_basis::float8 AS "costBasis", realized_pnl::float8 AS "realizedPnl",
  CASE WHEN quantity <> 0 THEN (cost_basis / quantity)::float8 END AS "averageCost",
  first_trade_at AS "firstTradeAt", last_trade_at AS "lastTradeAt"`;

export const TRADE_COLUMNS = `id::text AS id, portfolio_id AS "portfolioId", instrument_id AS "instrumentId", symbol, side,
  quantity::float8 AS quantity, price::float8 AS price, fees::float8 AS fees, ts, external_id AS "externalId"`;

export const CASH_ENTRY_COLUMNS = `id::text AS id, portfolio_id AS "portfolioId", amount::float8 AS amount, kind, ts, trade_id::text AS "tradeId"`;

export const GOAL_COLUMNS = `id, entity_id AS "entityId", name, target_amount::float8 AS "targetAmount", target_date AS "targetDate", priority`;
