import type { TopicName, Topics } from './bus/topics.ts';
import { AppError, ErrorCode } from './errors.ts';

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
  /**
   * Optional routing index: the keys an event is about (e.g. its account id)
   * and the keys a subscription's arguments ask for (null: every key). With it
   * the gateway hands an event only to the subscriptions filed under its keys
   * (then still checks `matches`), instead of testing every subscription of
   * the topic: what keeps fan-out cheap with thousands of subscribers.
   */
  route?: {
    event(event: Topics[T]): string | readonly string[];
    args(args: Record<string, unknown>): readonly string[] | null;
  };
  /**
   * Optional conflation key for latest-value streams (prices, utilisation):
   * when a subscriber's queue is full, the newest queued event with the same
   * key is replaced by the new one, so a client that cannot keep up skips
   * intermediate values instead of being disconnected. Streams without it are
   * never thinned: a subscriber whose queue overflows is closed as a slow
   * consumer instead of silently losing events.
   */
  conflate?(event: Topics[T]): string;
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

/**
 * The subgraph-side resolver of a `Subscription` field the gateway executes
 * from the bus: declared so it is composed and typed, but a subgraph has no
 * WebSocket, so subscribing here says where to go instead.
 */
export const subscribeThroughGateway = {
  subscribe(): never {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'subscribe through the gateway over graphql-ws (ws://<gateway>/graphql)');
  },
};
