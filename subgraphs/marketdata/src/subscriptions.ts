import { defineSubscription, type SubscriptionSpec } from '@nautilus/runtime';
import { computeSpread } from './domain/quotes.ts';

/**
 * The subscriptions marketdata declares in schema.graphql and how the gateway
 * executes them from the bus. A quote event carries every scalar of `Quote`,
 * so most selections resolve with no lookup; selecting `instrument { … }`
 * runs the selection on `latestQuote(symbol)` once per event.
 */
export const subscriptions: SubscriptionSpec[] = [
  defineSubscription({
    field: 'quotes',
    topic: 'marketdata.quote',
    matches: (args, event) => (args.symbols as string[]).includes(event.symbol),
    route: { event: (event) => event.symbol, args: (args) => args.symbols as string[] },
    // A price stream: a subscriber still busy with an older quote of a symbol gets the newest one.
    conflate: (event) => event.symbol,
    fields: (event) => ({
      symbol: event.symbol,
      bid: event.bid,
      ask: event.ask,
      last: event.last,
      size: event.size,
      ts: event.ts,
      spread: computeSpread(event.bid, event.ask),
    }),
    lookup: { field: 'latestQuote', argTypes: { symbol: 'String!' }, args: (event) => ({ symbol: event.symbol }) },
  }) as SubscriptionSpec,
];
