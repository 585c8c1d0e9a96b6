import { print, type DocumentNode } from 'graphql';
import { createClient, CloseCode, type Client as WsClient, type ClientOptions as WsClientOptions } from 'graphql-ws';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import {
  BarsDocument,
  IngestBarsDocument,
  InstrumentDocument,
  InstrumentsDocument,
  LatestQuoteDocument,
  QuotesDocument,
  type BarsQuery,
  type BarsQueryVariables,
  type IngestBarsMutation,
  type IngestBarsMutationVariables,
  type InstrumentQuery,
  type InstrumentQueryVariables,
  type InstrumentsQuery,
  type InstrumentsQueryVariables,
  type LatestQuoteQueryVariables,
  type QuotesSubscription,
  type QuotesSubscriptionVariables,
} from './__generated__/graphql.ts';
import { ClientErrorCode, NautilusError, type GraphQLErrorPayload } from './NautilusError.ts';

/**
 * A typed operation: a codegen'd document string (this package's `documentMode: 'string'`), a
 * `TypedDocumentNode`, or anything else carrying the result and variable types.
 */
// `String` (the wrapper) because codegen's `TypedDocumentString` extends it.
// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & (string | String | DocumentNode);

export interface NautilusClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** Bearer token: `npm start` prints it and stores it in `.data/api-token`; in production `NAUTILUS_API_TOKEN`. */
  token: string;
  /** WebSocket endpoint for subscriptions; default `url` with `http` → `ws` (`https` → `wss`). */
  wsUrl?: string;
  /** `fetch` to use; default the global one (Node 18+, browsers). Tests pass a stub. */
  fetch?: typeof fetch;
  /**
   * WebSocket constructor for subscriptions. Browsers and Node 22+ have a global one; on Node 20
   * pass the `ws` package's: `import WebSocket from 'ws'`.
   */
  webSocketImpl?: unknown;
  /** Extra HTTP headers for every request (e.g. a tracing header). */
  headers?: Record<string, string>;
}

/** Stops a subscription; safe to call more than once. */
export type Unsubscribe = () => void;

export type Instrument = NonNullable<InstrumentQuery['instrument']>;
export type InstrumentConnection = InstrumentsQuery['instruments'];
export type Bar = BarsQuery['bars'][number];
export type Quote = QuotesSubscription['quotes'];
export type IngestBarsResult = IngestBarsMutation['ingestBars'];

export interface NautilusClient {
  /** Instruments ordered by symbol, one page at a time (`first` ≤ 500, `after` = a previous `endCursor`). */
  instruments(variables?: InstrumentsQueryVariables): Promise<InstrumentConnection>;
  /** One instrument with its latest quote, or null when the symbol does not exist. */
  instrument(variables: InstrumentQueryVariables): Promise<Instrument | null>;
  /** Bars of one symbol, oldest first, at most `limit` of the latest in `[from, to)`. */
  bars(variables: BarsQueryVariables): Promise<Bar[]>;
  /** The latest quote, or null before the first tick. */
  latestQuote(variables: LatestQuoteQueryVariables): Promise<Quote | null>;
  /** Writes bars in one transaction: all of them, or (on a `BAD_USER_INPUT` naming the bar) none. */
  ingestBars(variables: IngestBarsMutationVariables): Promise<IngestBarsResult>;
  /**
   * Streams quotes for `symbols` over graphql-ws. The connection opens on the first subscription,
   * is shared by all of them, reconnects (and resubscribes) after drops and schema reloads, and
   * closes shortly after the last one stops. A rejected token is reported to `onError` once, as
   * `UNAUTHENTICATED`, and not retried.
   */
  subscribeQuotes(
    variables: QuotesSubscriptionVariables,
    onNext: (quote: Quote) => void,
    onError?: (error: NautilusError) => void,
  ): Unsubscribe;
  /** Runs any typed query or mutation over HTTP; resolves with `data`, rejects with {@link NautilusError}. */
  request<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables?: TVariables): Promise<TResult>;
  /** Starts any typed subscription; `onNext` gets each result's `data`. */
  subscribe<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
    onNext: (data: TResult) => void,
    onError?: (error: NautilusError) => void,
  ): Unsubscribe;
  /** Closes the subscription connection (pending HTTP requests are unaffected). */
  dispose(): Promise<void>;
}

