import type pg from 'pg';
import { findLatestPrices } from '@nautilus/db';

/**
 * What risk reads about instruments and option underlyings outside federation.
 * Cross-engine reads, read-only, and the only place risk reads them (so if the
 * owners' storage changes, this is the one module to follow):
 *
 * - `findInstrumentTerms`: marketdata's `instrument` (asset class, currency,
 *   contract multiplier) and the collateral engine's `option_contract`
 *   (underlying, right, strike, expiry; migration 0005) joined to the
 *   underlying's `instrument` row. One statement for any number of ids.
 * - `findUnderlyingPrices`: the latest price of option underlyings the book
 *   does not hold itself (the price of a held one arrives through @requires
 *   with the positions), via `findLatestPrices` from `@nautilus/db`
 *   (marketdata's last `tick`, else its last daily `bar` close).
 * - The underlying's volatility needs no read of its own: its daily closes
 *   come with the other risk factors' through the `dailyCloses` loader
 *   (`findDailyCloses`/`alignReturns`), and σ is taken from those returns.
 *
 * Why not federation: the positions arrive through @requires, but the option
 * terms are a table marketdata does not serve and the underlying of an option
 * is generally not in the book; adding both to the @requires selection would
 * widen portfolio's and marketdata's contract for one consumer. The reads are
 * batched per request by the `instrumentTerms` and `underlyingPrice`
 * dataloaders (src/loaders.ts): a page of N portfolios costs one statement
 * each, whatever N is (test/batching.e2e.ts).
 */

/** Contract terms of an option instrument (a row of `option_contract`). */
export interface OptionContractTerms {
  underlyingId: number;
  underlyingSymbol: string;
  underlyingAssetClass: string;
  right: 'call' | 'put';
  strike: number;
  /** The expiry date at 00:00 UTC (a `date` column). */
  expiry: Date;
}

export interface InstrumentTerms {
  id: number;
  assetClass: string;
  currency: string;
  /** Contract multiplier (> 0; 1 for cash instruments, typically 100 for equity options). */
  multiplier: number;
  /** Present when the instrument has an `option_contract` row. */
  option: OptionContractTerms | null;
}

/** Terms per instrument id (ids marketdata does not know are absent). One statement. */
export async function findInstrumentTerms(pool: pg.Pool | pg.PoolClient, instrumentIds: readonly number[]): Promise<Map<number, InstrumentTerms>> {
  if (instrumentIds.length === 0) return new Map();
  const { rows } = await pool.query<{
    id: number; assetClass: string; currency: string; multiplier: number;
    underlyingId: number | null; underlyingSymbol: string | null; underlyingAssetClass: string | null;
    right: 'call' | 'put' | null; strike: number | null; expiry: string | null;
  }>(
    `SELECT i.id, i.asset_class AS "assetClass", i.currency::text AS currency, i.multiplier::float8 AS multiplier,
            oc.underlying_id AS "underlyingId", u.symbol AS "underlyingSymbol", u.asset_class AS "underlyingAssetClass",
            oc.option_right AS "right", oc.strike::float8 AS strike, to_char(oc.expiry, 'YYYY-MM-DD') AS expiry
       FROM instrument i
       LEFT JOIN option_contract oc ON oc.instrument_id = i.id
       LEFT JOIN instrument u ON u.id = oc.underlying_id
      WHERE i.id = ANY($1::int[])`,
    [instrumentIds],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        assetClass: r.assetClass,
        currency: r.currency,
        multiplier: r.multiplier,
        option:
          r.underlyingId !== null && r.right !== null && r.strike !== null && r.expiry !== null
            ? {
                underlyingId: r.underlyingId,
                underlyingSymbol: r.underlyingSymbol!,
                underlyingAssetClass: r.underlyingAssetClass!,
                right: r.right,
                strike: r.strike,
                expiry: new Date(`${r.expiry}T00:00:00Z`),
              }
            : null,
      },
    ]),
  );
}

/** Latest price per underlying id (absent when marketdata has none). One statement. */
export function findUnderlyingPrices(pool: pg.Pool | pg.PoolClient, underlyingIds: readonly number[]): Promise<Map<number, number>> {
  return findLatestPrices(pool, underlyingIds);
}
