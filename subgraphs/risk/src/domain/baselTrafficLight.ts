/** Cumulative binomial probability P(X ≤ x) for X ~ Bin(n, p). */
export function binomialCdf(x: number, n: number, p: number): number {
  let term = (1 - p) ** n; // P(X = 0)
  let sum = term;
  for (let k = 1; k <= x; k++) {
    term *= ((n - k + 1) / k) * (p / (1 - p));
    sum += term;
  }
  return Math.min(1, sum);
}

/**
 * Basel traffic light (BCBS 1996, "Supervisory framework for the use of
 * backtesting…", Table 2): the zone boundaries are where the cumulative
 * binomial probability of the exception count reaches 95% (yellow) and
 * 99.99% (red). For 250 days at 99% that is the published table: green ≤ 4,
 * yellow 5–9, red ≥ 10; the same rule extends to other windows and levels.
 */
export function baselTrafficLight({ days, exceptions, confidence }: { days: number; exceptions: number; confidence: number }): 'GREEN' | 'YELLOW' | 'RED' {
  const cumulative = binomialCdf(exceptions, days, 1 - confidence);
  if (cumulative < 0.95) return 'GREEN';
  if (cumulative < 0.9999) return 'YELLOW';
  return 'RED';
}
