import type pg from 'pg';
import { findInstrumentsById } from '@nautilus/marketdata/reads';
import { findGroupCash, findGroupPositions } from '@nautilus/portfolio/reads';
import { findOptionContracts } from './optionContracts.ts';
import type { Methodology } from '../domain/margin/types.ts';
import type { AccountBook, AccountRow, BookPosition, HoldingRow } from '../service/types.ts';

type Queryable = pg.Pool | pg.PoolClient;

/**
 * Loads the books of the given accounts (all when `accountIds` is omitted) in
 * five statements however many accounts there are.
 *
 * Cross-engine reads, read-only, through the owners' published reads:
 * positions and cash summed per account from `@nautilus/portfolio/reads`,
 * instrument terms from `@nautilus/marketdata/reads`. The margin monitor must
 * revalue accounts on every tick without a request, so it keeps these books in
 * memory and reloads them on a timer and after collateral mutations
 * (README.md, "Data").
 */
export async function loadAccountBooks(pool: Queryable, accountIds?: readonly string[]): Promise<AccountBook[]> {
  const ids = accountIds?.map(Number) ?? null;
  const [accounts, holdings] = await Promise.all([
    findAccounts(pool, ids),
    pool.query<Omit<HoldingRow, 'symbol' | 'assetClass'> & { accountId: string }>(
      `SELECT h.account_id::text AS "accountId", h.instrument_id::text AS "instrumentId",
              h.currency::text AS currency, h.quantity::float8 AS quantity, h.rating, h.maturity
         FROM collateral.collateral_holding h
        WHERE $1::int[] IS NULL OR h.account_id = ANY($1::int[])
        ORDER BY h.account_id, h.instrument_id NULLS FIRST, h.currency`,
      [ids],
    ),
  ]);
  const groups = accounts.map((a) => ({ key: a.id, portfolioIds: a.portfolioIds.map(Number) }));
  const [positions, cash] = await Promise.all([findGroupPositions(pool, groups), findGroupCash(pool, groups)]);
  const held = [...new Set([...positions.map((p) => p.instrumentId), ...holdings.rows.flatMap((h) => (h.instrumentId === null ? [] : [Number(h.instrumentId)]))])];
  const [instruments, options] = await Promise.all([findInstrumentsById(pool, held), findOptionContracts(pool, positions.map((p) => p.instrumentId))]);
  const books = new Map<string, AccountBook>(
    accounts.map((account) => [account.id, { account, positions: [], cash: 0, holdings: [], instrumentIds: [] }]),
  );
  for (const row of positions) {
    const book = books.get(row.key);
    const instrument = instruments.get(row.instrumentId);
    if (!book || !instrument) continue;
    const position: BookPosition = {
      instrumentId: String(row.instrumentId),
      symbol: instrument.symbol,
      assetClass: instrument.assetClass,
      quantity: row.quantity,
      multiplier: instrument.multiplier,
      price: Number.NaN,
    };
    const option = options.get(row.instrumentId);
    if (option) {
      position.option = {
        underlyingId: String(option.underlyingId),
        right: option.right === 'call' ? 'CALL' : 'PUT',
        strike: option.strike,
        yearsToExpiry: Number.NaN,
        volatility: Number.NaN,
      };
      position.optionExpiry = option.expiry;
    }
    book.positions.push(position);
  }
  for (const [accountId, balance] of cash) {
    const book = books.get(accountId);
    if (book) book.cash = balance;
  }
  for (const { accountId, ...holding } of holdings.rows) {
    const instrument = holding.instrumentId === null ? undefined : instruments.get(Number(holding.instrumentId));
    books.get(accountId)?.holdings.push({ ...holding, symbol: instrument?.symbol ?? null, assetClass: instrument?.assetClass ?? null });
  }
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
       FROM collateral.margin_account a LEFT JOIN collateral.margin_account_portfolio p ON p.account_id = a.id
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
