import { print, type DocumentNode } from 'graphql';
import { createClient, CloseCode, type Client as WsClient, type ClientOptions as WsClientOptions } from 'graphql-ws';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { mutations, queries, subscriptions } from './operations/generated/operations.ts';
import { ClientErrorCode, NautilusError, type GraphQLErrorPayload } from './NautilusError.ts';

/**
 * A typed operation: a codegen'd document (this package's are `TypedDocumentString`s), a
 * `TypedDocumentNode`, or anything else carrying the result and variable types.
 */
// `String` (the wrapper) because codegen's `TypedDocumentString` extends it.
// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & (string | String | DocumentNode);

/** The result type of a typed document. */
export type ResultOf<TDocument> = TDocument extends DocumentTypeDecoration<infer TResult, infer _TVariables> ? TResult : never;
/** The variables type of a typed document. */
export type VariablesOf<TDocument> = TDocument extends DocumentTypeDecoration<infer _TResult, infer TVariables> ? TVariables : never;

/** Variables are optional when every one of them is (or there are none). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type VariablesArgs<TVariables> = {} extends TVariables ? [variables?: TVariables] : [variables: TVariables];
type FieldOf<TDocument, TField extends PropertyKey> = ResultOf<TDocument> extends infer TResult ? (TField extends keyof TResult ? TResult[TField] : never) : never;

type Queries = typeof queries;
type Mutations = typeof mutations;
type Subscriptions = typeof subscriptions;

/** The name of a query field of the graph, e.g. `'instruments'`. */
export type QueryName = keyof Queries;
export type MutationName = keyof Mutations;
export type SubscriptionName = keyof Subscriptions;
/** What `client.query[name]` resolves with: the field's value (e.g. `QueryResult<'instrument'>`). */
export type QueryResult<TName extends QueryName> = FieldOf<Queries[TName], TName>;
export type QueryVariables<TName extends QueryName> = VariablesOf<Queries[TName]>;
export type MutationResult<TName extends MutationName> = FieldOf<Mutations[TName], TName>;
export type MutationVariables<TName extends MutationName> = VariablesOf<Mutations[TName]>;
/** What each event of `client.subscription[name]` carries (e.g. `SubscriptionResult<'quotes'>`: a quote). */
export type SubscriptionResult<TName extends SubscriptionName> = FieldOf<Subscriptions[TName], TName>;
export type SubscriptionVariables<TName extends SubscriptionName> = VariablesOf<Subscriptions[TName]>;

/** One method per query field: variables in, the field's value out. */
export type QueryMethods = { [K in QueryName]: (...variables: VariablesArgs<QueryVariables<K>>) => Promise<QueryResult<K>> };
/** One method per mutation field: variables in, the field's value out. */
export type MutationMethods = { [K in MutationName]: (...variables: VariablesArgs<MutationVariables<K>>) => Promise<MutationResult<K>> };
/** One method per subscription field: `(variables, handlers)`, or `(handlers)` when no variable is required. */
export type SubscriptionMethods = {
  [K in SubscriptionName]: (
    ...args: [variables: SubscriptionVariables<K>, handlers: SubscriptionHandlers<SubscriptionResult<K>>] | OptionalVariables<SubscriptionVariables<K>, SubscriptionHandlers<SubscriptionResult<K>>>
  ) => Unsubscribe;
};
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type OptionalVariables<TVariables, THandlers> = {} extends TVariables ? [handlers: THandlers] : never;

/** Callbacks of a subscription, or just the `next` callback. */
export type SubscriptionHandlers<T> =
  | ((value: T) => void)
  | {
      /** Each event. */
      next: (value: T) => void;
      /**
       * The subscription ended with an error: a refused token (`UNAUTHENTICATED`, not retried), a
       * GraphQL error, or `NETWORK_ERROR` once reconnection gave up. Nothing follows it.
       */
      error?: (error: NautilusError) => void;
      /** The server ended the subscription. */
      complete?: () => void;
    };

/** Stops a subscription; safe to call more than once. */
export type Unsubscribe = () => void;

