import { AccelError, AccelErrorCode, assertInput } from '../errors/AccelError.ts';
import { blackScholes, type BlackScholesInput } from './blackScholes.ts';

export interface ImpliedVolatilityInput extends Omit<BlackScholesInput, 'volatility'> {
  /** Observed option price. */
  price: number;
  /** Absolute price tolerance (default 1e-10). */
  tolerance?: number;
}

/**
 * Volatility σ such that Black-Scholes-Merton reproduces `price`. Safeguarded
 * Newton: Newton steps on vega inside a shrinking bisection bracket
 * [1e-9, 10], so it converges for deep ITM/OTM quotes where pure Newton
 * overshoots.
 *
 * @throws AccelError IMPOSSIBLE_PRICE when the price is at or outside the
 *   no-arbitrage bounds (e.g. a call worth less than S·e^{-qT} − K·e^{-rT} or
 *   more than S·e^{-qT}): no volatility can produce it; check the quote, the
 *   rate and the dividend yield.
 * @throws AccelError NOT_CONVERGED if 200 iterations do not reach `tolerance`.
 */
export function impliedVolatility(input: ImpliedVolatilityInput): number {
  const { price, spot: s, strike: k, rate: r, maturity: t } = input;
  const q = input.dividendYield ?? 0;
  assertInput(Number.isFinite(price), `price must be finite, got ${price}`);
  assertInput(s > 0 && k > 0 && t > 0, 'spot, strike and maturity must be > 0');
  const fwdS = s * Math.exp(-q * t);
  const pvK = k * Math.exp(-r * t);
  const lower = input.type === 'call' ? Math.max(fwdS - pvK, 0) : Math.max(pvK - fwdS, 0);
  const upper = input.type === 'call' ? fwdS : pvK;
  if (!(price > lower) || !(price < upper)) {
    throw new AccelError(
      AccelErrorCode.IMPOSSIBLE_PRICE,
      `No volatility reproduces a ${input.type} price of ${price}: it must lie strictly between the no-arbitrage bounds ${lower.toFixed(6)} and ${upper.toFixed(6)} (spot ${s}, strike ${k}, rate ${r}, dividend yield ${q}, maturity ${t}).`,
    );
  }
  const tol = input.tolerance ?? 1e-10;
  let lo = 1e-9;
  let hi = 10;
  if (blackScholes({ ...input, volatility: hi }).price < price - tol) {
    throw new AccelError(AccelErrorCode.NOT_CONVERGED, `The ${input.type} price ${price} needs a volatility above ${hi * 100}% a year; check the quote.`);
  }
  // Brenner-Subrahmanyam style start, clamped into the bracket.
  let v = Math.min(Math.max(Math.sqrt((2 * Math.abs(Math.log(s / k) + (r - q) * t)) / t), 0.05), 3);
  const base = { ...input, volatility: v };
  for (let iter = 0; iter < 200; iter++) {
    base.volatility = v;
    const bs = blackScholes(base);
    const diff = bs.price - price;
    if (Math.abs(diff) < tol) return v;
    if (diff > 0) hi = v;
    else lo = v;
    let next = v - diff / bs.vega;
    if (!(next > lo && next < hi) || bs.vega < 1e-12) next = 0.5 * (lo + hi);
    if (hi - lo < 1e-15) return next;
    v = next;
  }
  throw new AccelError(AccelErrorCode.NOT_CONVERGED, `Implied volatility did not converge for price ${price}; loosen tolerance (now ${tol}).`);
}
