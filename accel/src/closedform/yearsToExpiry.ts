/** Days in the year for option time to expiry (ACT/365.25). */
export const DAYS_PER_YEAR = 365.25;

/** An option expires at 16:00 UTC of its expiry date (the platform's convention). */
export const EXPIRY_UTC_HOUR = 16;

const YEAR_MS = DAYS_PER_YEAR * 86_400_000;

/**
 * Years from `asOf` to 16:00 UTC of the expiry date (≤ 0 once expired): the
 * time to expiry every engine prices options with, so risk and collateral
 * agree on an option's value.
 */
export function yearsToExpiry(expiry: Date | number, asOf: Date | number): number {
  return (Number(expiry) + EXPIRY_UTC_HOUR * 3_600_000 - Number(asOf)) / YEAR_MS;
}
