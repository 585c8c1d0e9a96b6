import type { TopicName, Topics } from './bus/topics.ts';

/**
 * How the gateway executes one `Subscription` field that a subgraph declares
 * (gateway/SUBSCRIPTIONS.md). The owning subgraph exports its specs; the
 * gateway subscribes to `topic` on the bus and, per event, either answers from
 * the event alone or runs the client's selection as a query on `lookup`.
 */
export interface SubscriptionSpec<T extends TopicName = TopicName> {
  /** The `Subscription` root field, e.g. `quotes`. */
  field: string;
  /** Bus topic whose events feed it. */
  topic: T;
  /** Whether an event belongs to a subscription with these (coerced) arguments. */
  matches(args: Record<string, unknown>, event: Topics[T]): boolean;
  /** Field values of the returned type that the event already carries, by field name. */
  fields(event: Topics[T]): Record<string, unknown>;
  /** Root query field that returns the same type, and its arguments for an event. */
  lookup: {
    field: string;
    /** GraphQL argument types, e.g. `{ symbol: 'String!' }`. */
    argTypes: Record<string, string>;
    args(event: Topics[T]): Record<string, unknown>;
  };
}

/** Helps TypeScript infer `T` from `topic` when declaring a spec. */
export function defineSubscription<T extends TopicName>(spec: SubscriptionSpec<T>): SubscriptionSpec<T> {
  return spec;
}
