/**
 * WebSocket close codes the gateway uses beyond graphql-ws's own
 * (4400 bad request, 4401 unauthorized, 4403 forbidden, 4408 init timeout,
 * 4409 duplicate subscriber id, 4429 too many init requests, 4500 internal).
 */
export enum GatewayCloseCode {
  /**
   * The client did not read fast enough: more than the allowed bytes were
   * waiting in its socket buffer. Reconnect and resubscribe; consider fewer
   * symbols or a lighter selection.
   */
  SlowConsumer = 4290,
  /**
   * The supergraph changed under a live subscription (SUBSCRIPTION_SCHEMA_RELOAD):
   * reconnect and resubscribe against the new schema.
   */
  SubscriptionSchemaReload = 4205,
}
