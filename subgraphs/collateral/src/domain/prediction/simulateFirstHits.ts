import { createRng } from '@nautilus/accel/rng';

/** Trading days per year: converts annual drift and volatility to per-step moves. */
export const TRADING_DAYS_PER_YEAR = 252;

/** The account reduced to what the simulation needs (see `predictMarginCall`). */
export interface FirstHitProblem {
  /** cash − fixedRequirement. */
  base: number;
  /** Per position: (q·m − rate·|q·m|)·S₀, so excess = base + Σ weight_i · S_i/S₀_i. */
  weights: Float64Array;
  /** Annual volatility per position. */
  volatilities: Float64Array;
  /** Lower-triangular Cholesky factor of the correlation, n×n row-major. */
  factor: Float64Array;
  /** Annual drift μ (same for every price). */
  drift: number;
  horizonDays: number;
  steps: number;
  /** Even. */
  paths: number;
  seed: number;
}

export interface FirstHitEstimate {
  probability: number;
  standardError: number;
  expectedTimeToCallDays: number | null;
}

/**
 * Monte Carlo estimate of P(excess < 0 at some monitoring step), where the
 * prices follow correlated geometric Brownian motion, stepped exactly:
 *   S_i(t + Δt) = S_i(t) · exp((μ − σ_i²/2)Δt + σ_i √Δt · (L ε)_i),  ε ~ N(0, I)
 * (Glasserman, "Monte Carlo Methods in Financial Engineering", 3.2.3), with
 * Δt = horizonDays / steps trading days (252 a year). Paths come in
 * antithetic pairs (ε, −ε) (Glasserman 4.2); the standard error is that of
 * the pair means. The antithetic step factor is exp(2(μ − σ²/2)Δt) divided by
 * the first one, which saves one exp per position and step.
 *
 * The inner loop works on typed arrays of relative prices only: the excess is
 * linear in them, so one dot product per step decides a hit. A pair stops as
 * soon as both of its paths have hit. Normals come from one seeded xoshiro128**
 * stream, so the same seed gives the same estimate.
 */
export function simulateFirstHits(p: FirstHitProblem): FirstHitEstimate {
  const n = p.weights.length;
  const { base, weights: w, factor: L, steps, seed } = p;
  const pairs = p.paths / 2;
  const dtDays = p.horizonDays / steps;
  const dtYears = dtDays / TRADING_DAYS_PER_YEAR;
  const driftStep = new Float64Array(n);
  const volStep = new Float64Array(n);
  const twiceDriftFactor = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = p.volatilities[i]!;
    driftStep[i] = (p.drift - 0.5 * s * s) * dtYears;
    volStep[i] = s * Math.sqrt(dtYears);
    twiceDriftFactor[i] = Math.exp(2 * driftStep[i]!);
  }
  const rng = createRng(seed, 0);
  const eps = new Float64Array(n);
  const up = new Float64Array(n);
  const down = new Float64Array(n);
  let hits = 0, sumPair = 0, sumPairSq = 0, sumHitStep = 0;
  for (let pair = 0; pair < pairs; pair++) {
    up.fill(1);
    down.fill(1);
    let hitUp = 0, hitDown = 0; // step of the first hit, 0 = none yet
    for (let k = 1; k <= steps; k++) {
      rng.fillNormal(eps, 0, n);
      let exUp = base, exDown = base;
      for (let i = 0; i < n; i++) {
        let z = 0;
        const row = i * n;
        for (let l = 0; l <= i; l++) z += L[row + l]! * eps[l]!;
        const f = Math.exp(driftStep[i]! + volStep[i]! * z);
        const su = up[i]! * f;
        const sd = (down[i]! * twiceDriftFactor[i]!) / f;
        up[i] = su;
        down[i] = sd;
        exUp += w[i]! * su;
        exDown += w[i]! * sd;
      }
      if (hitUp === 0 && exUp < 0) hitUp = k;
      if (hitDown === 0 && exDown < 0) hitDown = k;
      if (hitUp !== 0 && hitDown !== 0) break;
    }
    const pairHits = (hitUp !== 0 ? 1 : 0) + (hitDown !== 0 ? 1 : 0);
    hits += pairHits;
    sumHitStep += hitUp + hitDown;
    const y = pairHits / 2;
    sumPair += y;
    sumPairSq += y * y;
  }
  const probability = sumPair / pairs;
  const variance = pairs > 1 ? (sumPairSq - pairs * probability * probability) / (pairs - 1) : 0;
  return {
    probability,
    standardError: Math.sqrt(Math.max(variance, 0) / pairs),
    expectedTimeToCallDays: hits > 0 ? (sumHitStep / hits) * dtDays : null,
  };
}
