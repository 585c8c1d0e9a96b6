import type pg from 'pg';
import type { Methodology } from '../margin/types.ts';
import type { AccountBook, AccountRow, BookPosition, HoldingRow } from './types.ts';

type Queryable = pg.Pool | pg.PoolClient;

/**
 * Loads the books of the given accounts (all when `accountIds` is omitted) in
 * four statements however many accounts there are.
 *
 * Cross-engine reads, read-only: positions and cash come from the portfolio
 * engine's `portfolio_position` / `portfolio_cash` views and instrument terms
 * from marketdata's `instrument`. The margin monitor must revalue accounts on
 * every tick without a request, so it keeps these books in memory and reloads
 * them on a timer and after collateral mutations (README.md, "Data").
 */
export async function loadAccountBooks(pool: Queryable, accountIds?: readonly string[]): Promise<AccountBook[]> {
  const ids = accountIds?.map(Number) ?? null;
  const [accounts, positions, cash, holdings] = await Promise.all([
    findAccounts(pool, ids),
    pool.query<{
      accountId: string; instrumentId: string; symbol: string; assetClass: string; multiplier: number; quantity: number;
      underlyingId: string | null; right: 'call' | 'put' | null; strike: number | null; expiry: Date | null;
    }>(
      `SELECT m.account_id::text AS "accountId", pp.instrument_id::text AS "instrumentId", i.symbol, i.asset_class AS "assetClass",
              i.multiplier::float8 AS multiplier, sum(pp.quantity)::float8 AS quantity,
              oc.underlying_id::text AS "underlyingId", oc.option_right AS "right", oc.strike::float8 AS strike, oc.expiry
         FROM margin_account_portfolio m
         JOIN portfolio_position pp ON pp.portfolio_id = m.portfolio_id
         JOIN instrument i ON i.id = pp.instrument_id
         LEFT JOIN option_contract oc ON oc.instrument_id = i.id
        WHERE $1::int[] IS NULL OR m.account_id = ANY($1::int[])
        GROUP BY m.account_id, pp.instrument_id, i.symbol, i.asset_class, i.multiplier, oc.underlying_id, oc.option_right, oc.strike, oc.expiry
       HAVING sum(pp.quantity) <> 0
        ORDER BY m.account_id, pp.instrument_id`,
      [ids],
    ),
    pool.query<{ accountId: string; cash: number }>(
      `SELECT m.account_id::text AS "accountId", sum(c.balance)::float8 AS cash
         FROM margin_account_portfolio m JOIN portfolio_cash c ON c.portfolio_id = m.portfolio_id
        WHERE $1::int[] IS NULL OR m.account_id = ANY($1::int[])
        GROUP BY m.account_id`,
      [ids],
    ),
    pool.query<HoldingRow & { accountId: string }>(
      `SELECT h.account_id::text AS "accountId", h.instrument_id::text AS "instrumentId", i.symbol, i.asset_class AS "assetClass",
              h.currency::text AS currency, h.quantity::float8 AS quantity, h.rating, h.maturity
         FROM collateral_holding h LEFT JOIN instrument i ON i.id = h.instrument_id
        WHERE $1::int[] IS NULL OR h.account_id = ANY($1::int[])
        ORDER BY h.account_id, h.instrument_id NULLS FIRST, h.currency`,
      [ids],
    ),
  ]);
  const books = new Map<string, AccountBook>(
    accounts.map((account) => [account.id, { account, positions: [], cash: 0, holdings: [], instrumentIds: [] }]),
  );
  for (const row of positions.rows) {
    const book = books.get(row.accountId);
    if (!book) continue;
    const position: BookPosition = {
      instrumentId: row.instrumentId,
      symbol: row.symbol,
      assetClass: row.assetClass,
      quantity: row.quantity,
      multiplier: row.multiplier,
      price: Number.NaN,
    };
    if (row.underlyingId && row.right && row.strike !== null && row.expiry) {
      position.option = {
        underlyingId: row.underlyingId,
        right: row.right === 'call' ? 'CALL' : 'PUT',
        strike: row.strike,
        yearsToExpiry: Number.NaN,
        volatility: Number.NaN,
      };
      position.optionExpiry = row.expiry;
    }
    book.positions.push(position);
  }
  for (const row of cash.rows) {
    const book = books.get(row.accountId);
    if (book) book.cash = row.cash;
  }
  for (const { accountId, ...holding } of holdings.rows) books.get(accountId)?.holdings.push(holding);
  for (const book of books.values()) {
    const moving = new Set<string>();
    for (const p of book.positions) {
      moving.add(p.instrumentId);
      if (p.option) moving.add(p.option.underlyingId);
    }
    for (const h of book.holdings) if (h.instrumentId) moving.add(h.instrumentId);
    book.instrumentIds = [...moving];
  }
  return [...books.values()];
}

/** `margin_account` rows with their linked portfolio ids. */
export async function findAccounts(pool: Queryable, ids: readonly number[] | null, ownerIds?: readonly number[]): Promise<AccountRow[]> {
  const { rows } = await pool.query<Omit<AccountRow, 'methodology'> & { methodology: string }>(
    `SELECT a.id::text, a.owner_entity_id::text AS "ownerEntityId", a.name, a.broker, a.methodology, a.currency::text AS currency,
            a.house_multiplier::float8 AS "houseMultiplier", a.cross_margin AS "crossMargin",
            a.minimum_transfer_amount::float8 AS "minimumTransferAmount", a.call_due_hours AS "callDueHours",
            coalesce(array_agg(p.portfolio_id::text ORDER BY p.portfolio_id) FILTER (WHERE p.portfolio_id IS NOT NULL), '{}') AS "portfolioIds"
       FROM margin_account a LEFT JOIN margin_account_portfolio p ON p.account_id = a.id
      WHERE ($1::int[] IS NULL OR a.id = ANY($1::int[])) AND ($2::int[] IS NULL OR a.owner_entity_id = ANY($2::int[]))
      GROUP BY a.id
      ORDER BY a.id`,
    [ids, ownerIds ?? null],
  );
  return rows.map((row) => ({ ...row, methodology: toMethodology(row.methodology) }));
}

export function toMethodology(stored: string): Methodology {
  return stored === 'portfolio' ? 'PORTFOLIO' : 'REG_T';
}

export function fromMethodology(methodology: Methodology): string {
  return methodology === 'PORTFOLIO' ? 'portfolio' : 'reg_t';
}
