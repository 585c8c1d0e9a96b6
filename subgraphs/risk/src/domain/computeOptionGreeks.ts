import { blackScholes, DAYS_PER_YEAR, type BlackScholesResult } from '@nautilus/accel';
import type { CurrencyGreeks, PortfolioGreeks } from '../service/types.ts';

export { yearsToExpiry } from '@nautilus/accel';

export interface OptionModelInput {
  right: 'call' | 'put';
  spot: number;
  strike: number;
  /** Continuously compounded risk-free rate. */
  rate: number;
  /** Annualised volatility σ (> 0 unless expired). */
  volatility: number;
  /** Years to expiry; ≤ 0 means expired. */
  years: number;
}

/**
 * Price and Greeks per unit of underlying: accel's `blackScholes` result and
 * units (vega per 1.00 of volatility, theta per year, rho per 1.00 of rate)
 * without d₁ and d₂.
 */
export type UnitGreeks = Omit<BlackScholesResult, 'd1' | 'd2'>;

/**
 * Black-Scholes-Merton price and Greeks of a European option without dividend
 * yield (accel `blackScholes`; Hull, *Options, Futures, and Other
 * Derivatives*, ch. 15 and 19). An expired option (years ≤ 0) is worth its
 * intrinsic value and has Δ = ±1 in the money, 0 out of it (it has become, or
 * failed to become, the underlying), and no other Greek. Pure.
 * @throws AccelError BAD_INPUT for a non-positive spot, strike or (unexpired) volatility.
 */
export function priceOption({ right, spot, strike, rate, volatility, years }: OptionModelInput): UnitGreeks {
  if (years <= 0) {
    const call = right === 'call';
    const inTheMoney = call ? spot > strike : spot < strike;
    return {
      price: Math.max(call ? spot - strike : strike - spot, 0),
      delta: inTheMoney ? (call ? 1 : -1) : 0,
      gamma: 0,
      vega: 0,
      theta: 0,
      rho: 0,
    };
  }
  const { price, delta, gamma, vega, theta, rho } = blackScholes({ type: right, spot, strike, rate, volatility, maturity: years });
  return { price, delta, gamma, vega, theta, rho };
}

/**
 * Scales per-unit Greeks to a position of `quantity` contracts of
 * `multiplier` units on an underlying at `spot`, in currency:
 * delta = q·m·Δ·S (dollar delta), gamma = q·m·Γ·S²/100 (change of the dollar
 * delta for a 1% rise of S: q·m·Γ·(0.01·S)·S), vega = q·m·vega/100 (per
 * volatility point), theta = q·m·θ/365.25 (per calendar day), rho =
 * q·m·ρ/100 (per 1% of rate). Pure.
 */
export function toCurrencyGreeks(unit: Omit<UnitGreeks, 'price'>, quantity: number, multiplier: number, spot: number): CurrencyGreeks {
  const units = quantity * multiplier;
  return {
    delta: units * unit.delta * spot,
    gamma: (units * unit.gamma * spot * spot) / 100,
    vega: (units * unit.vega) / 100,
    theta: (units * unit.theta) / DAYS_PER_YEAR,
    rho: (units * unit.rho) / 100,
  };
}

/** Greeks of a linear holding of value v: delta = v, nothing else. */
export function linearGreeks(value: number): CurrencyGreeks {
  return { delta: value, gamma: 0, vega: 0, theta: 0, rho: 0 };
}

export interface GreeksRow {
  /** Underlying symbol (a linear holding's own symbol). */
  underlying: string;
  spot: number;
  volatility: number;
  greeks: CurrencyGreeks;
}

const KEYS = ['delta', 'gamma', 'vega', 'theta', 'rho'] as const;

/**
 * Sums position Greeks (they are additive in currency) into the book's total
 * and one row per underlying, largest |delta| first (then by symbol). Pure.
 */
export function aggregateGreeks(rows: readonly GreeksRow[]): PortfolioGreeks {
  const zero = (): CurrencyGreeks => ({ delta: 0, gamma: 0, vega: 0, theta: 0, rho: 0 });
  const total = zero();
  const byUnderlying = new Map<string, PortfolioGreeks['byUnderlying'][number]>();
  for (const row of rows) {
    let entry = byUnderlying.get(row.underlying);
    if (!entry) byUnderlying.set(row.underlying, (entry = { symbol: row.underlying, spot: row.spot, volatility: row.volatility, ...zero() }));
    for (const k of KEYS) {
      total[k] += row.greeks[k];
      entry[k] += row.greeks[k];
    }
  }
  return {
    ...total,
    byUnderlying: [...byUnderlying.values()].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.symbol.localeCompare(b.symbol)),
  };
}
