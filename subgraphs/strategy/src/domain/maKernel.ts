/**
 * Vectorised moving-average crossover: target weights of a whole panel from prefix sums (one cumulative
 * sum per symbol, shared by every window length and every parameter pair of a sweep). Same arithmetic as
 * the MA_CROSSOVER core (SMA_n(t) = (cs[t+1] − cs[t+1−n]) / n), so it gives the very same decisions.
 */
import { prefixSums } from './history.ts';

/** Weights [symbol][bar] of MA_CROSSOVER(fast, slow, allowShort) from precomputed prefix sums of the closes. */
export function maCrossoverWeights(cumsums: readonly Float64Array[], length: number, fast: number, slow: number, allowShort: boolean): Float64Array[] {
  const n = cumsums.length;
  return cumsums.map((cs) => {
    const w = new Float64Array(length);
    const unit = 1 / n;
    for (let t = slow - 1; t < length; t++) {
      const f = (cs[t + 1]! - cs[t + 1 - fast]!) / fast;
      const s = (cs[t + 1]! - cs[t + 1 - slow]!) / slow;
      w[t] = f > s ? unit : f < s && allowShort ? -unit : 0;
    }
    return w;
  });
}

export function closePrefixSums(close: readonly Float64Array[]): Float64Array[] {
  return close.map((c) => prefixSums(c));
}