/** How the subscription socket reconnects after it drops (gateway restart, network loss). */
export interface RetryOptions {
  /** Reconnection attempts in a row before subscriptions fail with `NETWORK_ERROR`; default 10 (`Infinity` allowed). */
  attempts?: number;
  /** First wait, doubled on each further attempt (with jitter); default 500 ms. */
  initialDelayMs?: number;
  /** Longest wait between attempts; default 30 s. */
  maxDelayMs?: number;
}

/** The subscription socket's state, for a connection indicator. */
export type ConnectionState = 'connecting' | 'connected' | 'closed';

export interface NautilusClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /**
   * Bearer token (`npm start` prints it and stores it in `.data/api-token`; in production
   * `NAUTILUS_API_TOKEN`), or a function returning it, asked before each request and connection.
   */
  token: string | (() => string | Promise<string>);
  /** WebSocket endpoint for subscriptions; default `url` with `http` → `ws` (`https` → `wss`). */
  wsUrl?: string;
  /** `fetch` to use; default the global one (Node 18+, browsers). */
  fetch?: typeof fetch;
  /**
   * WebSocket constructor for subscriptions. Browsers and Node 22+ have a global one; on Node 20
   * pass the `ws` package's: `import WebSocket from 'ws'`.
   */
  webSocketImpl?: unknown;
  /** Extra HTTP headers for every request (e.g. a tracing header). */
  headers?: Record<string, string>;
  /** Reconnection of the subscription socket (exponential backoff with jitter). */
  retry?: RetryOptions;
  /** Told when the subscription socket connects, reconnects or closes. */
  onConnectionChange?: (state: ConnectionState) => void;
}

export interface NautilusClient {
  /** Every query of the graph, e.g. `await client.query.instruments({ first: 20 })`; resolves with the field's value. */
  readonly query: QueryMethods;
  /** Every mutation of the graph, e.g. `await client.mutation.recordTrades({ input })`. */
  readonly mutation: MutationMethods;
  /**
   * Every subscription of the graph over graphql-ws, e.g.
   * `const stop = client.subscription.quotes({ symbols: ['AAPL'] }, (quote) => …)`.
   * The connection opens on the first subscription, is shared by all of them, authenticates with
   * `connectionParams.authorization`, reconnects with backoff (and resubscribes) after drops,
   * and closes shortly after the last one stops.
   */
  readonly subscription: SubscriptionMethods;
  /**
   * Runs any typed query or mutation over HTTP (e.g. a hand-written document of this package, or
   * one of your own codegen); resolves with `data`, rejects with {@link NautilusError}. A plain
   * string runs too, but its result is `unknown`: type it by generating a typed document.
   */
  request<TDocument extends TypedDocument<unknown, never>>(document: TDocument & NotAString<TDocument>, ...variables: VariablesArgs<VariablesOf<TDocument>>): Promise<ResultOf<TDocument>>;
  request(document: string | UntypedDocumentNode, variables?: Record<string, unknown>): Promise<unknown>;
  /** Starts any typed subscription; the handlers get each result's `data`. */
  subscribe<TDocument extends TypedDocument<unknown, never>>(
    document: TDocument & NotAString<TDocument>,
    variables: VariablesOf<TDocument>,
    handlers: SubscriptionHandlers<ResultOf<TDocument>>,
  ): Unsubscribe;
  subscribe(document: string | UntypedDocumentNode, variables: Record<string, unknown>, handlers: SubscriptionHandlers<unknown>): Unsubscribe;
  /** Closes the subscription connection (pending HTTP requests are unaffected). */
  dispose(): Promise<void>;
}

/** A `DocumentNode` that carries no result type (e.g. from `parse`). */
export type UntypedDocumentNode = DocumentNode & { __apiType?: undefined };

/** A plain string is not a typed document, whatever type arguments the caller writes. */
type NotAString<TDocument> = TDocument extends string ? never : unknown;

type AnyDocument = string | TypedDocument<unknown, never>;

