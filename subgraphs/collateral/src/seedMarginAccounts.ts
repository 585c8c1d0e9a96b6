import type pg from 'pg';
import { withTransaction } from '@nautilus/db';
import { findInstrumentsBySymbol, findLatestPrices } from '@nautilus/marketdata/reads';
import { findPortfoliosByName } from '@nautilus/portfolio/reads';
import type { Clock } from '@nautilus/runtime';
import { evaluateAccount } from './service/evaluateAccount.ts';
import { loadAccountBooks } from './store/loadAccountBooks.ts';

export interface SeedMarginAccountsResult {
  seeded: boolean;
  accounts: number;
  reason?: string;
  /** One line for the launcher's log. */
  summary: string;
}

/** Arbitrary constant: concurrent starters seed once. */
const SEED_LOCK_KEY = 727_465_105;

/**
 * Alex's account is seeded right at its house requirement, so the demo shows margin warnings and
 * calls within minutes of `npm start`: its house multiplier is set so that, at the prices the
 * margin monitor starts from (the last tick, else the last daily close), equity equals the house
 * requirement (utilisation 100%), and it has no minimum transfer amount. The first ticks that
 * move the book the wrong way raise a HOUSE call; utilisation warnings (≥ 90%) come at once. A
 * deposit of about 2% of equity (the monitor's clear buffer) meets the call.
 */
const AT_THE_CALL = 'at the call';

/**
 * The demo accounts, over the demo family office's portfolios (by name, as
 * seeded by portfolio's seedPortfolios): a Reg T prime account for the
 * holding company with a house multiplier and Treasury collateral, a
 * portfolio-margin account for the trust, and Alex's Reg T account funded
 * with cash collateral. Cross-margining pools the opted-in accounts of one
 * owner, so with one account per owner the demo shows no offsets until a
 * second account is opened for the same entity.
 */
const ACCOUNTS = [
  { portfolio: 'Holdings Core Equity', name: 'Prime Brokerage', broker: 'Atlas Prime', methodology: 'reg_t', house: 1.2, cross: true, mta: 10_000, collateral: [{ symbol: 'TLT', quantity: 2_000, rating: 'AA+' }, { symbol: null, quantity: 250_000 }] },
  { portfolio: 'Trust Income', name: 'Portfolio Margin', broker: 'Harbor Securities', methodology: 'portfolio', house: 1, cross: true, mta: 5_000, collateral: [{ symbol: null, quantity: 100_000 }] },
  { portfolio: 'Alex Personal', name: 'Margin', broker: 'Harbor Securities', methodology: 'reg_t', house: AT_THE_CALL, cross: false, mta: 0, collateral: [{ symbol: null, quantity: 25_000 }] },
] as const;

/**
 * First start only, in one transaction: the demo margin accounts. Needs the
 * demo portfolios (seed them first); a database that already has margin
 * accounts is left alone.
 */
export async function seedMarginAccounts({ pool, clock }: { pool: pg.Pool; clock: Clock }): Promise<SeedMarginAccountsResult> {
  return withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const existing = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM collateral.margin_account')).rows[0]!.n;
    if (existing > 0) return { seeded: false, accounts: existing, reason: 'margin accounts already exist', summary: `reusing existing data (${existing} margin accounts)` };
    const portfolios = await findPortfoliosByName(client, ACCOUNTS.map((a) => a.portfolio));
    if (portfolios.length < ACCOUNTS.length) {
      const reason = 'the demo portfolios are missing; seed portfolios first';
      return { seeded: false, accounts: 0, reason, summary: `nothing seeded: ${reason}` };
    }
    const byName = new Map(portfolios.map((p) => [p.name, p]));
    const symbols = ACCOUNTS.flatMap((a) => a.collateral.flatMap((c) => (c.symbol ? [c.symbol] : [])));
    const instruments = await findInstrumentsBySymbol(client, symbols);
    const now = new Date(clock.now());
    const atTheCall: string[] = [];
    for (const spec of ACCOUNTS) {
      const portfolio = byName.get(spec.portfolio)!;
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO collateral.margin_account (owner_entity_id, name, broker, methodology, house_multiplier, cross_margin, minimum_transfer_amount)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [portfolio.entityId, spec.name, spec.broker, spec.methodology, spec.house === AT_THE_CALL ? 1 : spec.house, spec.cross, spec.mta],
      );
      const accountId = rows[0]!.id;
      if (spec.house === AT_THE_CALL) atTheCall.push(String(accountId));
      await client.query('INSERT INTO collateral.margin_account_portfolio (account_id, portfolio_id) VALUES ($1, $2)', [accountId, portfolio.id]);
      for (const c of spec.collateral) {
        await client.query(
          `INSERT INTO collateral.collateral_movement (account_id, instrument_id, currency, quantity, rating, ts, note)
           VALUES ($1, $2, 'USD', $3, $4, $5, 'demo collateral')`,
          [accountId, c.symbol ? (instruments.get(c.symbol)?.id ?? null) : null, c.quantity, 'rating' in c ? c.rating : null, now],
        );
      }
    }
    for (const accountId of atTheCall) await placeAtTheCall(client, accountId, clock.now());
    return { seeded: true, accounts: ACCOUNTS.length, summary: `seeded ${ACCOUNTS.length} margin accounts with collateral (one at its house requirement)` };
  });
}

/** Highest house multiplier the schema allows. */
const MAX_HOUSE_MULTIPLIER = 5;

/**
 * Sets the account's house multiplier so that its equity equals its house requirement at the
 * latest prices (rounded to the column's 4 decimals, within [1, 5]); returns the multiplier.
 */
export async function placeAtTheCall(client: pg.PoolClient | pg.Pool, accountId: string, now: number): Promise<number> {
  const [book] = await loadAccountBooks(client, [accountId]);
  if (book === undefined) throw new Error(`margin account ${accountId} not found`);
  const latest = await findLatestPrices(client, book.instrumentIds.map(Number));
  const prices = new Map([...latest].map(([id, price]) => [String(id), price]));
  const base = evaluateAccount({ book: { ...book, account: { ...book.account, houseMultiplier: 1 } }, prices, asOf: now, now, volatility: new Map() });
  const raw = base.requirement.maintenance > 0 ? base.equity / base.requirement.maintenance : 1;
  const house = Math.min(MAX_HOUSE_MULTIPLIER, Math.max(1, Math.round(raw * 10_000) / 10_000));
  await client.query('UPDATE collateral.margin_account SET house_multiplier = $2 WHERE id = $1', [accountId, house]);
  return house;
}
