import { randomUUID } from 'node:crypto';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { SIGNATURE_HEADERS, signRequest, type Clock } from '@nautilus/runtime';

/** What the gateway knows about a request and forwards to subgraphs. */
export interface GatewayContext {
  user: string;
  requestId: string;
}

export interface SignedDataSourceOptions {
  url: string;
  secret: string;
  clock: Clock;
}

/**
 * A subgraph data source that signs each request (HMAC over timestamp, user,
 * request id and the exact body bytes sent) so subgraphs can refuse anything
 * that did not come through the gateway. Signing happens in the fetcher
 * because only there is the serialised body final.
 */
export function createSignedDataSource({ url, secret, clock }: SignedDataSourceOptions): RemoteGraphQLDataSource<GatewayContext> {
  return new RemoteGraphQLDataSource<GatewayContext>({
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
      for (const [name, value] of Object.entries(signed)) headers.set(name, value);
      return fetch(input as string, { ...(init as RequestInit), headers }) as never;
    },
  });
}
