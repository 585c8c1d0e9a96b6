/**
 * `@nautilus/portfolio/reads` — what other engines may read of the portfolio engine's storage (the
 * `portfolio` schema) without a GraphQL round trip: which portfolios exist and whose they are, and
 * the positions, cash and trades of sets of portfolios. Read-only, typed, and the only module
 * outside this engine's services that knows those tables and views.
 *
 * The collateral engine is the reader: its margin monitor revalues accounts on every price tick
 * without a request, so it loads the books of its accounts (each a set of portfolios) here, summed
 * per account in SQL (exact `numeric` sums, converted once). Positions and cash are the derived
 * views `portfolio.position` and `portfolio.cash` (migration 0003), so a reader sees what the
 * portfolio engine itself serves.
 *
 * Every function takes a pool or a checked-out client (so a caller's transaction can read through
 * it) and costs one statement. Tested in `test/reads.test.ts`.
 */
import type pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient;

/** A portfolio and the entity that owns it. */
export interface PortfolioOwner {
  id: number;
  name: string;
  entityId: number;
}

/** Whether an entity exists. */
export async function entityExists(pool: Queryable, entityId: number): Promise<boolean> {
  const { rows } = await pool.query('SELECT 1 FROM portfolio.entity WHERE id = $1', [entityId]);
  return rows.length > 0;
}

/**
 * Portfolios by id with their owners (unknown ids are absent). With `lock`, the rows stay locked
 * (`FOR UPDATE`) until the caller's transaction ends, so two transactions deciding about the same
 * portfolios (say, which margin account holds them) run one after the other; pass a client inside
 * a transaction then.
 */
export async function findPortfolioOwners(pool: Queryable, portfolioIds: readonly number[], options: { lock?: boolean } = {}): Promise<Map<number, PortfolioOwner>> {
  if (portfolioIds.length === 0) return new Map();
  const { rows } = await pool.query<PortfolioOwner>(
    `SELECT id, name, entity_id AS "entityId" FROM portfolio.portfolio WHERE id = ANY($1::int[])${options.lock ? ' ORDER BY id FOR UPDATE' : ''}`,
    [portfolioIds],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Portfolios by name (names are unique per entity only: every match is returned, ordered by id). */
export async function findPortfoliosByName(pool: Queryable, names: readonly string[]): Promise<PortfolioOwner[]> {
  if (names.length === 0) return [];
  const { rows } = await pool.query<PortfolioOwner>('SELECT id, name, entity_id AS "entityId" FROM portfolio.portfolio WHERE name = ANY($1::text[]) ORDER BY id', [names]);
  return rows;
}

/** Sets of portfolios to read together, each under the caller's key (e.g. a margin account's id). */
export interface PortfolioGroup {
  key: string;
  portfolioIds: readonly number[];
}

function flatten(groups: readonly PortfolioGroup[]): [string[], number[]] {
  const keys: string[] = [];
  const ids: number[] = [];
  for (const group of groups) {
    for (const id of group.portfolioIds) {
      keys.push(group.key);
      ids.push(id);
    }
  }
  return [keys, ids];
}

/** The net position of a group in one instrument. */
export interface GroupPosition {
  key: string;
  instrumentId: number;
  /** Sum of the group's portfolios' quantities (signed: short < 0), never 0. */
  quantity: number;
}

/**
 * Positions summed per group and instrument (exactly, then converted to float8); flat positions
 * (sum 0) are left out. Ordered by key, then instrument id.
 */
export async function findGroupPositions(pool: Queryable, groups: readonly PortfolioGroup[]): Promise<GroupPosition[]> {
  const [keys, ids] = flatten(groups);
  if (ids.length === 0) return [];
  const { rows } = await pool.query<GroupPosition>(
    `SELECT g.key, p.instrument_id AS "instrumentId", sum(p.quantity)::float8 AS quantity
       FROM unnest($1::text[], $2::int[]) AS g(key, portfolio_id)
       JOIN portfolio.position p ON p.portfolio_id = g.portfolio_id
      GROUP BY g.key, p.instrument_id
     HAVING sum(p.quantity) <> 0
      ORDER BY g.key, p.instrument_id`,
    [keys, ids],
  );
  return rows;
}

/** Cash summed per group (exactly, then converted to float8); groups without portfolios are absent. */
export async function findGroupCash(pool: Queryable, groups: readonly PortfolioGroup[]): Promise<Map<string, number>> {
  const [keys, ids] = flatten(groups);
  if (ids.length === 0) return new Map();
  const { rows } = await pool.query<{ key: string; cash: number }>(
    `SELECT g.key, sum(c.balance)::float8 AS cash
       FROM unnest($1::text[], $2::int[]) AS g(key, portfolio_id)
       JOIN portfolio.cash c ON c.portfolio_id = g.portfolio_id
      GROUP BY g.key`,
    [keys, ids],
  );
  return new Map(rows.map((r) => [r.key, r.cash]));
}

/** A trade as other engines see it. */
export interface TradeRef {
  portfolioId: number;
  instrumentId: number;
  side: 'BUY' | 'SELL';
  /** Positive. */
  quantity: number;
  ts: Date;
}

/** Trades of the given portfolios at or after `since`, in execution order (ts, then id). */
export async function findTradesSince(pool: Queryable, portfolioIds: readonly number[], since: Date): Promise<TradeRef[]> {
  if (portfolioIds.length === 0) return [];
  const { rows } = await pool.query<TradeRef>(
    `SELECT portfolio_id AS "portfolioId", instrument_id AS "instrumentId", upper(side) AS side, quantity::float8 AS quantity, ts
       FROM portfolio.trade
      WHERE portfolio_id = ANY($1::int[]) AND ts >= $2
      ORDER BY ts, id`,
    [portfolioIds, since],
  );
  return rows;
}
