/** What `post` resolves with: the gateway's JSON body. */
export interface GatewayResponse {
  data: any;
  errors?: unknown;
}

/**
 * POSTs GraphQL operations to a gateway URL with a bearer token, returning the
 * JSON body (`fetchImpl` lets a test count or wrap requests).
 */
export function gatewayPoster(url: string, token: string, fetchImpl: typeof fetch = fetch) {
  return async (query: string, variables?: unknown): Promise<GatewayResponse> =>
    (await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) })).json() as Promise<GatewayResponse>;
}
