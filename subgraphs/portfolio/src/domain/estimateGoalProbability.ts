import type { Accel, BackendName } from '@nautilus/accel';

export interface EstimateGoalProbabilityOptions {
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
  /** The accel run behind the estimate; null when no simulation was needed (no time or no risk left). */
  computedWith: { backend: BackendName; paths: number; millis: number } | null;
}

/**
 * P(V_T ≥ K) for geometric Brownian motion dV = μV dt + σV dW, simulated by
 * accel's routed Monte Carlo (`mc.option`, so the router picks the backend
 * measured fastest on this machine) as a digital call: V_T = V₀·exp((μ −
 * σ²/2)T + σ√T·Z) exactly at the horizon (Glasserman 3.2.1), antithetic
 * pairs (Z, −Z), standard error over pair means (Glasserman 4.2). A digital
 * pays 1 above the strike, so its value undiscounted at the simulated rate μ
 * is the probability: P = price·e^{μT}, SE likewise. Seeded: the same seed
 * gives the same estimate on every backend that runs it.
 * The closed form Φ((ln(V₀/K) + (μ − σ²/2)T)/(σ√T)) exists; Monte Carlo is
 * kept so that contributions, jumps or fat tails can enter the model without
 * changing callers (the tests compare against the closed form).
 */
export async function estimateGoalProbability(accel: Pick<Accel, 'priceOption'>, options: EstimateGoalProbabilityOptions): Promise<GoalProbability> {
  const { currentValue, target, drift, volatility, years, seed } = options;
  if (years <= 0 || volatility <= 0 || currentValue <= 0) {
    const deterministic = currentValue * Math.exp(drift * Math.max(years, 0));
    return { probability: deterministic >= target ? 1 : 0, standardError: 0, computedWith: null };
  }
  if (target <= 0) return { probability: 1, standardError: 0, computedWith: null };
  const paths = Math.max(2, Math.floor(options.paths / 2) * 2);
  const run = await accel.priceOption({
    payoff: 'digital',
    type: 'call',
    spot: currentValue,
    strike: target,
    rate: drift,
    volatility,
    maturity: years,
    paths,
    seed,
    antithetic: true,
  });
  const growth = Math.exp(drift * years);
  return {
    probability: Math.min(1, Math.max(0, run.price * growth)),
    standardError: run.standardError * growth,
    computedWith: { backend: run.backend, paths, millis: run.elapsedMs },
  };
}
