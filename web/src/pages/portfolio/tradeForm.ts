/**
 * The record-trades form's rows and how they become `TradeInput`s. Inputs are strings as typed;
 * the server checks every value (and names the bad field, e.g. `input.trades[1].quantity`), so the
 * form only turns text into numbers and the UTC time into ISO-8601.
 */
import type { TradeInput, TradeSide } from '../../__generated__/graphql.ts';

export interface TradeRow {
  symbol: string;
  side: TradeSide;
  quantity: string;
  price: string;
  fees: string;
  /** `YYYY-MM-DDTHH:mm` (a datetime-local value), read as UTC. */
  ts: string;
}

/** `YYYY-MM-DDTHH:mm` of an epoch time in UTC (the form's default: now). */
export function utcMinute(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 16);
}

export function emptyTradeRow(now: number): TradeRow {
  return { symbol: '', side: 'BUY', quantity: '', price: '', fees: '0', ts: utcMinute(now) };
}

/** Text → number; empty or unreadable text becomes NaN, which the server refuses by field. */
const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function toTradeInputs(rows: readonly TradeRow[]): TradeInput[] {
  return rows.map((r) => ({
    symbol: r.symbol.trim().toUpperCase(),
    side: r.side,
    quantity: toNumber(r.quantity),
    price: toNumber(r.price),
    fees: r.fees.trim() === '' ? 0 : toNumber(r.fees),
    ts: r.ts.length === 16 ? `${r.ts}:00Z` : r.ts,
  }));
}

/**
 * A client-side check before sending: JSON cannot carry NaN, so an empty or unreadable number is
 * reported here with the same field path the server would use.
 */
export function firstUnreadable(inputs: readonly TradeInput[]): { field: string; message: string } | null {
  for (const [i, t] of inputs.entries()) {
    for (const key of ['quantity', 'price', 'fees'] as const) {
      const value = t[key];
      if (typeof value === 'number' && !Number.isFinite(value)) return { field: `input.trades[${i}].${key}`, message: `${key} must be a number` };
    }
    if (t.symbol === '') return { field: `input.trades[${i}].symbol`, message: 'symbol is required' };
    if (Number.isNaN(Date.parse(String(t.ts)))) return { field: `input.trades[${i}].ts`, message: 'ts must be a date and time' };
  }
  return null;
}
