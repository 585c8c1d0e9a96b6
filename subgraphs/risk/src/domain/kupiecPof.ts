import { normCdf } from '@nautilus/accel';

/** p-value of a χ²(1) statistic: P(χ²₁ > x) = 2(1 − Φ(√x)). */
export function chiSquare1PValue(x: number): number {
  return x <= 0 ? 1 : 2 * (1 - normCdf(Math.sqrt(x)));
}

/** x·ln(y) with 0·ln(0) = 0 (the likelihoods below have empty cells). */
export function xlogy(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(y);
}

/**
 * Kupiec (1995) proportion-of-failures test: with n days, x exceptions and
 * expected rate p = 1 − α,
 * LR_POF = −2 ln[(1 − p)^{n−x} p^x] + 2 ln[(1 − x/n)^{n−x} (x/n)^x] ~ χ²(1).
 * Pure.
 */
export function kupiecPof({ days, exceptions, confidence }: { days: number; exceptions: number; confidence: number }): { statistic: number; pValue: number } {
  const p = 1 - confidence;
  const x = exceptions;
  const n = days;
  if (n === 0) return { statistic: 0, pValue: 1 };
  const phat = x / n;
  const statistic = Math.max(0, -2 * (xlogy(n - x, 1 - p) + xlogy(x, p)) + 2 * (xlogy(n - x, 1 - phat) + xlogy(x, phat)));
  return { statistic, pValue: chiSquare1PValue(statistic) };
}
