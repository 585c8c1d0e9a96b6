import { useMemo } from 'react';
import { useLiveQuotes } from '../../live/useLiveQuotes.ts';
import type { GatewayError } from '../../graphql/GatewayError.ts';
import { valueHoldings, type HoldingInput, type Valuation } from './holdings.ts';

/** A position as the portfolio queries select it (see PortfolioDetail and OverviewPage). */
export interface PositionFields {
  symbol: string;
  quantity: number;
  costBasis: number;
  realizedPnl: number;
  averageCost?: number | null;
  instrument: {
    lastPrice?: number | null;
    assetClass?: string;
    multiplier?: number;
    latestQuote?: { ts: unknown } | null;
    bars?: readonly { ts: unknown; close: number }[];
  };
}

export function toHoldingInput(p: PositionFields): HoldingInput {
  return {
    symbol: p.symbol,
    quantity: p.quantity,
    costBasis: p.costBasis,
    realizedPnl: p.realizedPnl,
    lastPrice: p.instrument.lastPrice ?? null,
    lastPriceTs: p.instrument.latestQuote ? String(p.instrument.latestQuote.ts) : null,
    dailyBars: p.instrument.bars?.map((b) => ({ ts: String(b.ts), close: b.close })),
    ...(p.instrument.assetClass !== undefined ? { assetClass: p.instrument.assetClass } : {}),
    ...(p.instrument.multiplier !== undefined ? { multiplier: p.instrument.multiplier } : {}),
  };
}

/** Positions of several books valued at live quotes: one `quotes` subscription for every symbol held. */
export function useLiveValuations(books: readonly { positions: readonly PositionFields[]; cash: number }[]): {
  valuations: Valuation[];
  ticks: number;
  error: GatewayError | undefined;
} {
  const symbols = useMemo(() => [...new Set(books.flatMap((b) => b.positions.map((p) => p.symbol)))], [books]);
  const { book, error } = useLiveQuotes(symbols);
  const valuations = useMemo(() => {
    const live = Object.fromEntries(Object.values(book).map((q) => [q.symbol, { last: q.last, ts: String(q.ts) }]));
    return books.map((b) => valueHoldings(b.positions.map(toHoldingInput), b.cash, live));
  }, [books, book]);
  return { valuations, ticks: Object.keys(book).length, error };
}
