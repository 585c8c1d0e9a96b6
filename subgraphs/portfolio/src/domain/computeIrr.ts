export interface CashFlow {
  /** Time in years from the first flow. */
  years: number;
  /** Signed amount from the investor's side: money put in is negative, money taken out (and the final value) positive. */
  amount: number;
}

/**
 * Internal rate of return: the annual rate r with NPV(r) = Σ a_i/(1 + r)^{t_i} = 0
 * (money-weighted return; CFA Institute GIPS, "money-weighted return").
 * NPV is decreasing in r when early flows are negative, so the root is
 * bracketed on (−0.9999, 1e6) and found by bisection (robust; 200 halvings
 * reach float precision). Null when the flows do not change sign (no IRR).
 */
export function computeIrr(flows: readonly CashFlow[]): number | null {
  if (!flows.some((f) => f.amount < 0) || !flows.some((f) => f.amount > 0)) return null;
  const npv = (r: number) => flows.reduce((sum, f) => sum + f.amount / (1 + r) ** f.years, 0);
  let lo = -0.9999;
  let hi = 1e6;
  let fLo = npv(lo);
  const fHi = npv(hi);
  if (Math.sign(fLo) === Math.sign(fHi)) return null;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    const fMid = npv(mid);
    if (Math.sign(fMid) === Math.sign(fLo)) {
      lo = mid;
      fLo = fMid;
    } else hi = mid;
  }
  return (lo + hi) / 2;
}
