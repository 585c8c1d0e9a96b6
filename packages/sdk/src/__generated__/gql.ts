/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Bars($symbol: String!, $interval: BarInterval!, $from: DateTime, $to: DateTime, $limit: Int) {\n  bars(symbol: $symbol, interval: $interval, from: $from, to: $to, limit: $limit) {\n    ...BarFields\n  }\n}\n\nmutation IngestBars($input: IngestBarsInput!) {\n  ingestBars(input: $input) {\n    written\n    inserted\n    replaced\n  }\n}": typeof types.BarsDocument,
    "fragment InstrumentFields on Instrument {\n  id\n  symbol\n  name\n  assetClass\n  currency\n  exchange\n  multiplier\n  tickSize\n  active\n  lastPrice\n}\n\nfragment QuoteFields on Quote {\n  symbol\n  bid\n  ask\n  last\n  size\n  spread\n  ts\n}\n\nfragment BarFields on Bar {\n  ts\n  interval\n  open\n  high\n  low\n  close\n  volume\n}": typeof types.InstrumentFieldsFragmentDoc,
    "query Instruments($filter: InstrumentFilter, $first: Int, $after: String) {\n  instruments(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...InstrumentFields\n      }\n    }\n  }\n}\n\nquery Instrument($symbol: String!) {\n  instrument(symbol: $symbol) {\n    ...InstrumentFields\n    latestQuote {\n      ...QuoteFields\n    }\n  }\n}": typeof types.InstrumentsDocument,
    "query LatestQuote($symbol: String!) {\n  latestQuote(symbol: $symbol) {\n    ...QuoteFields\n  }\n}\n\nsubscription Quotes($symbols: [String!]!) {\n  quotes(symbols: $symbols) {\n    ...QuoteFields\n  }\n}": typeof types.LatestQuoteDocument,
};
const documents: Documents = {
    "query Bars($symbol: String!, $interval: BarInterval!, $from: DateTime, $to: DateTime, $limit: Int) {\n  bars(symbol: $symbol, interval: $interval, from: $from, to: $to, limit: $limit) {\n    ...BarFields\n  }\n}\n\nmutation IngestBars($input: IngestBarsInput!) {\n  ingestBars(input: $input) {\n    written\n    inserted\n    replaced\n  }\n}": types.BarsDocument,
    "fragment InstrumentFields on Instrument {\n  id\n  symbol\n  name\n  assetClass\n  currency\n  exchange\n  multiplier\n  tickSize\n  active\n  lastPrice\n}\n\nfragment QuoteFields on Quote {\n  symbol\n  bid\n  ask\n  last\n  size\n  spread\n  ts\n}\n\nfragment BarFields on Bar {\n  ts\n  interval\n  open\n  high\n  low\n  close\n  volume\n}": types.InstrumentFieldsFragmentDoc,
    "query Instruments($filter: InstrumentFilter, $first: Int, $after: String) {\n  instruments(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...InstrumentFields\n      }\n    }\n  }\n}\n\nquery Instrument($symbol: String!) {\n  instrument(symbol: $symbol) {\n    ...InstrumentFields\n    latestQuote {\n      ...QuoteFields\n    }\n  }\n}": types.InstrumentsDocument,
    "query LatestQuote($symbol: String!) {\n  latestQuote(symbol: $symbol) {\n    ...QuoteFields\n  }\n}\n\nsubscription Quotes($symbols: [String!]!) {\n  quotes(symbols: $symbols) {\n    ...QuoteFields\n  }\n}": types.LatestQuoteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Bars($symbol: String!, $interval: BarInterval!, $from: DateTime, $to: DateTime, $limit: Int) {\n  bars(symbol: $symbol, interval: $interval, from: $from, to: $to, limit: $limit) {\n    ...BarFields\n  }\n}\n\nmutation IngestBars($input: IngestBarsInput!) {\n  ingestBars(input: $input) {\n    written\n    inserted\n    replaced\n  }\n}"): typeof import('./graphql.js').BarsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentFields on Instrument {\n  id\n  symbol\n  name\n  assetClass\n  currency\n  exchange\n  multiplier\n  tickSize\n  active\n  lastPrice\n}\n\nfragment QuoteFields on Quote {\n  symbol\n  bid\n  ask\n  last\n  size\n  spread\n  ts\n}\n\nfragment BarFields on Bar {\n  ts\n  interval\n  open\n  high\n  low\n  close\n  volume\n}"): typeof import('./graphql.js').InstrumentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Instruments($filter: InstrumentFilter, $first: Int, $after: String) {\n  instruments(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...InstrumentFields\n      }\n    }\n  }\n}\n\nquery Instrument($symbol: String!) {\n  instrument(symbol: $symbol) {\n    ...InstrumentFields\n    latestQuote {\n      ...QuoteFields\n    }\n  }\n}"): typeof import('./graphql.js').InstrumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LatestQuote($symbol: String!) {\n  latestQuote(symbol: $symbol) {\n    ...QuoteFields\n  }\n}\n\nsubscription Quotes($symbols: [String!]!) {\n  quotes(symbols: $symbols) {\n    ...QuoteFields\n  }\n}"): typeof import('./graphql.js').LatestQuoteDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
