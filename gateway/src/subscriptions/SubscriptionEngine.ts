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
  /** Events held per subscriber while it is busy; older ones are dropped (conflated). Default 1000. */
  eventBufferSize?: number;
}

type EventOf = Topics[TopicName];

/**
 * Executes `Subscription` fields for graphql-ws, which `@apollo/gateway`
 * cannot do (gateway/SUBSCRIPTIONS.md). Each subscription listens on its
 * spec's bus topic; each matching event is answered from the event itself
 * when it covers the selection, or else by running the client's selection as
 * a query on the spec's root lookup through the gateway, so federated fields
 * resolve normally and subgraphs re-check permissions. A lookup shared by many
 * subscribers runs once per event.
 */
export class SubscriptionEngine {
  private readonly specs: Map<string, SubscriptionSpec>;
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

  private iterate(run: {
    spec: SubscriptionSpec;
    selection: SubscriptionSelection;
    coerced: Record<string, unknown>;
    context: SubscriptionContext;
    typeName: string;
    variables: Record<string, unknown>;
  }): AsyncIterableIterator<ExecutionResult> {
    const { spec, selection, coerced, context } = run;
    const source: BusSubscription<EventOf> = this.options.bus.subscribe(spec.topic, { bufferSize: this.options.eventBufferSize ?? 1000 });
    this.stats.active++;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      this.stats.active--;
      source.close();
    };
    const lookupQuery = this.buildLookupQuery(spec, selection);
    const maxBuffered = this.options.maxBufferedBytes ?? 4 * 1024 * 1024;
    let eventFields: Set<string> | undefined;
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      next: async (): Promise<IteratorResult<ExecutionResult>> => {
        for (;;) {
          const step = await source.next();
          if (step.done) {
            finish();
            return { done: true, value: undefined };
          }
          const event = step.value;
          if (!spec.matches(coerced, event)) continue;
          this.stats.events++;
          const carried = spec.fields(event);
          eventFields ??= new Set(Object.keys(carried));
          const result = isCoveredByEvent(selection, eventFields)
            ? { data: { [selection.responseKey]: this.fromEvent(selection, carried, run.typeName) } }
            : await this.lookup(event, lookupQuery, { ...run.variables, ...prefixed(spec.lookup.args(event)) }, context, selection, carried);
          const socket = context.socket;
          if (socket && socket.bufferedAmount > maxBuffered) {
            this.stats.slowConsumersClosed++;
            this.options.logger.warn({ user: context.user, buffered: socket.bufferedAmount }, 'closing a slow subscriber');
            socket.close(GatewayCloseCode.SlowConsumer, 'Slow consumer: socket buffer limit exceeded');
            finish();
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
