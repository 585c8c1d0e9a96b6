/**
 * Daily time-weighted returns from end-of-day values V_t and external flows
 * F_t (deposits +, withdrawals −) booked on day t: r_t = (V_t − F_t)/V_{t−1} − 1,
 * i.e. a flow is assumed to arrive at the end of its day, so it changes the
 * value without counting as performance (the modified Dietz special case with
 * end-of-day weighting; CFA Institute GIPS). Days following a non-positive
 * value are skipped (return 0). Chain with Π(1 + r_t) − 1 for the TWR.
 */
export function computeTimeWeightedReturns({ values, flows }: { values: readonly number[]; flows: readonly number[] }): number[] {
  const returns: number[] = [];
  for (let t = 1; t < values.length; t++) {
    const previous = values[t - 1]!;
    returns.push(previous > 0 ? (values[t]! - (flows[t] ?? 0)) / previous - 1 : 0);
  }
  return returns;
}