/**
 * Creates a typed client for the Nautilus gateway.
 *
 * Queries and mutations go over HTTP POST with `Content-Type: application/json` (which also
 * satisfies the gateway's CSRF prevention) and `Authorization: Bearer <token>`; subscriptions go
 * over one graphql-ws connection that authenticates with `connectionParams.authorization`.
 * Every failure surfaces as a {@link NautilusError}: a response with `errors` rejects even when
 * it also carries partial `data`, so callers never read half a result by accident.
 *
 * @example
 * ```ts
 * const nautilus = createNautilusClient({ url: 'http://localhost:4000/graphql', token, webSocketImpl: WebSocket });
 * const bars = await nautilus.bars({ symbol: 'AAPL', interval: 'M5', limit: 100 });
 * const stop = nautilus.subscribeQuotes({ symbols: ['AAPL'] }, (q) => console.log(q.last));
 * ```
 */
export function createNautilusClient(options: NautilusClientOptions): NautilusClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const wsUrl = options.wsUrl ?? toWebSocketUrl(options.url);
  let socket: WsClient | undefined;

  const getSocket = (): WsClient => {
    if (socket !== undefined) return socket;
    const webSocketImpl = options.webSocketImpl ?? (globalThis as { WebSocket?: unknown }).WebSocket;
    if (webSocketImpl === undefined) {
      throw new Error('No WebSocket implementation: pass `webSocketImpl` (e.g. `import WebSocket from "ws"`) on Node < 22');
    }
    const wsOptions: WsClientOptions = {
      url: wsUrl,
      webSocketImpl,
      connectionParams: { authorization: `Bearer ${options.token}` },
      lazy: true,
      lazyCloseTimeout: 1_000,
      retryAttempts: 5,
      // A refused token will be refused again; everything else (drops, schema reloads) is retried.
      shouldRetry: (event) => !isAuthClose(event),
    };
    socket = createClient(wsOptions);
    return socket;
  };

  const request = async <TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables?: TVariables): Promise<TResult> => {
    let response: Response;
    try {
      response = await fetchImpl(options.url, {
        method: 'POST',
        headers: {
          ...options.headers,
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${options.token}`,
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
    return body.data as TResult;
  };

  const subscribe = <TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
    onNext: (data: TResult) => void,
    onError?: (error: NautilusError) => void,
  ): Unsubscribe => {
    let active = true;
    const fail = (error: NautilusError) => {
      if (!active) return;
      active = false;
      onError?.(error);
    };
    const stop = getSocket().subscribe(
      { query: toQueryString(document), variables: (variables ?? {}) as Record<string, unknown> },
      {
        next: (result) => {
          if (!active) return;
          if (result.errors !== undefined && result.errors.length > 0) fail(NautilusError.fromGraphQLErrors(result.errors));
          else if (result.data != null) onNext(result.data as TResult);
        },
        error: (error) => fail(toSubscriptionError(error)),
        complete: () => {
          active = false;
        },
      },
    );
    return () => {
      active = false;
      stop();
    };
  };

  return {
    instruments: async (variables) => (await request(InstrumentsDocument, variables ?? {})).instruments,
    instrument: async (variables) => (await request(InstrumentDocument, variables)).instrument,
    bars: async (variables) => (await request(BarsDocument, variables)).bars,
    latestQuote: async (variables) => (await request(LatestQuoteDocument, variables)).latestQuote,
    ingestBars: async (variables) => (await request(IngestBarsDocument, variables)).ingestBars,
    subscribeQuotes: (variables, onNext, onError) => subscribe(QuotesDocument, variables, (data) => onNext(data.quotes), onError),
    request,
    subscribe,
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

// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types
function toQueryString(document: string | String | DocumentNode): string {
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
