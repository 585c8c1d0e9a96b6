/**
 * Row shapes of the portfolio domain, independent of GraphQL. Rows of tables derive from the
 * models of `prisma/schema.prisma` (the one model of the data; `SqlRow` reads `numeric` as
 * float64 and `bigint` ids as text, as the column lists of `store/columns.ts` cast them); the views' rows
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
