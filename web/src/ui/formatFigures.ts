/**
 * Number formats for the portfolio, family-office and risk pages: money with thousands
 * separators, signed P&L, percentages of fractions, quantities. `—` for a missing value, so a
 * table never shows "NaN" or "null".
 */
const MISSING = '—';

const money0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const money2 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });
const quantity = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

const isNumber = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** 1234567.8 → "1,234,568"; with `cents`, "1,234,567.80". */
export function formatMoney(value: number | null | undefined, options: { cents?: boolean } = {}): string {
  if (!isNumber(value)) return MISSING;
  // −0.4 rounds to "-0": show "0".
  const text = (options.cents ? money2 : money0).format(value);
  return text === '-0' || text === '-0.00' ? text.slice(1) : text;
}

/** A P&L: "+1,234" / "−1,234" (a real minus sign) / "0". */
export function formatSignedMoney(value: number | null | undefined, options: { cents?: boolean } = {}): string {
  if (!isNumber(value)) return MISSING;
  const text = formatMoney(Math.abs(value), options);
  if (/^0(\.0+)?$/.test(text)) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** 1.2e6 → "1.2M" (axis labels and tiles on small screens). */
export function formatCompact(value: number | null | undefined): string {
  return isNumber(value) ? compact.format(value) : MISSING;
}

/** A fraction as a percentage: 0.1234 → "12.34%". */
export function formatPercent(fraction: number | null | undefined, digits = 2): string {
  if (!isNumber(fraction)) return MISSING;
  const text = (fraction * 100).toFixed(digits);
  return `${Number(text) === 0 ? (0).toFixed(digits) : text}%`;
}

/** A signed fraction as a percentage: 0.0123 → "+1.23%", −0.5 → "−50.00%". */
export function formatSignedPercent(fraction: number | null | undefined, digits = 2): string {
  if (!isNumber(fraction)) return MISSING;
  const text = formatPercent(Math.abs(fraction), digits);
  if (Number(text.slice(0, -1)) === 0) return text;
  return `${fraction > 0 ? '+' : '−'}${text}`;
}

/** Up to 6 decimals, thousands separators: 1234.5 → "1,234.5". */
export function formatQuantity(value: number | null | undefined): string {
  return isNumber(value) ? quantity.format(value) : MISSING;
}

/** The UTC calendar date of an ISO timestamp: "2026-01-05". */
export function formatDate(iso: string | Date | null | undefined): string {
  if (iso === null || iso === undefined) return MISSING;
  const date = iso instanceof Date ? iso : new Date(iso);
  return Number.isNaN(date.getTime()) ? MISSING : date.toISOString().slice(0, 10);
}

/** "2026-01-05 14:30 UTC". */
export function formatDateTime(iso: string | Date | null | undefined): string {
  if (iso === null || iso === undefined) return MISSING;
  const date = iso instanceof Date ? iso : new Date(iso);
  return Number.isNaN(date.getTime()) ? MISSING : `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

/** The CSS class of a signed figure: `up`, `down` or none. */
export function signClass(value: number | null | undefined): string {
  return !isNumber(value) || value === 0 ? '' : value > 0 ? 'up' : 'down';
}
