import {
  GraphQLError,
  getNamedType,
  print,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLField,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import type { WebSocket } from 'ws';
import type { Bus, BusSubscription, Logger, SubscriptionSpec, TopicName, Topics } from '@nautilus/runtime';
import { findSubscriptionSelection, flattenFields, isCoveredByEvent, usedVariableDefinitions, type SubscriptionSelection } from './analyzeSelection.ts';
import { GatewayCloseCode } from './closeCodes.ts';

/** Context of one WebSocket subscription (from graphql-ws `onConnect`). */
export interface SubscriptionContext {
  user: string;
  requestId: string;
  socket?: WebSocket;
}

export interface SubscriptionEngineOptions {
  bus: Bus;
  specs: readonly SubscriptionSpec[];
  /** Runs a query through the gateway in-process (`apolloServer.executeOperation`). */
  executeLookup: (query: string, variables: Record<string, unknown>, context: SubscriptionContext) => Promise<ExecutionResult>;
  logger: Logger;
  /**
   * Bytes allowed to wait in a client's socket buffer before it is closed with
   * {@link GatewayCloseCode.SlowConsumer}. Default 4 MiB.
   */
  maxBufferedBytes?: number;
  /**
   * Matched events queued per subscription while its client is busy. Beyond
   * this, a conflated stream keeps only the newest event per key and any
   * other stream closes the client as a slow consumer. Default 1000.
   */
  eventBufferSize?: number;
  /** Events the gateway's one bus subscription per topic may hold while dispatching lags. Default 100,000. */
  topicBufferSize?: number;
}

type EventOf = Topics[TopicName];

/** A queued event; conflation replaces `event` in place, keeping the slot's position in the queue. */
interface Slot {
  event: EventOf;
  key: string | undefined;
}

/** One live subscription's side of the dispatch: its arguments, a bounded queue and a waiting reader. */
class Subscriber {
  readonly queue: Slot[] = [];
  readonly byKey = new Map<string, Slot>();
  waiter: (() => void) | undefined;
  closed = false;
  /** Set by the engine: ends the subscription (unfiles it, wakes the reader). */
  finish: () => void = () => {};
  /** Set by the engine: the queue overflowed on a stream that must not lose events. */
  overflow: () => void = () => {};

  constructor(
    private readonly spec: SubscriptionSpec,
    readonly args: Record<string, unknown>,
    private readonly capacity: number,
  ) {}

  /**
   * Queues a matched event. When the queue is full, a conflated stream first
   * keeps only the newest queued event per key (the client skips intermediate
   * values) and the new event replaces its key's slot or takes a freed one;
   * only more distinct keys than the capacity, or a full stream without
   * conflation, returns false (the caller closes the subscriber as a slow
   * consumer).
   */
  offer(event: EventOf): boolean {
    const key = this.spec.conflate?.(event);
    if (this.queue.length >= this.capacity) {
      if (key === undefined) return false;
      const queued = this.byKey.get(key);
      if (queued) {
        queued.event = event;
        return true;
      }
      this.compact();
      if (this.queue.length >= this.capacity) return false;
    }
    const slot: Slot = { event, key };
    this.queue.push(slot);
    if (key !== undefined) this.byKey.set(key, slot);
    this.wake();
    return true;
  }

  /** Drops every queued slot that is not its key's newest (conflated streams only). */
  private compact(): void {
    const kept = this.queue.filter((slot) => slot.key === undefined || this.byKey.get(slot.key) === slot);
    this.queue.length = 0;
    this.queue.push(...kept);
  }

  take(): EventOf | undefined {
    const slot = this.queue.shift();
    if (!slot) return undefined;
    if (slot.key !== undefined && this.byKey.get(slot.key) === slot) this.byKey.delete(slot.key);
    return slot.event;
  }

  wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.();
  }
}

/**
 * The gateway's single bus subscription for one subscription field and the
 * subscribers it feeds. Subscribers are filed by the spec's routing keys (or
 * in `anyKey`), so an event about one account reaches only that account's
 * subscribers.
 */
