import type pg from 'pg';
import { findInstrumentsBySymbol } from '@nautilus/marketdata/reads';
import { withTransaction } from '@nautilus/db';
import { AppError, ErrorCode, badInput, parseDecimal, parseId, parseOptionalText, parseText, quoteInput, type Clock } from '@nautilus/runtime';
import type { MarginPolicy } from '../domain/margin/marginPolicy.ts';
import type { PriceMap } from '../domain/margin/types.ts';
import { evaluateAccount } from './evaluateAccount.ts';
import { loadAccountBooks } from '../store/loadAccountBooks.ts';
import type { FxRate } from './fxRates.ts';
import type { AccountBook } from './types.ts';

export interface CollateralMovementInput {
  accountId: string;
  symbol?: string | null;
  currency?: string | null;
  quantity: number;
  rating?: string | null;
  maturity?: Date | null;
  note?: string | null;
}

/** What the monitor knows that a valuation needs. */
export interface ValuationContext {
  prices: PriceMap;
  volatility: ReadonlyMap<string, number>;
  isPatternDayTrader(accountId: string): boolean;
  policy?: Partial<MarginPolicy>;
  /** Converts collateral in other currencies into the account's. */
  fxRate: FxRate;
}

const RATING = /^(AAA|AA[+-]?|A[+-]?|BBB[+-]?|BB[+-]?|B[+-]?|CCC[+-]?|CC|C|D)$/;

/**
 * Deposits (direction +1) or withdraws (−1) cash or a security, in one
 * transaction that locks the account, so two withdrawals cannot both spend
 * the same excess. A withdrawal must leave the account out of any call:
 * otherwise it is refused with WITHDRAWAL_EXCEEDS_EXCESS and
 * `extensions.allowed`, the largest quantity that could be withdrawn now
 * (found by bisection on the full valuation, so haircuts and concentration
 * are exact). Returns the account id.
 * @throws BAD_USER_INPUT naming the field (a quantity that is not positive, of
 *   1e15 or more or with more than 8 decimal places, unknown account or symbol,
 *   bad currency or rating, a note over 2,000 characters or with control
 *   characters, more than is held). Writes nothing then.
 */
