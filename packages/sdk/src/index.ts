/**
 * `@nautilus/sdk`: a typed client for the Nautilus gateway.
 *
 * Operations live in `src/operations/*.graphql`; `npm run codegen` turns them (checked against
 * `gateway/supergraph.graphql`) into the typed documents in `src/__generated__/`, which the
 * client's methods use. Add an operation there, regenerate, and call it with `client.request`.
 */
export {
  createNautilusClient,
  toWebSocketUrl,
  type Bar,
  type IngestBarsResult,
  type Instrument,
  type InstrumentConnection,
  type NautilusClient,
  type NautilusClientOptions,
  type Quote,
  type TypedDocument,
  type Unsubscribe,
} from './createNautilusClient.ts';
export { ClientErrorCode, NautilusError, type GraphQLErrorPayload, type NautilusErrorOptions } from './NautilusError.ts';
export * from './__generated__/graphql.ts';