class FieldFeed {
  readonly byKey = new Map<string, Set<Subscriber>>();
  readonly anyKey = new Set<Subscriber>();
  size = 0;
  private readonly source: BusSubscription<EventOf>;
  private droppedSeen = 0;

  constructor(
    bus: Bus,
    private readonly spec: SubscriptionSpec,
    bufferSize: number,
    private readonly onEnd: (feed: FieldFeed) => void,
    private readonly logger: Logger,
  ) {
    this.source = bus.subscribe(spec.topic, { bufferSize });
    void this.pump().catch((err: unknown) => this.logger.error({ err, field: spec.field }, 'subscription dispatch stopped'));
  }

  add(subscriber: Subscriber, keys: readonly string[] | null): void {
    this.size++;
    if (keys === null) this.anyKey.add(subscriber);
    else for (const key of keys) this.fileUnder(key).add(subscriber);
  }

  remove(subscriber: Subscriber, keys: readonly string[] | null): void {
    this.size--;
    if (keys === null) this.anyKey.delete(subscriber);
    else {
      for (const key of keys) {
        const set = this.byKey.get(key);
        set?.delete(subscriber);
        if (set?.size === 0) this.byKey.delete(key);
      }
    }
  }

  close(): void {
    this.source.close();
  }

  /** Every subscriber still filed here. */
  subscribers(): Subscriber[] {
    const all = new Set<Subscriber>(this.anyKey);
    for (const set of this.byKey.values()) for (const s of set) all.add(s);
    return [...all];
  }

  private fileUnder(key: string): Set<Subscriber> {
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    return set;
  }

  /**
   * Dispatches every event of the topic. A malformed event (a spec function
   * throwing on it) is logged and skipped, never ending delivery for the
   * field; when the bus subscription ends, `onEnd` closes the subscribers.
   */
  private async pump(): Promise<void> {
    try {
      for await (const event of this.source) {
        if (this.source.dropped > this.droppedSeen) {
          this.logger.warn({ field: this.spec.field, dropped: this.source.dropped - this.droppedSeen }, 'subscription dispatch fell behind the bus; events were dropped');
          this.droppedSeen = this.source.dropped;
        }
        try {
          for (const subscriber of this.candidates(event)) {
            if (subscriber.closed || !this.spec.matches(subscriber.args, event)) continue;
            if (!subscriber.offer(event)) subscriber.overflow();
          }
        } catch (err) {
          this.logger.warn({ err, field: this.spec.field }, 'skipping an event the subscription spec cannot read');
        }
      }
    } finally {
      this.onEnd(this);
    }
  }

  private candidates(event: EventOf): Iterable<Subscriber> {
    const route = this.spec.route;
    if (!route || this.byKey.size === 0) return this.anyKey;
    const keys = route.event(event);
    const found = new Set<Subscriber>(this.anyKey);
    for (const key of typeof keys === 'string' ? [keys] : keys) for (const s of this.byKey.get(key) ?? []) found.add(s);
    return found;
  }
}

/**
 * Executes `Subscription` fields for graphql-ws, which `@apollo/gateway`
 * cannot do (gateway/SUBSCRIPTIONS.md). The gateway holds one bus
 * subscription per topic and dispatches each event to the subscriptions
 * routed to it whose arguments match; each is answered from the event itself
 * when it covers the selection, or else by running the client's selection as
 * a query on the spec's root lookup through the gateway, so federated fields
 * resolve normally and subgraphs re-check permissions. A lookup shared by many
 * subscribers runs once per event.
 */
export class SubscriptionEngine {
  private readonly specs: Map<string, SubscriptionSpec>;
  /** One bus subscription per subscription field with live subscribers. */
  private readonly feeds = new Map<string, FieldFeed>();
  /** Per event object (the bus hands every local subscriber the same object): lookups in flight or done. */
  private readonly lookups = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
  readonly stats = { active: 0, events: 0, lookups: 0, lookupsShared: 0, slowConsumersClosed: 0 };

