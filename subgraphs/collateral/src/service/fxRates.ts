import type pg from 'pg';
import { findInstrumentsByAssetClass } from '@nautilus/marketdata/reads';
import type { PriceMap } from '../domain/margin/types.ts';

/** Units of `to` per unit of `from`, or undefined when no pair quotes it. */
export type FxRate = (from: string, to: string) => number | undefined;

/** FX pair instruments (asset class `fx`, symbols like EURUSD = USD per EUR): symbol → instrument id. */
export async function findFxPairs(pool: pg.Pool | pg.PoolClient): Promise<Map<string, string>> {
  const pairs = (await findInstrumentsByAssetClass(pool, 'fx')).filter((r) => /^[A-Z]{6}$/.test(r.symbol));
  return new Map(pairs.map((r) => [r.symbol, String(r.id)]));
}

/**
 * The pair instruments whose prices convert `from` into `to`: the direct pair
 * (EURUSD), the inverse (USDJPY for JPY→USD), or both legs through USD
 * (EUR→JPY = EURUSD then USDJPY). Empty when no route exists (or from = to).
 */
export function fxRoute(from: string, to: string, pairs: ReadonlyMap<string, string>): Array<{ instrumentId: string; inverse: boolean }> | undefined {
  if (from === to) return [];
  const direct = pairs.get(from + to);
  if (direct) return [{ instrumentId: direct, inverse: false }];
  const inverse = pairs.get(to + from);
  if (inverse) return [{ instrumentId: inverse, inverse: true }];
  if (from !== 'USD' && to !== 'USD') {
    const first = fxRoute(from, 'USD', pairs);
    const second = fxRoute('USD', to, pairs);
    if (first && second) return [...first, ...second];
  }
  return undefined;
}

/** Units of `to` per unit of `from` at the pairs' latest prices; undefined when a leg has no route or no price. */
export function fxRateFrom(pairs: ReadonlyMap<string, string>, prices: PriceMap, from: string, to: string): number | undefined {
  const route = fxRoute(from, to, pairs);
  if (!route) return undefined;
  let rate = 1;
  for (const leg of route) {
    const price = prices.get(leg.instrumentId);
    if (!(price !== undefined && price > 0)) return undefined;
    rate *= leg.inverse ? 1 / price : price;
  }
  return rate;
}
