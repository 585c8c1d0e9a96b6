import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { createClient, CloseCode, type Client } from 'graphql-ws';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GatewayError, codeForHttpStatus, toGatewayError, type GraphQLErrorLike } from './GatewayError.ts';
import type { GatewayEndpoints } from './endpoints.ts';

/** State of the WebSocket that carries subscriptions, for the header's status dot. */
export type SocketState = 'idle' | 'connecting' | 'connected' | 'closed';

export interface GatewayClientOptions extends GatewayEndpoints {
  /** Bearer token; sent as `Authorization` on HTTP and in `connectionParams` on WebSocket. */
  token: string;
  /** Called once per rejection of the token (HTTP 401, `UNAUTHENTICATED`, or close code 4401/4403). */
  onUnauthenticated?: () => void;
  /** Called whenever the subscription socket changes state. */
  onSocketState?: (state: SocketState) => void;
  /**
   * Called after each HTTP request: `true` when the gateway answered with GraphQL (errors included),
   * `false` when nothing usable came back (network failure, or 5xx without a GraphQL body).
   */
  onHttpState?: (answered: boolean) => void;
  /** `fetch` to use (tests pass a stub); default the global one. */
  fetch?: typeof fetch;
}

export interface SubscriptionSink<TData> {
  next: (data: TData) => void;
  error?: (error: GatewayError) => void;
}

/** The app's only way to reach the gateway. Create one per token; `dispose` closes the socket. */
export interface GatewayClient {
  /** Runs a query or mutation over HTTP POST. Rejects with {@link GatewayError}. */
  request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    signal?: AbortSignal,
  ): Promise<TData>;
  /** Starts a subscription over graphql-ws; returns a function that stops it. */
  subscribe<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    sink: SubscriptionSink<TData>,
  ): () => void;
  dispose(): void;
}

const printed = new WeakMap<DocumentNode, { query: string; operationName: string | undefined }>();

/** Prints a document once and remembers it; documents are module constants, so this is a tiny cache. */
function serialize(document: DocumentNode): { query: string; operationName: string | undefined } {
  let entry = printed.get(document);
  if (entry === undefined) {
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    entry = { query: print(document), operationName: operation?.name?.value };
    printed.set(document, entry);
  }
  return entry;
}

/**
 * Creates the gateway client: `fetch` for queries and mutations, one lazy graphql-ws connection
 * shared by every subscription.
 *
 * Why no client library: the app needs typed requests, one socket and error codes; the codegen'd
 * `TypedDocumentNode`s already carry the types, so a cache-normalising client would only add weight.
 * The socket reconnects with backoff (the gateway closes subscriptions on a schema reload and
 * expects clients to resubscribe), except when the token is rejected: retrying cannot fix that.
 */
export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const { httpUrl, wsUrl, token } = options;
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  let unauthenticatedReported = false;
  const reportUnauthenticated = () => {
    if (unauthenticatedReported) return;
    unauthenticatedReported = true;
    options.onUnauthenticated?.();
  };

  let socket: Client | undefined;
  const getSocket = (): Client => {
    socket ??= createClient({
      url: wsUrl,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: true,
      lazyCloseTimeout: 3_000,
      retryAttempts: Infinity,
      shouldRetry: (event) => !isAuthClose(event),
      on: {
        connecting: () => options.onSocketState?.('connecting'),
        connected: () => options.onSocketState?.('connected'),
        closed: (event) => {
          // 1000 is the lazy close after the last subscription ended: idle, not a drop.
          options.onSocketState?.((event as { code?: unknown } | null)?.code === 1000 ? 'idle' : 'closed');
          if (isAuthClose(event)) reportUnauthenticated();
        },
      },
    });
    return socket;
  };

  return {
    async request(document, variables, signal) {
      const { query, operationName } = serialize(document);
      let response: Response;
      try {
        response = await fetchImpl(httpUrl, {
          method: 'POST',
          // JSON content type also satisfies the gateway's CSRF prevention.
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, operationName, variables }),
          signal,
        });
      } catch (cause) {
        if (signal?.aborted) throw cause;
        options.onHttpState?.(false);
        throw new GatewayError('NETWORK_ERROR', `Cannot reach the gateway at ${httpUrl}`, { cause });
      }
      const body = await readJson(response);
      options.onHttpState?.(body !== undefined || response.status < 500);
      const errors = body?.errors;
      if (errors !== undefined && errors.length > 0) {
        const error = toGatewayError(errors, codeForHttpStatus(response.status));
        if (error.isUnauthenticated) reportUnauthenticated();
        throw error;
      }
      if (!response.ok || body?.data == null) {
        const error = new GatewayError(codeForHttpStatus(response.status), `The gateway answered HTTP ${response.status}`);
        if (error.isUnauthenticated) reportUnauthenticated();
        throw error;
      }
      return body.data as never;
    },

    subscribe(document, variables, sink) {
      const { query, operationName } = serialize(document);
      return getSocket().subscribe<never>(
        { query, variables, ...(operationName === undefined ? {} : { operationName }) },
        {
          next: (result) => {
            const payload = result as { data?: unknown; errors?: GraphQLErrorLike[] };
            if (payload.errors !== undefined && payload.errors.length > 0) sink.error?.(toGatewayError(payload.errors));
            else if (payload.data != null) sink.next(payload.data as never);
          },
          error: (error) => sink.error?.(toSubscriptionError(error)),
          complete: () => undefined,
        },
      );
    },

    dispose() {
      // graphql-ws' dispose awaits the connection attempt, which rejects with the CloseEvent when the
      // gateway refused the token (4401): that is already reported, so the rejection is dropped here
      // instead of surfacing as an uncaught CloseEvent.
      const closing = socket?.dispose();
      if (closing !== undefined) closing.catch(() => undefined);
      socket = undefined;
    },
  };
}

/** graphql-ws closes with 4401 when `connection_init` is refused and 4403 when `onConnect` returns false. */
function isAuthClose(event: unknown): boolean {
  const code = (event as { code?: unknown } | null)?.code;
  return code === CloseCode.Unauthorized || code === CloseCode.Forbidden;
}

function toSubscriptionError(error: unknown): GatewayError {
  if (Array.isArray(error)) return toGatewayError(error as GraphQLErrorLike[]);
  if (isAuthClose(error)) return new GatewayError('UNAUTHENTICATED', 'The gateway refused the token for live data');
  const reason = (error as { reason?: unknown } | null)?.reason;
  const message = typeof reason === 'string' && reason !== '' ? reason : 'The live data connection failed';
  return new GatewayError('NETWORK_ERROR', message, { cause: error });
}

async function readJson(response: Response): Promise<{ data?: unknown; errors?: GraphQLErrorLike[] } | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return (await response.json()) as { data?: unknown; errors?: GraphQLErrorLike[] };
  } catch {
    return undefined;
  }
}