  constructor(private readonly options: SubscriptionEngineOptions) {
    this.specs = new Map(options.specs.map((s) => [s.field, s]));
  }

  /** graphql-ws `subscribe`: an async iterator of results, or a single error result. */
  subscribe = (args: ExecutionArgs): AsyncIterableIterator<ExecutionResult> | ExecutionResult => {
    let selection: SubscriptionSelection;
    try {
      selection = findSubscriptionSelection(args.document, args.operationName);
    } catch (error) {
      return { errors: [new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT' } })] };
    }
    const fieldName = selection.root.name.value;
    const spec = this.specs.get(fieldName);
    const fieldDef = args.schema.getSubscriptionType()?.getFields()[fieldName];
    if (!spec || !fieldDef) {
      return { errors: [new GraphQLError(`Subscription.${fieldName} has no event source in the gateway`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] };
    }
    let coerced: Record<string, unknown>;
    try {
      coerced = getArgumentValues(fieldDef as GraphQLField<unknown, unknown>, selection.root, args.variableValues ?? {});
    } catch (error) {
      return { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error), { extensions: { code: 'BAD_USER_INPUT' } })] };
    }
    const context = args.contextValue as SubscriptionContext;
    const typeName = getNamedType(fieldDef.type).name;
    return this.iterate({ spec, selection, coerced, context, typeName, variables: args.variableValues ?? {} });
  };

  private feedFor(spec: SubscriptionSpec): FieldFeed {
    let feed = this.feeds.get(spec.field);
    if (!feed) {
      feed = new FieldFeed(
        this.options.bus,
        spec,
        this.options.topicBufferSize ?? 100_000,
        // The bus subscription ended (bus closed): end the subscriptions it fed instead of leaving them waiting.
        (ended) => {
          if (this.feeds.get(spec.field) === ended) this.feeds.delete(spec.field);
          for (const s of ended.subscribers()) s.finish();
        },
        this.options.logger,
      );
      this.feeds.set(spec.field, feed);
    }
    return feed;
  }

