import { createRng } from '@nautilus/accel';

export interface SimulateGoalProbabilityOptions {
  /** Value today (V₀). */
  currentValue: number;
  /** Target K at the horizon. */
  target: number;
  /** Annualised GBM drift μ. */
  drift: number;
  /** Annualised volatility σ. */
  volatility: number;
  /** Horizon T in years. */
  years: number;
  /** Simulated paths (even; antithetic pairs). */
  paths: number;
  seed: number;
}

export interface GoalProbability {
  probability: number;
  standardError: number;
}

/**
 * P(V_T ≥ K) for geometric Brownian motion dV = μV dt + σV dW, simulated
 * exactly at the horizon: V_T = V₀·exp((μ − σ²/2)T + σ√T·Z) (Glasserman,
 * "Monte Carlo Methods in Financial Engineering", 3.2.1), with antithetic
 * pairs (Z, −Z) and the standard error over pair means (Glasserman 4.2).
 * Normals come from accel's seeded xoshiro128** stream, so a seed reproduces
 * the estimate exactly. The closed form Φ((ln(V₀/K) + (μ − σ²/2)T)/(σ√T))
 * exists; Monte Carlo is used so that contributions, jumps or fat tails can be
 * added to the model without changing callers.
 */
export function simulateGoalProbability(options: SimulateGoalProbabilityOptions): GoalProbability {
  const { currentValue, target, drift, volatility, years, seed } = options;
  const pairs = Math.max(1, Math.floor(options.paths / 2));
  if (years <= 0 || volatility <= 0 || currentValue <= 0) {
    const deterministic = currentValue * Math.exp(drift * Math.max(years, 0));
    return { probability: deterministic >= target ? 1 : 0, standardError: 0 };
  }
  const rng = createRng(seed, 0);
  const mean = (drift - (volatility * volatility) / 2) * years;
  const scale = volatility * Math.sqrt(years);
  const threshold = Math.log(target / currentValue);
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < pairs; i++) {
    const z = rng.nextNormal();
    const pair = ((mean + scale * z >= threshold ? 1 : 0) + (mean - scale * z >= threshold ? 1 : 0)) / 2;
    sum += pair;
    sumSq += pair * pair;
  }
  const probability = sum / pairs;
  const variance = pairs > 1 ? (sumSq - pairs * probability * probability) / (pairs - 1) : 0;
  return { probability, standardError: Math.sqrt(Math.max(variance, 0) / pairs) };
}
