/**
 * `@nautilus/sdk`: a typed client for the Nautilus gateway.
 *
 * `scripts/generateOperations.ts` writes one operation per query, mutation and subscription field
 * of `gateway/supergraph.graphql` into `src/operations/generated/`; `npm run codegen` turns those
 * (and the hand-written `src/operations/*.graphql`) into the typed documents of
 * `src/__generated__/`, which back `client.query.*`, `client.mutation.*` and `client.subscription.*`.
 */
export {
  backoffDelay,
  createNautilusClient,
  toWebSocketUrl,
  type ConnectionState,
  type MutationMethods,
  type MutationName,
  type MutationResult,
  type MutationVariables,
  type NautilusClient,
  type NautilusClientOptions,
  type QueryMethods,
  type QueryName,
  type QueryResult,
  type QueryVariables,
  type ResultOf,
  type RetryOptions,
  type SubscriptionHandlers,
  type SubscriptionMethods,
  type SubscriptionName,
  type SubscriptionResult,
  type SubscriptionVariables,
  type TypedDocument,
  type Unsubscribe,
  type VariablesOf,
} from './createNautilusClient.ts';
export {
  ClientErrorCode,
  isNautilusError,
  NautilusError,
  ServerErrorCode,
  type GraphQLErrorPayload,
  type KnownErrorCode,
  type NautilusErrorCode,
  type NautilusErrorOptions,
} from './NautilusError.ts';
export { mutations, queries, subscriptions } from './operations/generated/operations.ts';
export * from './__generated__/graphql.ts';