  private iterate(run: {
    spec: SubscriptionSpec;
    selection: SubscriptionSelection;
    coerced: Record<string, unknown>;
    context: SubscriptionContext;
    typeName: string;
    variables: Record<string, unknown>;
  }): AsyncIterableIterator<ExecutionResult> {
    const { spec, selection, coerced, context } = run;
    const subscriber = new Subscriber(spec, coerced, this.options.eventBufferSize ?? 1000);
    const keys = spec.route ? spec.route.args(coerced) : null;
    const feed = this.feedFor(spec);
    feed.add(subscriber, keys);
    this.stats.active++;
    const finish = (subscriber.finish = () => {
      if (subscriber.closed) return;
      subscriber.closed = true;
      this.stats.active--;
      feed.remove(subscriber, keys);
      if (feed.size === 0) {
        feed.close();
        if (this.feeds.get(spec.field) === feed) this.feeds.delete(spec.field);
      }
      subscriber.wake();
    });
    const closeSlow = (reason: string, details: Record<string, unknown>) => {
      this.stats.slowConsumersClosed++;
      this.options.logger.warn({ user: context.user, field: spec.field, ...details }, 'closing a slow subscriber');
      context.socket?.close(GatewayCloseCode.SlowConsumer, reason);
      finish();
    };
    subscriber.overflow = () => closeSlow('Slow consumer: event queue limit exceeded', { queued: subscriber.queue.length });
    const lookupQuery = this.buildLookupQuery(spec, selection);
    const maxBuffered = this.options.maxBufferedBytes ?? 4 * 1024 * 1024;
    let eventFields: Set<string> | undefined;
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      next: async (): Promise<IteratorResult<ExecutionResult>> => {
        for (;;) {
          if (subscriber.closed) return { done: true, value: undefined };
          const event = subscriber.take();
          if (event === undefined) {
            await new Promise<void>((resolve) => (subscriber.waiter = resolve));
            continue;
          }
          this.stats.events++;
          let result: ExecutionResult;
          try {
            const carried = spec.fields(event);
            eventFields ??= new Set(Object.keys(carried));
            result = isCoveredByEvent(selection, eventFields)
              ? { data: { [selection.responseKey]: this.fromEvent(selection, carried, run.typeName) } }
              : await this.lookup(event, lookupQuery, { ...run.variables, ...prefixed(spec.lookup.args(event)) }, context, selection, carried);
          } catch (err) {
            // One event that cannot be resolved (a subgraph down for its lookup) is an error result
            // for that event; the subscription goes on. Throwing here would end it without return(),
            // leaving the subscriber filed and fed.
            this.options.logger.warn({ err, field: spec.field, user: context.user }, 'subscription event could not be resolved');
            result = { errors: [new GraphQLError(`${spec.field}: this event could not be resolved; the subscription continues`, { extensions: { code: 'SERVICE_UNAVAILABLE' } })] };
          }
          // Completed by the client while the lookup ran: send nothing for the old id.
          if (subscriber.closed) return { done: true, value: undefined };
          const socket = context.socket;
          if (socket && socket.bufferedAmount > maxBuffered) {
            closeSlow('Slow consumer: socket buffer limit exceeded', { buffered: socket.bufferedAmount });
            return { done: true, value: undefined };
          }
          return { done: false, value: result };
        }
      },
      return: async (): Promise<IteratorResult<ExecutionResult>> => {
        finish();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Builds the selection's result from the event alone (response keys honour aliases). */
  private fromEvent(selection: SubscriptionSelection, carried: Record<string, unknown>, typeName: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const field of flattenFields(selection.root.selectionSet!, selection.fragments)) {
      out[field.alias?.value ?? field.name.value] = field.name.value === '__typename' ? typeName : carried[field.name.value];
    }
    return out;
  }

  private buildLookupQuery(spec: SubscriptionSpec, selection: SubscriptionSelection): string {
    const variableDefs = usedVariableDefinitions(selection).map((d) => print(d));
    const argNames = Object.keys(spec.lookup.argTypes);
    const lookupDefs = argNames.map((name) => `$__lookup_${name}: ${spec.lookup.argTypes[name]}`);
    const args = argNames.map((name) => `${name}: $__lookup_${name}`).join(', ');
    const selectionSet = selection.root.selectionSet ? print(selection.root.selectionSet) : '';
    return [
      `query NautilusSubscriptionLookup(${[...variableDefs, ...lookupDefs].join(', ')}) {`,
      `  ${selection.responseKey}: ${spec.lookup.field}(${args}) ${selectionSet}`,
      '}',
      ...selection.fragments.map((f) => print(f)),
    ].join('\n');
  }

  private async lookup(
    event: EventOf,
    query: string,
    variables: Record<string, unknown>,
    context: SubscriptionContext,
    selection: SubscriptionSelection,
    carried: Record<string, unknown>,
  ): Promise<ExecutionResult> {
    let perEvent = this.lookups.get(event);
    if (!perEvent) this.lookups.set(event, (perEvent = new Map()));
    const key = `${context.user}\n${query}\n${JSON.stringify(variables)}`;
    let pending = perEvent.get(key);
    if (pending) this.stats.lookupsShared++;
    else {
      this.stats.lookups++;
      pending = this.options.executeLookup(query, variables, context);
      perEvent.set(key, pending);
    }
    const result = await pending;
    const data = result.data?.[selection.responseKey] as Record<string, unknown> | null | undefined;
    if (!data) return result;
    // The event is the truth for the fields it carries (a newer row may already be stored).
    const overlay: Record<string, unknown> = { ...data };
    for (const field of selection.root.selectionSet!.selections) {
      if (field.kind === 'Field' && !field.selectionSet && !field.arguments?.length && field.name.value in carried) {
        overlay[field.alias?.value ?? field.name.value] = carried[field.name.value];
      }
    }
    return { ...result, data: { [selection.responseKey]: overlay } };
  }
}

function prefixed(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).map(([k, v]) => [`__lookup_${k}`, v]));
}