export async function moveCollateral(pool: pg.Pool, clock: Clock, valuation: ValuationContext, input: CollateralMovementInput, direction: 1 | -1): Promise<string> {
  const accountId = parseId(input.accountId, 'input.accountId');
  // numeric(28, 8): at most 8 decimal places (1e-30 would round to a zero movement), far below overflow.
  const quantity = parseDecimal(input.quantity, { field: 'input.quantity', sign: 'positive', places: 8, below: 1e15 });
  if (input.symbol) parseText(input.symbol, 'input.symbol', 'symbol');
  const note = parseOptionalText(input.note, 'input.note', 'note');
  if (direction < 0 && (input.rating != null || input.maturity != null)) {
    throw badInput(input.rating != null ? 'input.rating' : 'input.maturity', 'is stated at deposit; a withdrawal takes the holding as it is');
  }
  if (input.rating != null && !RATING.test(input.rating)) throw badInput('input.rating', `must be a rating like AAA, AA-, BBB+ or D, got ${quoteInput(input.rating)}`);
  if (input.currency != null && !/^[A-Z]{3}$/.test(input.currency)) throw badInput('input.currency', `must be an ISO 4217 code like USD, got ${quoteInput(input.currency)}`);
  const now = new Date(clock.now());
  return withTransaction(pool, async (client) => {
    const { rows: account } = await client.query<{ currency: string }>('SELECT currency::text AS currency FROM collateral.margin_account WHERE id = $1 FOR UPDATE', [accountId]);
    if (account.length === 0) throw badInput('input.accountId', `unknown margin account ${quoteInput(input.accountId)}`);
    let instrumentId: string | null = null;
    let currency = input.currency ?? account[0]!.currency;
    if (input.symbol) {
      const instrument = (await findInstrumentsBySymbol(client, [input.symbol])).get(input.symbol);
      if (!instrument) throw badInput('input.symbol', `unknown instrument ${quoteInput(input.symbol)}`);
      instrumentId = String(instrument.id);
      currency = instrument.currency;
      if (direction > 0 && !(valuation.prices.get(instrumentId)! > 0)) throw badInput('input.symbol', `${input.symbol} has no price yet, so it cannot be valued as collateral`);
    }
    if (direction > 0 && valuation.fxRate(currency, account[0]!.currency) === undefined) {
      throw badInput(input.symbol ? 'input.symbol' : 'input.currency', `no FX rate from ${currency} into the account's ${account[0]!.currency}: collateral in ${currency} cannot be valued`);
    }
    const book = (await loadAccountBooks(client, [String(accountId)]))[0]!;
    if (direction < 0) {
      // Without a price a position cannot be valued, and leaving a short out would overstate equity.
      const unpriced = book.positions.filter((p) => !(valuation.prices.get(p.instrumentId)! > 0) || (p.option && !(valuation.prices.get(p.option.underlyingId)! > 0)));
      if (unpriced.length > 0) {
        throw new AppError(
          ErrorCode.SERVICE_UNAVAILABLE,
          `withdrawals are refused until every position can be valued: no price yet for ${unpriced.map((p) => p.symbol).join(', ')}`,
          { field: 'input.accountId' },
        );
      }
      const held = book.holdings.find((h) => h.instrumentId === instrumentId && h.currency === currency)?.quantity ?? 0;
      if (input.quantity > held + 1e-9) {
        throw badInput('input.quantity', `the account holds ${held} ${input.symbol ?? currency} as collateral; cannot withdraw ${input.quantity}`);
      }
      const allowed = largestWithdrawal(book, instrumentId, currency, held, valuation, now.getTime());
      if (input.quantity > allowed + 1e-9) {
        throw new AppError(
          ErrorCode.WITHDRAWAL_EXCEEDS_EXCESS,
          `input.quantity: withdrawing ${input.quantity} ${input.symbol ?? currency} would put the account in a margin call; at most ${allowed} can be withdrawn now`,
          { field: 'input.quantity', details: { allowed } },
        );
      }
    }
    await client.query(
      `INSERT INTO collateral.collateral_movement (account_id, instrument_id, currency, quantity, rating, maturity, ts, note) VALUES ($1, $2, $3, $4::numeric, $5, $6, $7, $8)`,
      [accountId, instrumentId, currency, direction < 0 ? `-${quantity}` : quantity, input.rating ?? null, input.maturity ?? null, now, note],
    );
    return String(accountId);
  });
}

/** Largest quantity of one holding that leaves the account with no breach (2 decimals for cash, 8 for securities). */
function largestWithdrawal(book: AccountBook, instrumentId: string | null, currency: string, held: number, valuation: ValuationContext, now: number): number {
  const clean = (quantity: number) => {
    const holdings = book.holdings
      .map((h) => (h.instrumentId === instrumentId && h.currency === currency ? { ...h, quantity: h.quantity - quantity } : h))
      .filter((h) => Math.abs(h.quantity) > 1e-12);
    const evaluation = evaluateAccount({
      book: { ...book, holdings },
      prices: valuation.prices,
      asOf: now,
      now,
      volatility: valuation.volatility,
      policy: valuation.policy,
      isPatternDayTrader: valuation.isPatternDayTrader(book.account.id),
      fxRate: valuation.fxRate,
    });
    return evaluation.breach === null;
  };
  if (clean(held)) return held;
  if (!clean(0)) return 0;
  let lo = 0;
  let hi = held;
  for (let i = 0; i < 60 && hi - lo > 1e-9; i++) {
    const mid = (lo + hi) / 2;
    if (clean(mid)) lo = mid;
    else hi = mid;
  }
  const step = instrumentId === null ? 100 : 1e8;
  return Math.floor(lo * step) / step;
}
