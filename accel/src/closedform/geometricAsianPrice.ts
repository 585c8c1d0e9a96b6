import { assertInput } from '../errors/AccelError.ts';
import { checkBlackScholesInput, type BlackScholesInput } from './blackScholes.ts';
import { normCdf } from './normal.ts';

export interface GeometricAsianInput extends BlackScholesInput {
  /**
   * Number of equally spaced fixings at T/n, 2T/n, …, T (the same grid the
   * Monte Carlo pricer averages over). Omit for continuous averaging.
   */
  fixings?: number;
}

/**
 * Closed-form price of a geometric-average-price Asian option.
 *
 * Continuous averaging: Kemna & Vorst (1990), i.e. Black-Scholes with
 * σ_A = σ/√3 and cost of carry b_A = (r − q − σ²/6)/2 (Haug, "The Complete
 * Guide to Option Pricing Formulas", 4.20.1). Discrete averaging over n
 * fixings: ln G is normal with mean ln S + (r − q − σ²/2)·T(n+1)/(2n) and
 * variance σ²T(n+1)(2n+1)/(6n²) (Glasserman, "Monte Carlo Methods in
 * Financial Engineering", 4.1.2), priced with the Black formula.
 * Used as the control variate for arithmetic Asians.
 */
export function geometricAsianPrice(input: GeometricAsianInput): number {
  checkBlackScholesInput(input);
  const { spot: s, strike: k, rate: r, volatility: v, maturity: t } = input;
  const q = input.dividendYield ?? 0;
  let mean: number;
  let variance: number;
  if (input.fixings === undefined) {
    mean = Math.log(s) + 0.5 * (r - q - 0.5 * v * v) * t;
    variance = (v * v * t) / 3;
  } else {
    const n = input.fixings;
    assertInput(Number.isInteger(n) && n >= 1, `fixings must be a positive integer, got ${n}`);
    mean = Math.log(s) + ((r - q - 0.5 * v * v) * t * (n + 1)) / (2 * n);
    variance = (v * v * t * (n + 1) * (2 * n + 1)) / (6 * n * n);
  }
  const sd = Math.sqrt(variance);
  const d1 = (mean - Math.log(k) + variance) / sd;
  const d2 = d1 - sd;
  const fwd = Math.exp(mean + 0.5 * variance);
  const df = Math.exp(-r * t);
  return input.type === 'call' ? df * (fwd * normCdf(d1) - k * normCdf(d2)) : df * (k * normCdf(-d2) - fwd * normCdf(-d1));
}
