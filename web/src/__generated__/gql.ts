/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query InstrumentDetail($symbol: String!, $interval: BarInterval!, $limit: Int) {\n    instrument(symbol: $symbol) {\n      id\n      symbol\n      name\n      assetClass\n      currency\n      exchange\n      multiplier\n      tickSize\n      active\n      lastPrice\n      latestQuote {\n        bid\n        ask\n        last\n        size\n        spread\n        ts\n      }\n      bars(interval: $interval, limit: $limit) {\n        ts\n        interval\n        open\n        high\n        low\n        close\n        volume\n      }\n    }\n  }\n": typeof types.InstrumentDetailDocument,
    "\n  query InstrumentsPage($filter: InstrumentFilter, $first: Int, $after: String) {\n    instruments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          symbol\n          name\n          assetClass\n          currency\n          exchange\n          tickSize\n          lastPrice\n          latestQuote {\n            bid\n            ask\n            last\n            ts\n          }\n        }\n      }\n    }\n  }\n": typeof types.InstrumentsPageDocument,
    "\n  query MarginAccounts {\n    marginAccounts {\n      id\n      name\n      broker\n      currency\n      methodology\n      owner {\n        id\n        name\n      }\n      portfolios {\n        id\n        name\n      }\n      status {\n        equity\n        maintenanceRequirement\n        houseRequirement\n        excess\n        buyingPower\n        utilization\n        inCall\n        asOf\n      }\n      liveCall {\n        id\n        kind\n        amountDue\n        dueAt\n      }\n    }\n  }\n": typeof types.MarginAccountsDocument,
    "\n  subscription LiveQuotes($symbols: [String!]!) {\n    quotes(symbols: $symbols) {\n      symbol\n      bid\n      ask\n      last\n      ts\n    }\n  }\n": typeof types.LiveQuotesDocument,
    "\n  subscription LiveMarginUtilization($accountId: ID!) {\n    marginUtilization(accountId: $accountId) {\n      accountId\n      equity\n      maintenanceRequirement\n      houseRequirement\n      excess\n      utilization\n      inCall\n      ts\n    }\n  }\n": typeof types.LiveMarginUtilizationDocument,
    "\n  subscription LiveMarginCalls($accountIds: [ID!]) {\n    marginCallRaised(accountIds: $accountIds) {\n      id\n      kind\n      amountDue\n      dueAt\n      raisedAt\n      account {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LiveMarginCallsDocument,
    "\n  subscription LiveMarginWarnings($accountIds: [ID!]) {\n    marginWarning(accountIds: $accountIds) {\n      id\n      kind\n      probability\n      utilization\n      ts\n      account {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LiveMarginWarningsDocument,
};
const documents: Documents = {
    "\n  query InstrumentDetail($symbol: String!, $interval: BarInterval!, $limit: Int) {\n    instrument(symbol: $symbol) {\n      id\n      symbol\n      name\n      assetClass\n      currency\n      exchange\n      multiplier\n      tickSize\n      active\n      lastPrice\n      latestQuote {\n        bid\n        ask\n        last\n        size\n        spread\n        ts\n      }\n      bars(interval: $interval, limit: $limit) {\n        ts\n        interval\n        open\n        high\n        low\n        close\n        volume\n      }\n    }\n  }\n": types.InstrumentDetailDocument,
    "\n  query InstrumentsPage($filter: InstrumentFilter, $first: Int, $after: String) {\n    instruments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          symbol\n          name\n          assetClass\n          currency\n          exchange\n          tickSize\n          lastPrice\n          latestQuote {\n            bid\n            ask\n            last\n            ts\n          }\n        }\n      }\n    }\n  }\n": types.InstrumentsPageDocument,
    "\n  query MarginAccounts {\n    marginAccounts {\n      id\n      name\n      broker\n      currency\n      methodology\n      owner {\n        id\n        name\n      }\n      portfolios {\n        id\n        name\n      }\n      status {\n        equity\n        maintenanceRequirement\n        houseRequirement\n        excess\n        buyingPower\n        utilization\n        inCall\n        asOf\n      }\n      liveCall {\n        id\n        kind\n        amountDue\n        dueAt\n      }\n    }\n  }\n": types.MarginAccountsDocument,
    "\n  subscription LiveQuotes($symbols: [String!]!) {\n    quotes(symbols: $symbols) {\n      symbol\n      bid\n      ask\n      last\n      ts\n    }\n  }\n": types.LiveQuotesDocument,
    "\n  subscription LiveMarginUtilization($accountId: ID!) {\n    marginUtilization(accountId: $accountId) {\n      accountId\n      equity\n      maintenanceRequirement\n      houseRequirement\n      excess\n      utilization\n      inCall\n      ts\n    }\n  }\n": types.LiveMarginUtilizationDocument,
    "\n  subscription LiveMarginCalls($accountIds: [ID!]) {\n    marginCallRaised(accountIds: $accountIds) {\n      id\n      kind\n      amountDue\n      dueAt\n      raisedAt\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.LiveMarginCallsDocument,
    "\n  subscription LiveMarginWarnings($accountIds: [ID!]) {\n    marginWarning(accountIds: $accountIds) {\n      id\n      kind\n      probability\n      utilization\n      ts\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.LiveMarginWarningsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentDetail($symbol: String!, $interval: BarInterval!, $limit: Int) {\n    instrument(symbol: $symbol) {\n      id\n      symbol\n      name\n      assetClass\n      currency\n      exchange\n      multiplier\n      tickSize\n      active\n      lastPrice\n      latestQuote {\n        bid\n        ask\n        last\n        size\n        spread\n        ts\n      }\n      bars(interval: $interval, limit: $limit) {\n        ts\n        interval\n        open\n        high\n        low\n        close\n        volume\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentDetail($symbol: String!, $interval: BarInterval!, $limit: Int) {\n    instrument(symbol: $symbol) {\n      id\n      symbol\n      name\n      assetClass\n      currency\n      exchange\n      multiplier\n      tickSize\n      active\n      lastPrice\n      latestQuote {\n        bid\n        ask\n        last\n        size\n        spread\n        ts\n      }\n      bars(interval: $interval, limit: $limit) {\n        ts\n        interval\n        open\n        high\n        low\n        close\n        volume\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentsPage($filter: InstrumentFilter, $first: Int, $after: String) {\n    instruments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          symbol\n          name\n          assetClass\n          currency\n          exchange\n          tickSize\n          lastPrice\n          latestQuote {\n            bid\n            ask\n            last\n            ts\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentsPage($filter: InstrumentFilter, $first: Int, $after: String) {\n    instruments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          symbol\n          name\n          assetClass\n          currency\n          exchange\n          tickSize\n          lastPrice\n          latestQuote {\n            bid\n            ask\n            last\n            ts\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarginAccounts {\n    marginAccounts {\n      id\n      name\n      broker\n      currency\n      methodology\n      owner {\n        id\n        name\n      }\n      portfolios {\n        id\n        name\n      }\n      status {\n        equity\n        maintenanceRequirement\n        houseRequirement\n        excess\n        buyingPower\n        utilization\n        inCall\n        asOf\n      }\n      liveCall {\n        id\n        kind\n        amountDue\n        dueAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MarginAccounts {\n    marginAccounts {\n      id\n      name\n      broker\n      currency\n      methodology\n      owner {\n        id\n        name\n      }\n      portfolios {\n        id\n        name\n      }\n      status {\n        equity\n        maintenanceRequirement\n        houseRequirement\n        excess\n        buyingPower\n        utilization\n        inCall\n        asOf\n      }\n      liveCall {\n        id\n        kind\n        amountDue\n        dueAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveQuotes($symbols: [String!]!) {\n    quotes(symbols: $symbols) {\n      symbol\n      bid\n      ask\n      last\n      ts\n    }\n  }\n"): (typeof documents)["\n  subscription LiveQuotes($symbols: [String!]!) {\n    quotes(symbols: $symbols) {\n      symbol\n      bid\n      ask\n      last\n      ts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveMarginUtilization($accountId: ID!) {\n    marginUtilization(accountId: $accountId) {\n      accountId\n      equity\n      maintenanceRequirement\n      houseRequirement\n      excess\n      utilization\n      inCall\n      ts\n    }\n  }\n"): (typeof documents)["\n  subscription LiveMarginUtilization($accountId: ID!) {\n    marginUtilization(accountId: $accountId) {\n      accountId\n      equity\n      maintenanceRequirement\n      houseRequirement\n      excess\n      utilization\n      inCall\n      ts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveMarginCalls($accountIds: [ID!]) {\n    marginCallRaised(accountIds: $accountIds) {\n      id\n      kind\n      amountDue\n      dueAt\n      raisedAt\n      account {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveMarginCalls($accountIds: [ID!]) {\n    marginCallRaised(accountIds: $accountIds) {\n      id\n      kind\n      amountDue\n      dueAt\n      raisedAt\n      account {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveMarginWarnings($accountIds: [ID!]) {\n    marginWarning(accountIds: $accountIds) {\n      id\n      kind\n      probability\n      utilization\n      ts\n      account {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveMarginWarnings($accountIds: [ID!]) {\n    marginWarning(accountIds: $accountIds) {\n      id\n      kind\n      probability\n      utilization\n      ts\n      account {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;