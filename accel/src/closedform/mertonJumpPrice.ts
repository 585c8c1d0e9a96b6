import { assertInput } from '../errors/AccelError.ts';
import { blackScholes, type BlackScholesInput } from './blackScholes.ts';

/** Merton (1976) jump parameters: Poisson intensity and lognormal jump sizes ln(1+J) ~ N(mean, stdDev²). */
export interface JumpParams {
  /** Jumps per year λ ≥ 0. */
  intensity: number;
  /** Mean of the log jump size. */
  mean: number;
  /** Standard deviation of the log jump size, ≥ 0. */
  stdDev: number;
}

/**
 * European option under Merton jump-diffusion: a Poisson-weighted sum of
 * Black-Scholes prices (Merton 1976; Hull, "Options, Futures, and Other
 * Derivatives", 27.1): λ' = λ(1+k), σ_n² = σ² + nδ²/T, r_n = r − λk + n·ln(1+k)/T,
 * with k = e^{μ_J+δ²/2} − 1. The series is summed until terms fall below 1e-16.
 */
export function mertonJumpPrice(input: BlackScholesInput & { jumps: JumpParams }): number {
  const { intensity, mean, stdDev } = input.jumps;
  assertInput(intensity >= 0 && stdDev >= 0, 'jump intensity and stdDev must be ≥ 0');
  const t = input.maturity;
  const k = Math.exp(mean + 0.5 * stdDev * stdDev) - 1;
  const lt = intensity * (1 + k) * t;
  const gamma = Math.log(1 + k);
  let weight = Math.exp(-lt);
  let total = 0;
  for (let n = 0; n < 500; n++) {
    if (n > 0) weight *= lt / n;
    const vol = Math.sqrt(input.volatility * input.volatility + (n * stdDev * stdDev) / t);
    const rate = input.rate - intensity * k + (n * gamma) / t;
    total += weight * blackScholes({ ...input, volatility: vol, rate }).price;
    if (n > lt && weight < 1e-16) break;
  }
  return total;
}
