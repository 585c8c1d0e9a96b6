import type { Prisma } from '../generated/client.ts';

/**
 * `schema.prisma` is the one model of the data: the generated model types (one per table, with
 * the columns' types) are what the engines' row types derive from, so a column changed in the
 * schema changes every row type that carries it, and no engine keeps a copy.
 */
export type {
  Backtest,
  Bar,
  CashEntry,
  CollateralMovement,
  Entity,
  Goal,
  GoalPortfolio,
  Instrument,
  MarginAccount,
  MarginAccountPortfolio,
  MarginCall,
  MarginCallEvent,
  MarginRequirement,
  MarginWarning,
  OptionContract,
  OrderEvent,
  Ownership,
  PaperFill,
  PaperOrder,
  Portfolio,
  RiskLimit,
  RiskLimitBreach,
  RiskReport,
  Signal,
  Strategy,
  Tick,
  Trade,
} from '../generated/client.ts';

/** How hand-written SQL reads a column: `numeric` cast to float8 (number), `bigint` cast to text (string). */
type SqlValue<V> = V extends Prisma.Decimal ? number : V extends bigint ? string : V;

/**
 * The row a hand-written statement returns for (some columns of) a model:
 * `SqlRow<Pick<Trade, 'id' | 'quantity'>>` is `{ id: string; quantity: number }` — `numeric`
 * columns read as `::float8`, `bigint` ones as `::text`. `Text` names further columns the
 * statement casts to text (integer ids that travel as GraphQL IDs); nullability is kept.
 */
export type SqlRow<M, Text extends keyof M = never> = {
  [K in keyof M]: K extends Text ? (null extends M[K] ? string | null : string) : SqlValue<M[K]>;
};

/**
 * A row with some columns' types replaced by what the statement or the schema's CHECK makes of
 * them (a text column limited to a list, an upper-cased enum): `Refine<Row, { side: 'buy' | 'sell' }>`.
 * Only columns the row has may be refined.
 */
export type Refine<Row, Narrow extends { [K in keyof Narrow]: K extends keyof Row ? unknown : never }> = Flat<Omit<Row, keyof Narrow> & Narrow>;

/** One object type instead of an intersection (what editors and error messages show). */
export type Flat<T> = { [K in keyof T]: T[K] };
