/**
 * Maximum drawdown of the value path W₀ = start, Wₜ = Wₜ₋₁ + pnlₜ:
 * max over t of (peak − Wₜ)/peak (Magdon-Ismail & Atiya 2004 definition).
 * 0 for a non-positive start (a net-short book has no meaningful percentage). Pure.
 * (Portfolio's `computeMaxDrawdown` takes the value series itself and says where the peak and
 * trough were; this one takes a start and P&L steps, the shape of a risk scenario path.)
 */
export function computePnlMaxDrawdown(start: number, pnl: readonly number[]): number {
  if (start <= 0) return 0;
  let w = start;
  let peak = start;
  let worst = 0;
  for (const x of pnl) {
    w += x;
    if (w > peak) peak = w;
    worst = Math.max(worst, (peak - w) / peak);
  }
  return worst;
}
