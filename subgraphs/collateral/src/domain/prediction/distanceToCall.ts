/** The range of uniform price moves searched for a call: a 99% fall to a tenfold rise. */
export const DISTANCE_RANGE = { lower: -0.99, upper: 10 } as const;

/**
 * The uniform relative price move d (every S → S·(1 + d)) at which equity
 * equals the requirement. With excess = equity − requirement
 *   = cash − fixed + Σ (q·m − rate·|q·m|)·S  =  c₀ + W  at d = 0,
 * every |q·m·S·(1 + d)| is (1 + d)·|q·m·S| for 1 + d > 0, so the excess is
 * linear in d: c₀ + (1 + d)·W, zero at d* = −excess₀ / W. For a long-only
 * Reg T account (excess = cash + 0.75·V) this is the textbook trigger value
 * V* = −cash / 0.75 (FINRA 4210(c) 25% maintenance), d* = V* ÷ V − 1.
 *
 * @param excessNow equity − requirement today (≥ 0 when not in call).
 * @param sensitivity W = Σ (q·m − rate·|q·m|)·S, d(excess)/d(d).
 * @returns d* when it lies in [−0.99, 10]; null when W = 0 or d* is outside.
 */
export function distanceToCall(excessNow: number, sensitivity: number): number | null {
  if (sensitivity === 0) return null;
  const d = -excessNow / sensitivity;
  return d >= DISTANCE_RANGE.lower && d <= DISTANCE_RANGE.upper ? d : null;
}
