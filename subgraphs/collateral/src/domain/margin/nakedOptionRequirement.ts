import type { OptionRight } from './types.ts';

/** Underlying percentage for uncovered equity options (FINRA 4210(f)(2); CBOE Margin Manual, "Short Put or Short Call"). */
export const NAKED_UNDERLYING_RATE = 0.2;
/** Minimum percentage: of the underlying value for calls, of the exercise price for puts. */
export const NAKED_MINIMUM_RATE = 0.1;

/**
 * Requirement per option share of an uncovered (naked) short equity option,
 * FINRA Rule 4210(f)(2) short-option requirement (same as CBOE Rule 10.3):
 * 100% of the option's current value plus 20% of the underlying value less any
 * out-of-the-money amount, but not less than the option's value plus 10% of
 * the underlying value (calls) or 10% of the exercise price (puts).
 * Multiply by multiplier × |contracts|. Initial = maintenance.
 *
 * Out-of-the-money amount: calls max(0, strike − underlying), puts max(0, underlying − strike).
 */
export function nakedOptionRequirementPerShare(right: OptionRight, premium: number, underlyingPrice: number, strike: number): number {
  const otm = right === 'CALL' ? Math.max(0, strike - underlyingPrice) : Math.max(0, underlyingPrice - strike);
  const base = premium + NAKED_UNDERLYING_RATE * underlyingPrice - otm;
  const minimum = premium + NAKED_MINIMUM_RATE * (right === 'CALL' ? underlyingPrice : strike);
  return Math.max(base, minimum);
}
