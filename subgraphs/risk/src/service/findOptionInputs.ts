import type pg from 'pg';
import { findOptionContracts } from '@nautilus/collateral/reads';
import { findInstrumentsById, findLatestPrices } from '@nautilus/marketdata/reads';

/**
 * What risk reads about instruments and option underlyings outside federation.
 * Cross-engine reads, read-only, through the owners' published reads
 * (`@nautilus/marketdata/reads`, `@nautilus/collateral/reads`), and the only
 * place risk reads them:
 *
 * - `findInstrumentTerms`: marketdata's instruments (asset class, currency,
 *   contract multiplier) and the collateral engine's option contracts
 *   (underlying, right, strike, expiry) with the underlying's instrument.
 * - `findUnderlyingPrices`: the latest price of option underlyings the book
 *   does not hold itself (the price of a held one arrives through @requires
 *   with the positions), via `findLatestPrices` from `@nautilus/marketdata/reads`
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

/**
 * Terms per instrument id (ids marketdata does not know are absent): marketdata's instruments and
 * collateral's option contracts through their published reads. Three statements for any number of
 * ids (instruments, contracts, the contracts' underlyings).
 */
export async function findInstrumentTerms(pool: pg.Pool | pg.PoolClient, instrumentIds: readonly number[]): Promise<Map<number, InstrumentTerms>> {
  if (instrumentIds.length === 0) return new Map();
  const [instruments, contracts] = await Promise.all([findInstrumentsById(pool, instrumentIds), findOptionContracts(pool, instrumentIds)]);
  const underlyings = await findInstrumentsById(pool, [...new Set([...contracts.values()].map((c) => c.underlyingId))]);
  return new Map(
    [...instruments.values()].map((i) => {
      const contract = contracts.get(i.id);
      const underlying = contract && underlyings.get(contract.underlyingId);
      return [
        i.id,
        {
          id: i.id,
          assetClass: i.assetClass,
          currency: i.currency,
          multiplier: i.multiplier,
          option:
            contract && underlying
              ? {
                  underlyingId: contract.underlyingId,
                  underlyingSymbol: underlying.symbol,
                  underlyingAssetClass: underlying.assetClass,
                  right: contract.right,
                  strike: contract.strike,
                  expiry: new Date(`${contract.expiryDate}T00:00:00Z`),
                }
              : null,
        },
      ];
    }),
  );
}

/** Latest price per underlying id (absent when marketdata has none). One statement. */
export function findUnderlyingPrices(pool: pg.Pool | pg.PoolClient, underlyingIds: readonly number[]): Promise<Map<number, number>> {
  return findLatestPrices(pool, underlyingIds);
}
