/** US cash session open, minutes after 00:00 UTC (14:30 UTC = 09:30 New York in winter). */
export const SESSION_OPEN_UTC_MINUTES = 14 * 60 + 30;
/** US cash session close, minutes after 00:00 UTC (21:00 UTC = 16:00 New York in winter). */
export const SESSION_CLOSE_UTC_MINUTES = 21 * 60;
/** Session length in minutes (390). */
export const SESSION_MINUTES = SESSION_CLOSE_UTC_MINUTES - SESSION_OPEN_UTC_MINUTES;

/** Open/close volatility relative to midday is 1 + U_SHAPE (2.5×). */
const U_SHAPE = 1.5;
/**
 * Normalises the profile so its mean square over the session is 1: with
 * x = 2τ − 1 uniform on [−1, 1], E[(1 + k x²)²] = 1 + 2k/3 + k²/5.
 */
const NORMALISER = 1 / Math.sqrt(1 + (2 * U_SHAPE) / 3 + (U_SHAPE * U_SHAPE) / 5);

/**
 * Intraday volatility multiplier v(t): U-shaped over the US session, so
 * minute returns are larger after the open and before the close than at
 * midday, as documented for equities by Wood, McInish & Ord (1985, J. Finance
 * 40(3)) and Andersen & Bollerslev (1997, J. Empirical Finance 4).
 *
 *   τ = (minutes since 14:30 UTC) / 390,  x = 2τ − 1,
 *   v(τ) = c·(1 + k·x²),  k = 1.5,  c = 1/√(1 + 2k/3 + k²/5) ≈ 0.639
 *
 * so v ≈ 1.60 at the open and close, ≈ 0.64 at midday, and the mean of v²
 * over the session is exactly 1: a day's variance is unchanged by the profile,
 * it is only redistributed. Outside the session (and for daily steps) v = 1.
 * The session is fixed in UTC (no daylight-saving shift): a simplification
 * the demo accepts.
 *
 * @param timeMs epoch milliseconds (UTC).
 */
export function intradayVolatility(timeMs: number): number {
  const dayMs = 86_400_000;
  const minutes = (((timeMs % dayMs) + dayMs) % dayMs) / 60_000;
  if (minutes < SESSION_OPEN_UTC_MINUTES || minutes >= SESSION_CLOSE_UTC_MINUTES) return 1;
  const x = (2 * (minutes - SESSION_OPEN_UTC_MINUTES)) / SESSION_MINUTES - 1;
  return NORMALISER * (1 + U_SHAPE * x * x);
}
