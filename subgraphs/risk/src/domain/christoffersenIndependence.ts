import { chiSquare1PValue, xlogy } from './kupiecPof.ts';

/**
 * Christoffersen (1998) independence test: counts transitions n_ij (from a
 * day with hit i to a day with hit j), π₀ = n01/(n00 + n01),
 * π₁ = n11/(n10 + n11), π = (n01 + n11)/(all transitions), and
 * LR_ind = −2 ln[(1 − π)^{n00+n10} π^{n01+n11}]
 *          + 2 ln[(1 − π₀)^{n00} π₀^{n01} (1 − π₁)^{n10} π₁^{n11}] ~ χ²(1).
 * Clustered exceptions give a large statistic. Pure.
 */
export function christoffersenIndependence(hits: readonly boolean[]): { statistic: number; pValue: number } {
  let n00 = 0;
  let n01 = 0;
  let n10 = 0;
  let n11 = 0;
  for (let t = 1; t < hits.length; t++) {
    if (hits[t - 1] && hits[t]) n11++;
    else if (hits[t - 1]) n10++;
    else if (hits[t]) n01++;
    else n00++;
  }
  const total = n00 + n01 + n10 + n11;
  if (total === 0) return { statistic: 0, pValue: 1 };
  const pi = (n01 + n11) / total;
  const pi0 = n00 + n01 === 0 ? 0 : n01 / (n00 + n01);
  const pi1 = n10 + n11 === 0 ? 0 : n11 / (n10 + n11);
  const restricted = xlogy(n00 + n10, 1 - pi) + xlogy(n01 + n11, pi);
  const unrestricted = xlogy(n00, 1 - pi0) + xlogy(n01, pi0) + xlogy(n10, 1 - pi1) + xlogy(n11, pi1);
  const statistic = Math.max(0, -2 * restricted + 2 * unrestricted);
  return { statistic, pValue: chiSquare1PValue(statistic) };
}
