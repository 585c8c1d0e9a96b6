/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AssetClass =
  | 'BOND'
  | 'COMMODITY'
  | 'CRYPTO'
  | 'EQUITY'
  | 'ETF'
  | 'FUTURE'
  | 'FX'
  | 'INDEX'
  | 'OPTION';

export type BarInput = {
  close: number;
  high: number;
  /** Only stored intervals can be ingested: M1 or D1. */
  interval: BarInterval;
  low: number;
  open: number;
  symbol: string;
  /** Start of the bar; must be aligned to the interval (whole minute / midnight UTC). */
  ts: string;
  volume: number;
};

/**
 * Bar intervals. M1 and D1 are stored; M5, M15 and H1 are aggregated from M1
 * bars in SQL at query time (TimescaleDB time_bucket, or date_bin on plain
 * PostgreSQL).
 */
export type BarInterval =
  | 'D1'
  | 'H1'
  | 'M1'
  | 'M5'
  | 'M15';

export type IngestBarsInput = {
  /** At most 100000 bars per call; existing bars with the same key are replaced. */
  bars: Array<BarInput>;
};

export type InstrumentFilter = {
  active?: boolean | null | undefined;
  assetClass?: AssetClass | null | undefined;
  currency?: string | null | undefined;
  exchange?: string | null | undefined;
  /** Case-insensitive match on symbol or name. */
  search?: string | null | undefined;
};

export type BarsQueryVariables = Exact<{
  symbol: string;
  interval: BarInterval;
  from?: string | null | undefined;
  to?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type BarsQuery = { bars: Array<{ ts: string, interval: BarInterval, open: number, high: number, low: number, close: number, volume: number }> };

export type IngestBarsMutationVariables = Exact<{
  input: IngestBarsInput;
}>;


export type IngestBarsMutation = { ingestBars: { written: number, inserted: number, replaced: number } };

export type InstrumentFieldsFragment = { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null };

export type QuoteFieldsFragment = { symbol: string, bid: number, ask: number, last: number, size: number, spread: number, ts: string };

export type BarFieldsFragment = { ts: string, interval: BarInterval, open: number, high: number, low: number, close: number, volume: number };

export type InstrumentsQueryVariables = Exact<{
  filter?: InstrumentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InstrumentsQuery = { instruments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null } }> } };

export type InstrumentQueryVariables = Exact<{
  symbol: string;
}>;


export type InstrumentQuery = { instrument: { id: string, symbol: string, name: string, assetClass: AssetClass, currency: string, exchange: string, multiplier: number, tickSize: number, active: boolean, lastPrice: number | null, latestQuote: { symbol: string, bid: number, ask: number, last: number, size: number, spread: number, ts: string } | null } | null };

export type LatestQuoteQueryVariables = Exact<{
  symbol: string;
}>;


export type LatestQuoteQuery = { latestQuote: { symbol: string, bid: number, ask: number, last: number, size: number, spread: number, ts: string } | null };

export type QuotesSubscriptionVariables = Exact<{
  symbols: Array<string> | string;
}>;


export type QuotesSubscription = { quotes: { symbol: string, bid: number, ask: number, last: number, size: number, spread: number, ts: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const InstrumentFieldsFragmentDoc = new TypedDocumentString(`
    fragment InstrumentFields on Instrument {
  id
  symbol
  name
  assetClass
  currency
  exchange
  multiplier
  tickSize
  active
  lastPrice
}
    `, {"fragmentName":"InstrumentFields"}) as unknown as TypedDocumentString<InstrumentFieldsFragment, unknown>;
export const QuoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuoteFields on Quote {
  symbol
  bid
  ask
  last
  size
  spread
  ts
}
    `, {"fragmentName":"QuoteFields"}) as unknown as TypedDocumentString<QuoteFieldsFragment, unknown>;
export const BarFieldsFragmentDoc = new TypedDocumentString(`
    fragment BarFields on Bar {
  ts
  interval
  open
  high
  low
  close
  volume
}
    `, {"fragmentName":"BarFields"}) as unknown as TypedDocumentString<BarFieldsFragment, unknown>;
export const BarsDocument = new TypedDocumentString(`
    query Bars($symbol: String!, $interval: BarInterval!, $from: DateTime, $to: DateTime, $limit: Int) {
  bars(symbol: $symbol, interval: $interval, from: $from, to: $to, limit: $limit) {
    ...BarFields
  }
}
    fragment BarFields on Bar {
  ts
  interval
  open
  high
  low
  close
  volume
}`) as unknown as TypedDocumentString<BarsQuery, BarsQueryVariables>;
export const IngestBarsDocument = new TypedDocumentString(`
    mutation IngestBars($input: IngestBarsInput!) {
  ingestBars(input: $input) {
    written
    inserted
    replaced
  }
}
    `) as unknown as TypedDocumentString<IngestBarsMutation, IngestBarsMutationVariables>;
export const InstrumentsDocument = new TypedDocumentString(`
    query Instruments($filter: InstrumentFilter, $first: Int, $after: String) {
  instruments(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InstrumentFields
      }
    }
  }
}
    fragment InstrumentFields on Instrument {
  id
  symbol
  name
  assetClass
  currency
  exchange
  multiplier
  tickSize
  active
  lastPrice
}`) as unknown as TypedDocumentString<InstrumentsQuery, InstrumentsQueryVariables>;
export const InstrumentDocument = new TypedDocumentString(`
    query Instrument($symbol: String!) {
  instrument(symbol: $symbol) {
    ...InstrumentFields
    latestQuote {
      ...QuoteFields
    }
  }
}
    fragment InstrumentFields on Instrument {
  id
  symbol
  name
  assetClass
  currency
  exchange
  multiplier
  tickSize
  active
  lastPrice
}
fragment QuoteFields on Quote {
  symbol
  bid
  ask
  last
  size
  spread
  ts
}`) as unknown as TypedDocumentString<InstrumentQuery, InstrumentQueryVariables>;
export const LatestQuoteDocument = new TypedDocumentString(`
    query LatestQuote($symbol: String!) {
  latestQuote(symbol: $symbol) {
    ...QuoteFields
  }
}
    fragment QuoteFields on Quote {
  symbol
  bid
  ask
  last
  size
  spread
  ts
}`) as unknown as TypedDocumentString<LatestQuoteQuery, LatestQuoteQueryVariables>;
export const QuotesDocument = new TypedDocumentString(`
    subscription Quotes($symbols: [String!]!) {
  quotes(symbols: $symbols) {
    ...QuoteFields
  }
}
    fragment QuoteFields on Quote {
  symbol
  bid
  ask
  last
  size
  spread
  ts
}`) as unknown as TypedDocumentString<QuotesSubscription, QuotesSubscriptionVariables>;