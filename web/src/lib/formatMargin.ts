/**
 * Formatting for the margin panel: money in whole units, utilisation and probabilities as
 * percents, call deadlines relative to now, event times in UTC (like the chart's axis).
 */

const amountFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const centsFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Whole currency units with separators, e.g. 1234567.8 → "1,234,568"; `—` when missing. */
export function formatAmount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const rounded = Math.round(value);
  // Avoid "-0" for small negatives.
  return amountFormat.format(rounded === 0 ? 0 : rounded);
}

/** An amount due, to the cent, with its currency: "USD 12,345.67". */
export function formatAmountDue(value: number | null | undefined, currency?: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = centsFormat.format(value);
  return currency === undefined || currency === '' ? text : `${currency} ${text}`;
}

/**
 * Utilisation as a percent with one decimal, e.g. 0.8525 → "85.3%". The engine caps utilisation
 * at a large number when equity is gone; anything from 1000% up reads "≥1,000%".
 */
export function formatUtilization(utilization: number | null | undefined): string {
  if (utilization === null || utilization === undefined || Number.isNaN(utilization)) return '—';
  if (utilization >= 10) return '≥1,000%';
  return `${(Math.max(0, utilization) * 100).toFixed(1)}%`;
}

/** A probability as a whole percent ("<1%" for small non-zero ones); `—` when there is none. */
export function formatProbability(probability: number | null | undefined): string {
  if (probability === null || probability === undefined || !Number.isFinite(probability)) return '—';
  const pct = probability * 100;
  if (pct > 0 && pct < 1) return '<1%';
  return `${Math.round(pct)}%`;
}

/**
 * Time left until a call is due, relative to `now` (ms since epoch): "due in 3h 12m",
 * "due in 2d 4h", "due in <1m", or "overdue 25m" once past. Empty for an unreadable date.
 */
export function formatDueIn(dueAt: string, now: number): string {
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return '';
  const diff = due - now;
  const span = formatSpan(Math.abs(diff));
  return diff >= 0 ? `due in ${span}` : `overdue ${span}`;
}

function formatSpan(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return '<1m';
  const days = Math.floor(minutes / 1_440);
  const hours = Math.floor((minutes % 1_440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return mins > 0 ? `${hours}h ${mins}m` : `${hours}h`;
  return `${mins}m`;
}

/** Time of day of an event in UTC, e.g. "14:30:05"; empty for an unreadable date. */
export function formatEventTime(ts: string): string {
  const date = new Date(ts);
  if (Number.isNaN(date.getTime())) return '';
  return date.toISOString().slice(11, 19);
}

/** "REG_T" → "Reg T", "PORTFOLIO" → "Portfolio". */
export function formatMethodology(methodology: string): string {
  if (methodology === 'REG_T') return 'Reg T';
  return methodology.charAt(0) + methodology.slice(1).toLowerCase().replaceAll('_', ' ');
}
