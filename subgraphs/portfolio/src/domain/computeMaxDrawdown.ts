export interface Drawdown {
  /** Largest peak-to-trough fall as a positive fraction (0.25 = −25%). */
  maxDrawdown: number;
  /** Index of the peak before the trough, and of the trough (null when there is no fall). */
  peakIndex: number | null;
  troughIndex: number | null;
}

/**
 * Maximum drawdown of a value series: max over t of (peak_t − V_t)/peak_t with
 * peak_t = max_{s ≤ t} V_s (Magdon-Ismail & Atiya 2004, "Maximum drawdown").
 * One pass, O(n).
 */
export function computeMaxDrawdown(values: readonly number[]): Drawdown {
  let best: Drawdown = { maxDrawdown: 0, peakIndex: null, troughIndex: null };
  let peak = 0;
  for (let t = 0; t < values.length; t++) {
    if (values[t]! > values[peak]!) peak = t;
    const fall = values[peak]! > 0 ? (values[peak]! - values[t]!) / values[peak]! : 0;
    if (fall > best.maxDrawdown) best = { maxDrawdown: fall, peakIndex: peak, troughIndex: t };
  }
  return best;
}
