import { assertInput } from '../errors/AccelError.ts';
import { normCdf, normPdf } from './normal.ts';

export type OptionType = 'call' | 'put';

/** Inputs of a European option under Black-Scholes-Merton. Rates and yield are continuously compounded, per year. */
export interface BlackScholesInput {
  type: OptionType;
  spot: number;
  strike: number;
  /** Risk-free rate r. */
  rate: number;
  /** Continuous dividend yield q (default 0). */
  dividendYield?: number;
  /** Annualised volatility σ, > 0. */
  volatility: number;
  /** Years to expiry T, > 0. */
  maturity: number;
}

/**
 * Price and Greeks. Units: `vega` per 1.00 of volatility, `rho` per 1.00 of
 * rate, `theta` per year (divide by 365 for per-day); all per unit of underlying.
 */
export interface BlackScholesResult {
  price: number;
  delta: number;
  gamma: number;
  vega: number;
  theta: number;
  rho: number;
  d1: number;
  d2: number;
}

/** Validates BSM inputs; throws `BAD_INPUT` naming the bad field. */
export function checkBlackScholesInput(i: BlackScholesInput): void {
  assertInput(i.type === 'call' || i.type === 'put', `type must be 'call' or 'put', got ${String(i.type)}`);
  assertInput(i.spot > 0 && Number.isFinite(i.spot), `spot must be a positive finite number, got ${i.spot}`);
  assertInput(i.strike > 0 && Number.isFinite(i.strike), `strike must be a positive finite number, got ${i.strike}`);
  assertInput(Number.isFinite(i.rate), `rate must be finite, got ${i.rate}`);
  assertInput(Number.isFinite(i.dividendYield ?? 0), `dividendYield must be finite, got ${i.dividendYield}`);
  assertInput(i.volatility > 0 && Number.isFinite(i.volatility), `volatility must be > 0, got ${i.volatility}`);
  assertInput(i.maturity > 0 && Number.isFinite(i.maturity), `maturity must be > 0 years, got ${i.maturity}`);
}

/**
 * Black-Scholes-Merton price and Greeks of a European option with continuous
 * dividend yield (Hull, "Options, Futures, and Other Derivatives", ch. 15/17
 * and 19). Pure and synchronous: cheap enough to call per row.
 *
 * @throws AccelError BAD_INPUT for non-positive spot/strike/volatility/maturity.
 */
export function blackScholes(input: BlackScholesInput): BlackScholesResult {
  checkBlackScholesInput(input);
  const { spot: s, strike: k, rate: r, volatility: v, maturity: t } = input;
  const q = input.dividendYield ?? 0;
  const sqrtT = Math.sqrt(t);
  const d1 = (Math.log(s / k) + (r - q + 0.5 * v * v) * t) / (v * sqrtT);
  const d2 = d1 - v * sqrtT;
  const dq = Math.exp(-q * t);
  const dr = Math.exp(-r * t);
  const pdf = normPdf(d1);
  const gamma = (dq * pdf) / (s * v * sqrtT);
  const vega = s * dq * pdf * sqrtT;
  const decay = (-s * pdf * v * dq) / (2 * sqrtT);
  if (input.type === 'call') {
    const nd1 = normCdf(d1);
    const nd2 = normCdf(d2);
    return {
      price: s * dq * nd1 - k * dr * nd2,
      delta: dq * nd1,
      gamma,
      vega,
      theta: decay + q * s * nd1 * dq - r * k * dr * nd2,
      rho: k * t * dr * nd2,
      d1,
      d2,
    };
  }
  const nmd1 = normCdf(-d1);
  const nmd2 = normCdf(-d2);
  return {
    price: k * dr * nmd2 - s * dq * nmd1,
    delta: -dq * nmd1,
    gamma,
    vega,
    theta: decay - q * s * nmd1 * dq + r * k * dr * nmd2,
    rho: -k * t * dr * nmd2,
    d1,
    d2,
  };
}

/** Price only; same formula and errors as {@link blackScholes}. */
export function blackScholesPrice(input: BlackScholesInput): number {
  return blackScholes(input).price;
}
