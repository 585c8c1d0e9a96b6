/**
 * Row shapes of the portfolio domain, independent of GraphQL. Rows of tables derive from the
 * models of `prisma/schema.prisma` (the one model of the data; `SqlRow` reads `numeric` as
 * float64 and `bigint` ids as text, as the column lists below cast them); the views' rows
 * (`portfolio.position`) are written here. Money and quantities are exact `numeric` in SQL; rows
 * carry them as float64 for the API and analytics (the ledger itself is never rounded: see README).
 */
import type { CashEntry, Entity, Goal, Ownership, Portfolio, Refine, SqlRow, Trade } from '@nautilus/db';

export type EntityKind = 'person' | 'trust' | 'company' | 'foundation';

export type EntityRow = Refine<Pick<Entity, 'id' | 'kind' | 'name'>, { kind: EntityKind }>;

export type OwnershipRow = SqlRow<Pick<Ownership, 'ownerId' | 'ownedId' | 'percentage'>>;

export type PortfolioRow = Pick<Portfolio, 'id' | 'entityId' | 'name' | 'baseCurrency' | 'benchmarkSymbol' | 'strategy' | 'allowShort' | 'createdAt'>;

export interface PositionRow {
  portfolioId: number;
  instrumentId: number;
  symbol: string;
  quantity: number;
  costBasis: number;
  realizedPnl: number;
  averageCost: number | null;
  firstTradeAt: Date;
  lastTradeAt: Date;
  /**
   * `instrument.lastPrice` as sent by the gateway in an `_entities`
   * representation (Position.marketValue @requires it); undefined otherwise.
   */
  requiredLastPrice?: number | null;
}

export type TradeRow = Refine<
  SqlRow<Pick<Trade, 'id' | 'portfolioId' | 'instrumentId' | 'symbol' | 'side' | 'quantity' | 'price' | 'fees' | 'ts' | 'externalId'>>,
  { side: 'buy' | 'sell' }
>;

export type CashEntryRow = Refine<
  SqlRow<Pick<CashEntry, 'id' | 'portfolioId' | 'amount' | 'kind' | 'ts' | 'tradeId'>>,
  { kind: 'deposit' | 'withdrawal' | 'trade' | 'fee' }
>;

export type GoalRow = SqlRow<Pick<Goal, 'id' | 'entityId' | 'name' | 'targetAmount' | 'targetDate' | 'priority'>>;

export interface PortfolioShareRow {
  portfolioId: number;
  share: number;
}

export interface ConsolidatedPositionRow {
  instrumentId: number;
  symbol: string;
  quantity: number;
  costBasis: number;
}

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
