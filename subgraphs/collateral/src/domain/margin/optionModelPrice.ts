import { blackScholesPrice } from '@nautilus/accel';
import type { OptionTerms } from './types.ts';

/**
 * Theoretical value per option share: Black–Scholes–Merton (no dividends,
 * rate `terms.rate` or 0) with the given spot and volatility. At expiry
 * (yearsToExpiry = 0) or zero volatility, the limit of the formula: the
 * discounted intrinsic value max(0, ±(S − K·e^(−rT))).
 */
export function optionModelPrice(terms: OptionTerms, spot: number, volatility: number): number {
  const rate = terms.rate ?? 0;
  const t = terms.yearsToExpiry;
  if (t <= 0 || volatility <= 0) {
    const forwardStrike = terms.strike * Math.exp(-rate * Math.max(0, t));
    return terms.right === 'CALL' ? Math.max(0, spot - forwardStrike) : Math.max(0, forwardStrike - spot);
  }
  return blackScholesPrice({ type: terms.right === 'CALL' ? 'call' : 'put', spot, strike: terms.strike, rate, volatility, maturity: t });
}
