import { randomUUID } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode, SIGNATURE_HEADERS, signRequest, type Clock } from '@nautilus/runtime';

/** What the gateway knows about a request and forwards to subgraphs. */
export interface GatewayContext {
  user: string;
  requestId: string;
}

/** How long the gateway waits for a subgraph before answering without it. */
export const SUBGRAPH_TIMEOUT_MS = 20_000;

export interface SignedDataSourceOptions {
  /** The engine's name: errors say which engine failed. */
  name: string;
  url: string;
  secret: string;
  clock: Clock;
  /** Default {@link SUBGRAPH_TIMEOUT_MS}. */
  timeoutMs?: number;
}

/**
 * A subgraph data source that signs each request (HMAC over timestamp, user,
 * request id and the exact body bytes sent) so subgraphs can refuse anything
 * that did not come through the gateway. Signing happens in the fetcher
 * because only there is the serialised body final.
 *
 * Failures are labelled and bounded: a subgraph that does not answer within
 * the timeout, or cannot be reached, yields SERVICE_UNAVAILABLE naming the
 * engine (the rest of the answer is still returned); a subgraph that refuses a
 * request (HTTP 400, e.g. a malformed DateTime) yields its own error message
 * and code, never its URL or response body.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly engine: string;

  constructor({ name, url, secret, clock, timeoutMs = SUBGRAPH_TIMEOUT_MS }: SignedDataSourceOptions) {
    super({
      url,
      willSendRequest({ request, context }) {
        request.http?.headers.set(SIGNATURE_HEADERS.user, context.user ?? '');
        request.http?.headers.set(SIGNATURE_HEADERS.requestId, context.requestId ?? randomUUID());
      },
      fetcher: async (input, init) => {
        const headers = new Headers(init?.headers as ConstructorParameters<typeof Headers>[0]);
        const body = typeof init?.body === 'string' ? init.body : '';
        const signed = signRequest({
          secret,
          body,
          timestamp: clock.now(),
          user: headers.get(SIGNATURE_HEADERS.user) ?? '',
          requestId: headers.get(SIGNATURE_HEADERS.requestId) ?? '',
        });
        for (const [header, value] of Object.entries(signed)) headers.set(header, value);
        return fetch(input as string, { ...(init as RequestInit), headers, signal: AbortSignal.timeout(timeoutMs) }) as never;
      },
    });
    this.engine = name;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.serviceName) throw error;
      const reason = describeFailure(error);
      const path = pathOf(options);
      throw new GraphQLError(`The ${this.engine} engine is unavailable (${reason}); the fields it serves are missing from this answer, the rest is complete`, {
        ...(path ? { path } : {}),
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, serviceName: this.engine },
      });
    }
  }

  override async errorFromResponse(response: Response): Promise<GraphQLError> {
    let first: { message?: unknown; extensions?: { code?: unknown } } | undefined;
    try {
      first = ((await response.json()) as { errors?: (typeof first)[] }).errors?.[0];
    } catch {
      // not JSON: described by the status alone
    }
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : response.status === 400 ? ErrorCode.BAD_USER_INPUT : ErrorCode.SERVICE_UNAVAILABLE;
    const message = typeof first?.message === 'string' ? first.message : `the ${this.engine} engine answered HTTP ${response.status}`;
    return new GraphQLError(message, { extensions: { code, serviceName: this.engine } });
  }
}

/** Where in the client's answer the failed fetch belonged (entity fetches; root fetches have none). */
function pathOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): (string | number)[] | undefined {
  const path = 'pathInIncomingRequest' in options ? options.pathInIncomingRequest : undefined;
  return path && path.length > 0 ? [...path] : undefined;
}

function describeFailure(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'no answer in time';
  const code = e?.cause?.code ?? (e as { code?: string })?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection lost';
  return 'request failed';
}
