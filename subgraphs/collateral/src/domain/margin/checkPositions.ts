import { badInput } from '@nautilus/runtime';
import { checkNumber } from './checkNumber.ts';
import type { MarginPosition, PriceMap } from './types.ts';

/** True for option positions: option terms present, or asset class `option`. */
export function isOption(position: MarginPosition): boolean {
  return position.option !== undefined || position.assetClass.toLowerCase() === 'option';
}

/** The product-group key: the underlying for options, the instrument itself otherwise. */
export function groupKeyOf(position: MarginPosition): string {
  return position.option?.underlyingId ?? position.instrumentId;
}

function nameOf(p: MarginPosition): string {
  return `${p.symbol} (${p.instrumentId})`;
}

/**
 * Validates the positions every methodology relies on; fields are named
 * `positions[i].…` so a client can point at the offending row.
 *
 * @throws AppError BAD_USER_INPUT: non-finite quantity, multiplier ≤ 0,
 * price < 0 or NaN, an option without terms, or bad option terms.
 */
export function checkPositions(positions: readonly MarginPosition[]): void {
  if (!Array.isArray(positions)) throw badInput('positions', 'must be an array');
  // A plain loop with messages built only on failure: the margin monitor runs this on every tick.
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    const at = `positions[${i}]`;
    if (p === null || typeof p !== 'object') throw badInput(at, 'must be a position object');
    if (typeof p.instrumentId !== 'string' || p.instrumentId === '') throw badInput(`${at}.instrumentId`, 'must be a non-empty string');
    if (typeof p.assetClass !== 'string' || p.assetClass === '') throw badInput(`${at}.assetClass`, `must be a non-empty string (${p.instrumentId})`);
    if (!Number.isFinite(p.quantity)) throw badInput(`${at}.quantity`, `must be a finite number, got ${p.quantity} for ${nameOf(p)}`);
    if (!Number.isFinite(p.multiplier) || p.multiplier <= 0) throw badInput(`${at}.multiplier`, `must be a positive finite number, got ${p.multiplier} for ${nameOf(p)}`);
    if (!Number.isFinite(p.price) || p.price < 0) throw badInput(`${at}.price`, `must be a finite number ≥ 0, got ${p.price} for ${nameOf(p)}`);
    if (!isOption(p)) continue;
    const o = p.option;
    if (o === undefined || o === null) throw badInput(`${at}.option`, `option terms are required for option ${nameOf(p)}`);
    if (typeof o.underlyingId !== 'string' || o.underlyingId === '') throw badInput(`${at}.option.underlyingId`, `must be a non-empty string for ${nameOf(p)}`);
    if (o.right !== 'CALL' && o.right !== 'PUT') throw badInput(`${at}.option.right`, `must be CALL or PUT, got ${String(o.right)} for ${nameOf(p)}`);
    checkNumber(o.strike, `${at}.option.strike`, { min: 0, minExclusive: true });
    checkNumber(o.yearsToExpiry, `${at}.option.yearsToExpiry`, { min: 0 });
    checkNumber(o.volatility, `${at}.option.volatility`, { min: 0 });
    if (o.rate !== undefined) checkNumber(o.rate, `${at}.option.rate`);
  }
}

/**
 * The underlying price of an option from `prices`.
 *
 * @throws AppError BAD_USER_INPUT naming `prices["<underlyingId>"]` and the option when the price is missing, not finite or ≤ 0.
 */
export function underlyingPriceOf(position: MarginPosition, prices: PriceMap): number {
  const id = groupKeyOf(position);
  const price = prices.get(id);
  const field = `prices[${JSON.stringify(id)}]`;
  if (price === undefined) throw badInput(field, `no price for underlying ${id} of option ${position.symbol} (${position.instrumentId})`);
  if (!Number.isFinite(price) || price <= 0) {
    throw badInput(field, `must be a positive finite number, got ${price} (underlying of option ${position.symbol}, ${position.instrumentId})`);
  }
  return price;
}

/** Signed market value: quantity × multiplier × price. */
export function marketValueOf(position: MarginPosition): number {
  return position.quantity * position.multiplier * position.price;
}
