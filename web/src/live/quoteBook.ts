import type { LiveQuotesSubscription } from '../__generated__/graphql.ts';

/** The quote fields the table shows live. */
export type LiveField = 'bid' | 'ask' | 'last';

export const LIVE_FIELDS: readonly LiveField[] = ['bid', 'ask', 'last'];

/** A quote as it arrives from the `quotes` subscription (only the fields the book needs; `ts` is ISO-8601). */
export type QuoteTick = LiveQuotesSubscription['quotes'];

/**
 * How one field last changed. `version` increases on every change, so a view can key its flash
 * animation on it and restart the animation on each tick without timers.
 */
export interface FieldChange {
  direction: 1 | -1 | 0;
  version: number;
}

export interface LiveQuote extends QuoteTick {
  changes: Readonly<Record<LiveField, FieldChange>>;
}

/** Latest quote per symbol. Immutable: a merge that changes nothing returns the same object. */
export type QuoteBook = Readonly<Record<string, LiveQuote>>;

export const EMPTY_BOOK: QuoteBook = Object.freeze({});

const UNCHANGED: FieldChange = Object.freeze({ direction: 0, version: 0 });

/**
 * Merges one tick into the book.
 *
 * Ticks older than the symbol's current one are ignored (a resubscription may replay, and the
 * gateway conflates bursts, so order is not guaranteed); a tick with the same values changes
 * nothing and returns the same book, so React skips the render.
 */
export function mergeQuote(book: QuoteBook, tick: QuoteTick): QuoteBook {
  const previous = book[tick.symbol];
  if (previous === undefined) {
    return { ...book, [tick.symbol]: { ...pick(tick), changes: { bid: UNCHANGED, ask: UNCHANGED, last: UNCHANGED } } };
  }
  if (Date.parse(tick.ts) < Date.parse(previous.ts)) return book;
  let changed = false;
  const changes = { ...previous.changes };
  for (const field of LIVE_FIELDS) {
    const before = previous[field];
    const after = tick[field];
    if (after !== before) {
      changed = true;
      changes[field] = { direction: after > before ? 1 : -1, version: previous.changes[field].version + 1 };
    }
  }
  if (!changed) return book;
  return { ...book, [tick.symbol]: { ...pick(tick), changes } };
}

/** Merges a batch of ticks in arrival order (one render per animation frame instead of one per tick). */
export function mergeQuotes(book: QuoteBook, ticks: Iterable<QuoteTick>): QuoteBook {
  let next = book;
  for (const tick of ticks) next = mergeQuote(next, tick);
  return next;
}

function pick(tick: QuoteTick): QuoteTick {
  return { symbol: tick.symbol, bid: tick.bid, ask: tick.ask, last: tick.last, ts: tick.ts };
}