/**
 * Creates a typed client for the Nautilus gateway.
 *
 * Queries and mutations go over HTTP POST with `Content-Type: application/json` (which also
 * satisfies the gateway's CSRF prevention) and `Authorization: Bearer <token>`; subscriptions go
 * over one graphql-ws connection. Every failure surfaces as a {@link NautilusError}: a response
 * with `errors` rejects even when it also carries partial `data`, so callers never read half a
 * result by accident.
 *
 * @example
 * ```ts
 * const nautilus = createNautilusClient({ url: 'http://localhost:4000/graphql', token, webSocketImpl: WebSocket });
 * const page = await nautilus.query.instruments({ first: 20 });
 * const stop = nautilus.subscription.quotes({ symbols: ['AAPL'] }, (q) => console.log(q.last));
 * ```
 */
export function createNautilusClient(options: NautilusClientOptions): NautilusClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const wsUrl = options.wsUrl ?? toWebSocketUrl(options.url);
  const getToken = async () => (typeof options.token === 'function' ? await options.token() : options.token);
  const retry = { attempts: 10, initialDelayMs: 500, maxDelayMs: 30_000, ...options.retry };
  let socket: WsClient | undefined;

  const getSocket = (): WsClient => {
    if (socket !== undefined) return socket;
    const webSocketImpl = options.webSocketImpl ?? (globalThis as { WebSocket?: unknown }).WebSocket;
    if (webSocketImpl === undefined) {
      throw new Error('No WebSocket implementation: pass `webSocketImpl` (e.g. `import WebSocket from "ws"`) on Node < 22');
    }
    const notify = options.onConnectionChange;
    const wsOptions: WsClientOptions = {
      url: wsUrl,
      webSocketImpl,
      connectionParams: async () => ({ authorization: `Bearer ${await getToken()}` }),
      lazy: true,
      lazyCloseTimeout: 1_000,
      retryAttempts: retry.attempts,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoffDelay(retries, retry.initialDelayMs, retry.maxDelayMs))),
      // A refused token will be refused again; everything else (drops, restarts, schema reloads) is retried.
      shouldRetry: (event) => !isAuthClose(event),
      ...(notify === undefined
        ? {}
        : { on: { connecting: () => notify('connecting'), connected: () => notify('connected'), closed: () => notify('closed') } }),
    };
    socket = createClient(wsOptions);
    return socket;
  };

  const request = async (document: AnyDocument, variables?: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetchImpl(options.url, {
        method: 'POST',
        headers: {
          ...options.headers,
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${await getToken()}`,
        },
        body: JSON.stringify({ query: toQueryString(document), variables: variables ?? {} }),
      });
    } catch (cause) {
      throw new NautilusError(ClientErrorCode.NETWORK_ERROR, `Cannot reach the Nautilus gateway at ${options.url}`, { cause });
    }
    let body: { data?: unknown; errors?: GraphQLErrorPayload[] } | undefined;
    try {
      body = (await response.json()) as typeof body;
    } catch (cause) {
      throw new NautilusError(codeForStatus(response.status), `The gateway answered HTTP ${response.status} without a GraphQL response`, {
        status: response.status,
        cause,
      });
    }
    if (body?.errors !== undefined && body.errors.length > 0) throw NautilusError.fromGraphQLErrors(body.errors, response.status);
    if (body?.data == null) {
      throw new NautilusError(codeForStatus(response.status), `The gateway answered HTTP ${response.status} without data`, {
        status: response.status,
      });
    }
    return body.data;
  };

  const subscribe = (document: AnyDocument, variables: unknown, handlers: SubscriptionHandlers<unknown>): Unsubscribe => {
    const { next, error: onError, complete: onComplete } = typeof handlers === 'function' ? { next: handlers, error: undefined, complete: undefined } : handlers;
    let active = true;
    const fail = (error: NautilusError) => {
      if (!active) return;
      active = false;
      stop();
      onError?.(error);
    };
    const stop = getSocket().subscribe(
      { query: toQueryString(document), variables: (variables ?? {}) as Record<string, unknown> },
      {
        next: (result) => {
          if (!active) return;
          if (result.errors !== undefined && result.errors.length > 0) fail(NautilusError.fromGraphQLErrors(result.errors));
          else if (result.data != null) next(result.data);
        },
        error: (error) => fail(toSubscriptionError(error)),
        complete: () => {
          if (!active) return;
          active = false;
          onComplete?.();
        },
      },
    );
    return () => {
      active = false;
      stop();
    };
  };

  const fieldMethods = (documents: Readonly<Record<string, AnyDocument>>) =>
    Object.fromEntries(
      Object.entries(documents).map(([field, document]) => [
        field,
        async (variables?: unknown) => ((await request(document, variables)) as Record<string, unknown>)[field],
      ]),
    );

  const subscriptionMethods = Object.fromEntries(
    Object.entries(subscriptions as Readonly<Record<string, AnyDocument>>).map(([field, document]) => [
      field,
      (...args: [unknown, SubscriptionHandlers<unknown>] | [SubscriptionHandlers<unknown>]) => {
        const [variables, handlers] = args.length === 1 ? [{}, args[0]] : args;
        const unwrap = (data: unknown) => (data as Record<string, unknown>)[field];
        const wrapped: SubscriptionHandlers<unknown> =
          typeof handlers === 'function' ? (data) => handlers(unwrap(data)) : { ...handlers, next: (data) => handlers.next(unwrap(data)) };
        return subscribe(document, variables, wrapped);
      },
    ]),
  );

  return {
    query: Object.freeze(fieldMethods(queries)) as QueryMethods,
    mutation: Object.freeze(fieldMethods(mutations)) as MutationMethods,
    subscription: Object.freeze(subscriptionMethods) as SubscriptionMethods,
    request: request as NautilusClient['request'],
    subscribe: subscribe as NautilusClient['subscribe'],
    async dispose() {
      const current = socket;
      socket = undefined;
      await current?.dispose();
    },
  };
}

/** `http://host/graphql` → `ws://host/graphql`, `https:` → `wss:`. */
export function toWebSocketUrl(httpUrl: string): string {
  const url = new URL(httpUrl);
  if (url.protocol === 'https:') url.protocol = 'wss:';
  else if (url.protocol === 'http:') url.protocol = 'ws:';
  return url.href;
}

/** Wait before reconnection attempt `retries` (0-based): `initial × 2^retries`, capped, with ±25 % jitter. */
export function backoffDelay(retries: number, initialDelayMs: number, maxDelayMs: number): number {
  const base = Math.min(maxDelayMs, initialDelayMs * 2 ** Math.min(retries, 30));
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

function toQueryString(document: AnyDocument): string {
  if (typeof document === 'string' || document instanceof String) return document.toString();
  return print(document as DocumentNode);
}

function codeForStatus(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status >= 500 && status !== 501) return 'SERVICE_UNAVAILABLE';
  return ClientErrorCode.BAD_RESPONSE;
}

/** graphql-ws closes with 4401 when `connection_init` is refused and 4403 when `onConnect` returns false. */
function isAuthClose(event: unknown): boolean {
  const code = (event as { code?: unknown } | null)?.code;
  return code === CloseCode.Unauthorized || code === CloseCode.Forbidden;
}

function toSubscriptionError(error: unknown): NautilusError {
  if (Array.isArray(error)) return NautilusError.fromGraphQLErrors(error as GraphQLErrorPayload[]);
  if (isAuthClose(error)) {
    const reason = (error as { reason?: string }).reason;
    return new NautilusError('UNAUTHENTICATED', reason !== undefined && reason !== '' ? reason : 'The gateway refused the token', { cause: error });
  }
  if (error instanceof Error) return new NautilusError(ClientErrorCode.NETWORK_ERROR, error.message, { cause: error });
  const event = error as { code?: number; reason?: string } | null;
  const detail = event?.code === undefined ? '' : ` (close code ${event.code}${event.reason ? `: ${event.reason}` : ''})`;
  return new NautilusError(ClientErrorCode.NETWORK_ERROR, `The subscription connection failed${detail}`, { cause: error });
}
