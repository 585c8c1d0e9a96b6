/**
 * Decimals needed to show prices on a tick grid: 0.01 → 2, 0.0005 → 4, 0.25 → 2, 1 → 0.
 * Capped at 8 (crypto satoshis) so a bad tick size can't produce unreadable numbers.
 */
export function decimalsForTick(tickSize: number): number {
  if (!(tickSize > 0) || !Number.isFinite(tickSize)) return 2;
  for (let decimals = 0; decimals <= 8; decimals++) {
    const scaled = tickSize * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled)) return decimals;
  }
  return 8;
}

const priceFormats = new Map<number, Intl.NumberFormat>();

/** Formats a price with the decimals of its instrument's tick size; `—` when there is none. */
export function formatPrice(value: number | null | undefined, tickSize = 0.01): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const decimals = decimalsForTick(tickSize);
  let format = priceFormats.get(decimals);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    priceFormats.set(decimals, format);
  }
  return format.format(value);
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** 1234567 → "1.2M". */
export function formatVolume(value: number): string {
  return compact.format(value);
}

/** Signed percent change, e.g. "+1.23%"; `—` when the base is missing or zero. */
export function formatChange(from: number | null | undefined, to: number | null | undefined): string {
  if (from === null || from === undefined || to === null || to === undefined || from === 0) return '—';
  const pct = ((to - from) / Math.abs(from)) * 100;
  return `${pct > 0 ? '+' : ''}${pct.toFixed(2)}%`;
}

/** Bar intervals of the `bars` query. */
export type Interval = 'M1' | 'M5' | 'M15' | 'H1' | 'D1';

/**
 * A short time-axis label for a bar start, in UTC (bars are aligned to UTC): intraday bars show
 * the time, daily bars the date.
 */
export function formatBarTime(ts: string, interval: Interval): string {
  const date = new Date(ts);
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  if (interval === 'D1') return iso.slice(0, 10);
  return iso.slice(11, 16);
}

/** The full label of a bar under the crosshair, e.g. "2026-01-05 14:30 UTC". */
export function formatBarTimestamp(ts: string, interval: Interval): string {
  const date = new Date(ts);
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return interval === 'D1' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
