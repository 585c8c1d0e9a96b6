import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createGatewayClient } from '../src/graphql/createGatewayClient.ts';
import { GatewayError } from '../src/graphql/GatewayError.ts';

const LatestQuote = parse('query LatestQuote($symbol: String!) { latestQuote(symbol: $symbol) { bid ask } }') as TypedDocumentNode<
  { latestQuote: { bid: number; ask: number } | null },
  { symbol: string }
>;

function stubFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const endpoints = { httpUrl: 'http://localhost:4000/graphql', wsUrl: 'ws://localhost:4000/graphql' };

describe('createGatewayClient.request', () => {
  it('POSTs the printed query as JSON with the bearer token and returns data', async () => {
    const { fetch, calls } = stubFetch(200, { data: { latestQuote: { bid: 1, ask: 2 } } });
    const client = createGatewayClient({ ...endpoints, token: 'secret-token', fetch });
    await expect(client.request(LatestQuote, { symbol: 'AAPL' })).resolves.toEqual({ latestQuote: { bid: 1, ask: 2 } });
    const [call] = calls;
    expect(call!.url).toBe(endpoints.httpUrl);
    expect(call!.init.method).toBe('POST');
    expect(call!.init.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'Bearer secret-token' });
    const body = JSON.parse(call!.init.body as string);
    expect(body.operationName).toBe('LatestQuote');
    expect(body.variables).toEqual({ symbol: 'AAPL' });
    expect(body.query).toContain('latestQuote(symbol: $symbol)');
  });

  it('maps the first GraphQL error to a GatewayError with code and field', async () => {
    const { fetch } = stubFetch(200, {
      data: null,
      errors: [{ message: 'symbol: must not be empty', extensions: { code: 'BAD_USER_INPUT', field: 'symbol' } }],
    });
    const client = createGatewayClient({ ...endpoints, token: 't', fetch });
    const error = await client.request(LatestQuote, { symbol: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'symbol', message: 'symbol: must not be empty' });
  });

  it('reports a rejected token once, whether by code or by HTTP 401', async () => {
    let reported = 0;
    const byCode = stubFetch(200, { errors: [{ message: 'bad token', extensions: { code: 'UNAUTHENTICATED' } }] });
    const client = createGatewayClient({ ...endpoints, token: 't', fetch: byCode.fetch, onUnauthenticated: () => reported++ });
    await expect(client.request(LatestQuote, { symbol: 'A' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(client.request(LatestQuote, { symbol: 'A' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(reported).toBe(1);

    const byStatus = stubFetch(401, 'no');
    const other = createGatewayClient({ ...endpoints, token: 't', fetch: byStatus.fetch, onUnauthenticated: () => reported++ });
    await expect(other.request(LatestQuote, { symbol: 'A' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(reported).toBe(2);
  });

  it('turns an unreachable gateway into NETWORK_ERROR', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof globalThis.fetch;
    const client = createGatewayClient({ ...endpoints, token: 't', fetch });
    await expect(client.request(LatestQuote, { symbol: 'A' })).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
