import type { QuoteEvent } from '@nautilus/runtime';
import type { QuoteRecord } from './types.ts';

/** ask − bid, rounded to 10 decimals so float noise (0.19999999999) never reaches clients. */
export function computeSpread(bid: number, ask: number): number {
  return Math.round((ask - bid) * 1e10) / 1e10;
}

/** The `marketdata.quote` bus event of a stored quote. */
export function toQuoteEvent(quote: QuoteRecord): QuoteEvent {
  return {
    instrumentId: String(quote.instrumentId),
    symbol: quote.symbol,
    bid: quote.bid,
    ask: quote.ask,
    last: quote.last,
    size: quote.size,
    ts: quote.ts.toISOString(),
  };
}
