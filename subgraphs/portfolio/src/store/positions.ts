import type pg from 'pg';
import type { PositionRow } from '../service/types.ts';
import { POSITION_COLUMNS } from './columns.ts';

/**
 * The derived views `portfolio.position` (trades folded by the average-cost aggregate) and
 * `portfolio.cash` (the ledger's balance per portfolio). Hand-written SQL: Prisma models no view,
 * and the sums stay exact numeric until they are read.
 */

type Queryable = pg.Pool | pg.PoolClient;

/** Every position (open and closed) of some portfolios, by portfolio then symbol. */
export async function findPositionsOfPortfolios(pool: Queryable, portfolioIds: readonly number[]): Promise<PositionRow[]> {
  const { rows } = await pool.query<PositionRow>(`SELECT ${POSITION_COLUMNS} FROM portfolio.position WHERE portfolio_id = ANY($1::int[]) ORDER BY portfolio_id, symbol`, [
    [...portfolioIds],
  ]);
  return rows;
}

/** Positions by (portfolioId, instrumentId) pairs, in one statement (unnest). */
export async function findPositionsByKeys(pool: Queryable, keys: ReadonlyArray<{ portfolioId: number; instrumentId: number }>): Promise<PositionRow[]> {
  const { rows } = await pool.query<PositionRow>(
    `SELECT ${POSITION_COLUMNS} FROM portfolio.position
      WHERE (portfolio_id, instrument_id) IN (SELECT * FROM unnest($1::int[], $2::int[]))`,
    [keys.map((k) => k.portfolioId), keys.map((k) => k.instrumentId)],
  );
  return rows;
}

/** A portfolio's open positions (quantity ≠ 0); by symbol when `bySymbol`. */
export async function findOpenPositions(
  pool: Queryable,
  portfolioId: number,
  { bySymbol = false }: { bySymbol?: boolean } = {},
): Promise<Array<{ instrumentId: number; symbol: string; quantity: number }>> {
  const { rows } = await pool.query<{ instrumentId: number; symbol: string; quantity: number }>(
    `SELECT instrument_id AS "instrumentId", symbol, quantity::float8 AS quantity
       FROM portfolio.position WHERE portfolio_id = $1 AND quantity <> 0${bySymbol ? ' ORDER BY symbol' : ''}`,
    [portfolioId],
  );
  return rows;
}

/** The quantities of some portfolios summed per instrument (exactly, then read), open sums only. */
export async function findCombinedHoldings(pool: Queryable, portfolioIds: readonly number[]): Promise<Array<{ instrumentId: number; quantity: number }>> {
  const { rows } = await pool.query<{ instrumentId: number; quantity: number }>(
    `SELECT instrument_id AS "instrumentId", sum(quantity)::float8 AS quantity FROM portfolio.position
      WHERE portfolio_id = ANY($1::int[]) GROUP BY instrument_id HAVING sum(quantity) <> 0`,
    [[...portfolioIds]],
  );
  return rows;
}

/** Cash balances of some portfolios (a portfolio with no cash entry is absent). */
export async function findCashBalances(pool: Queryable, portfolioIds: readonly number[]): Promise<Array<{ portfolioId: number; balance: number }>> {
  const { rows } = await pool.query<{ portfolioId: number; balance: number }>(
    'SELECT portfolio_id AS "portfolioId", balance::float8 AS balance FROM portfolio.cash WHERE portfolio_id = ANY($1::int[])',
    [[...portfolioIds]],
  );
  return rows;
}

/** One portfolio's cash balance (0 without entries). */
export async function findCashBalance(pool: Queryable, portfolioId: number): Promise<number> {
  const { rows } = await pool.query<{ balance: number }>('SELECT balance::float8 AS balance FROM portfolio.cash WHERE portfolio_id = $1', [portfolioId]);
  return rows[0]?.balance ?? 0;
}

/** The cash of some portfolios summed exactly (0 without entries). */
export async function findTotalCash(pool: Queryable, portfolioIds: readonly number[]): Promise<number> {
  const { rows } = await pool.query<{ cash: number }>('SELECT coalesce(sum(balance), 0)::float8 AS cash FROM portfolio.cash WHERE portfolio_id = ANY($1::int[])', [
    [...portfolioIds],
  ]);
  return rows[0]?.cash ?? 0;
}

/**
 * Whether a portfolio's balance covers `amount` (an exact decimal string), compared in numeric;
 * the balance as text for the message (null without entries).
 */
export async function checkCashCovers(client: Queryable, portfolioId: number, amount: string): Promise<{ enough: boolean; balance: string | null }> {
  const { rows } = await client.query<{ balance: string; enough: boolean }>(
    'SELECT balance::text AS balance, balance >= $2::numeric AS enough FROM portfolio.cash WHERE portfolio_id = $1',
    [portfolioId, amount],
  );
  return { enough: rows[0]?.enough ?? false, balance: rows[0]?.balance ?? null };
}
