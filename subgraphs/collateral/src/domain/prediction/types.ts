/** One position of the account, as the margin-call simulator needs it. */
export interface PredictionPosition {
  instrumentId: string;
  /** Signed quantity (long > 0, short < 0). */
  quantity: number;
  /** Contract multiplier, > 0 (1 for stock). */
  multiplier: number;
  /** Price per unit now, > 0. */
  price: number;
  /** Annualised volatility of the price, ≥ 0 (e.g. 0.3). */
  volatility: number;
  /** Maintenance requirement per unit of |market value|, ≥ 0 (e.g. 0.25 long, 0.30 short: FINRA 4210(c)). */
  maintenanceRate: number;
}

export interface MarginCallPredictionInput {
  positions: PredictionPosition[];
  /** n×n row-major correlation of the positions' returns (n = positions.length). */
  correlation: Float64Array;
  /** Equity not in the positions: cash plus the haircut value of other collateral; negative for a debit balance (a loan). */
  cash: number;
  /** Part of the requirement that does not move with prices (default 0). */
  fixedRequirement?: number;
  /** Horizon in trading days (default 1). */
  horizonDays?: number;
  /** Monitoring steps per trading day (default 26: 15-minute steps over a 6.5-hour US equity session). */
  stepsPerDay?: number;
  /** Simulated paths, a positive even number (antithetic pairs; default 10,000). */
  paths?: number;
  /** Seed of accel's xoshiro128** generator: the same seed gives the same result. */
  seed: number;
  /** Annualised drift μ of every price (default 0). */
  drift?: number;
  /**
   * Replace an indefinite correlation (e.g. assembled from pairwise estimates)
   * by the nearest positive definite one (Higham 1988) instead of rejecting it.
   * Default false. A singular but semidefinite matrix is always accepted.
   */
  repairCorrelation?: boolean;
}

export interface MarginCallPrediction {
  /** Estimated probability that equity falls below the requirement at some monitoring step within the horizon. */
  probability: number;
  /** Standard error of `probability`, from the spread of antithetic pair means. */
  standardError: number;
  /** Mean first-hit time in trading days over the paths that hit; null when none did (0 when already in call). */
  expectedTimeToCallDays: number | null;
  /**
   * The uniform relative move d of every price (S → S·(1 + d)) at which equity equals the requirement;
   * negative = a fall. Null when no d in [−0.99, +10] triggers a call. 0 when already in call.
   */
  distanceToCall: number | null;
  /** Equity is below the requirement right now: probability 1, time 0, distance 0. */
  alreadyInCall: boolean;
  /** Paths simulated (as requested, even when no simulation was needed). */
  paths: number;
  /** Monitoring steps per path: round(horizonDays × stepsPerDay), at least 1. */
  steps: number;
  /** The accel run behind the estimate (the backend the router chose); null when nothing was simulated (already in call). */
  computedWith: { backend: string; millis: number } | null;
}
