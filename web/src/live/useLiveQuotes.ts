import { useCallback, useMemo, useState } from 'react';
import { graphql } from '../__generated__/index.ts';
import { useSubscription } from '../graphql/hooks.tsx';
import type { GatewayError } from '../graphql/GatewayError.ts';
import { EMPTY_BOOK, mergeQuotes, type QuoteBook, type QuoteTick } from './quoteBook.ts';
import { useFrameBatch } from './useFrameBatch.ts';

const LiveQuotesSubscription = graphql(`
  subscription LiveQuotes($symbols: [String!]!) {
    quotes(symbols: $symbols) {
      symbol
      bid
      ask
      last
      ts
    }
  }
`);

/**
 * Subscribes to quotes for `symbols` and keeps the latest per symbol in a {@link QuoteBook}.
 *
 * Ticks are buffered and merged once per animation frame, so a burst of quotes for a page of
 * instruments costs one render. The subscription is restarted only when the set of symbols
 * changes (order and duplicates don't matter).
 */
export function useLiveQuotes(symbols: readonly string[]): { book: QuoteBook; error: GatewayError | undefined } {
  const [book, setBook] = useState<QuoteBook>(EMPTY_BOOK);
  // Symbols never contain commas (the schema's symbol format), so the joined set is a safe key.
  const key = [...new Set(symbols)].sort().join(',');
  const sorted = useMemo(() => (key === '' ? [] : key.split(',')), [key]);

  const push = useFrameBatch(useCallback((ticks: QuoteTick[]) => setBook((current) => mergeQuotes(current, ticks)), []));

  const { error } = useSubscription(LiveQuotesSubscription, { symbols: sorted }, (data) => push(data.quotes), { skip: sorted.length === 0 });
  return { book, error };
}
