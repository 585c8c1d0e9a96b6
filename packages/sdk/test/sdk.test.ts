import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useServer } from 'graphql-ws/use/ws';
import WebSocket, { WebSocketServer } from 'ws';
import { backoffDelay, createNautilusClient, isNautilusError, NautilusError, toWebSocketUrl, type SubscriptionResult } from '../src/index.ts';

type Quote = SubscriptionResult<'quotes'>;

const URL_ = 'http://gateway.test/graphql';

interface RecordedCall {
  url: string;
  method: string | undefined;
  headers: Record<string, string>;
  body: { query: string; variables: Record<string, unknown> };
}

/** A fetch stub that records each request and answers with `body` (JSON) and `status`. */
function stubFetch(body: unknown, status = 200) {
  const calls: RecordedCall[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({
      url,
      method: init.method,
      headers: init.headers as Record<string, string>,
      body: JSON.parse(init.body as string),
    });
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(text, { status, headers: { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('requests over HTTP', () => {
  it('POSTs JSON with the bearer token, the operation and its variables, and unwraps the field', async () => {
    const bars = [{ ts: '2026-01-05T14:30:00Z', interval: 'M5', open: 1, high: 2, low: 0.5, close: 1.5, volume: 10 }];
    const { fetch, calls } = stubFetch({ data: { bars } });
    const client = createNautilusClient({ url: URL_, token: 'tok-123', fetch });

    await expect(client.query.bars({ symbol: 'AAPL', interval: 'M5', limit: 1 })).resolves.toEqual(bars);

    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.url).toBe(URL_);
    expect(call!.method).toBe('POST');
    expect(call!.headers['content-type']).toBe('application/json');
    expect(call!.headers.authorization).toBe('Bearer tok-123');
    expect(call!.body.variables).toEqual({ symbol: 'AAPL', interval: 'M5', limit: 1 });
    expect(call!.body.query).toMatch(/^\s*query Bars\(/);
    expect(call!.body.query).toContain('bars(symbol: $symbol, interval: $interval, from: $from, to: $to, limit: $limit)');
  });

  it('sends an empty variables object when a method takes none', async () => {
    const connection = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };
    const { fetch, calls } = stubFetch({ data: { instruments: connection } });
    const client = createNautilusClient({ url: URL_, token: 't', fetch });
    await expect(client.query.instruments()).resolves.toEqual(connection);
    expect(calls[0]!.body.variables).toEqual({});
  });

  it('runs any typed document through request(), string or AST', async () => {
    const { fetch, calls } = stubFetch({ data: { latestQuote: null } });
    const client = createNautilusClient({ url: URL_, token: 't', fetch });
    const ast = parse('query Q($s: String!) { latestQuote(symbol: $s) { bid } }') as TypedDocumentNode<
      { latestQuote: { bid: number } | null },
      { s: string }
    >;
    await expect(client.request(ast, { s: 'X' })).resolves.toEqual({ latestQuote: null });
    expect(calls[0]!.body.query).toContain('latestQuote(symbol: $s)');
  });

  it('maps a GraphQL error to NautilusError with code, field and message from its extensions', async () => {
    const { fetch } = stubFetch({
      data: null,
      errors: [
        {
          message: 'input.bars[0].high: must be at least max(open, close, low)',
          path: ['ingestBars'],
          extensions: { code: 'BAD_USER_INPUT', field: 'input.bars[0].high' },
        },
      ],
    });
    const client = createNautilusClient({ url: URL_, token: 't', fetch });
    const bar = { symbol: 'AAPL', interval: 'M1' as const, ts: '2026-01-05T14:30:00Z', open: 2, high: 1, low: 1, close: 2, volume: 1 };

    const error = await client.mutation.ingestBars({ input: { bars: [bar] } }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NautilusError);
    expect(error).toMatchObject({
      name: 'NautilusError',
      code: 'BAD_USER_INPUT',
      field: 'input.bars[0].high',
      message: 'input.bars[0].high: must be at least max(open, close, low)',
      path: ['ingestBars'],
      status: 200,
    });
  });

  it('rejects partial data when errors are present', async () => {
    const { fetch } = stubFetch({
      data: { instrument: { symbol: 'AAPL' } },
      errors: [{ message: 'latestQuote: database unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    const client = createNautilusClient({ url: URL_, token: 't', fetch });
    await expect(client.query.instrument({ symbol: 'AAPL' })).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', field: undefined });
  });

  it('reports UNAUTHENTICATED from the error code, and from HTTP 401 without a GraphQL body', async () => {
    const byCode = stubFetch({ errors: [{ message: 'Missing or invalid bearer token', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
    await expect(createNautilusClient({ url: URL_, token: 'bad', fetch: byCode.fetch }).query.latestQuote({ symbol: 'A' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
      message: 'Missing or invalid bearer token',
    });
    const byStatus = stubFetch('<html>401</html>', 401);
    await expect(createNautilusClient({ url: URL_, token: 'bad', fetch: byStatus.fetch }).query.latestQuote({ symbol: 'A' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
    });
  });

  it('reports an unreachable gateway as NETWORK_ERROR with the cause', async () => {
    const cause = new TypeError('fetch failed');
    const fetch = (async () => {
      throw cause;
    }) as unknown as typeof globalThis.fetch;
    const error = await createNautilusClient({ url: URL_, token: 't', fetch })
      .query.latestQuote({ symbol: 'A' })
      .then(() => undefined, (e: unknown) => e as NautilusError);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR' });
    expect(error?.cause).toBe(cause);
  });
});

describe('typed errors', () => {
  it('carries serviceName and dependency for SERVICE_UNAVAILABLE, and tells network errors apart', async () => {
    const { fetch } = stubFetch({
      errors: [{ message: 'portfolio is unavailable', extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'portfolio', dependency: 'database' } }],
    });
    const error = await createNautilusClient({ url: URL_, token: 't', fetch })
      .query.portfolio({ id: '1' })
      .then(() => undefined, (e: unknown) => e);
    expect(isNautilusError(error, 'SERVICE_UNAVAILABLE')).toBe(true);
    expect(error).toMatchObject({ serviceName: 'portfolio', dependency: 'database', isNetworkError: false, retryable: true });
    expect(new NautilusError('NETWORK_ERROR', 'down')).toMatchObject({ isNetworkError: true, retryable: true });
    expect(new NautilusError('BAD_USER_INPUT', 'bad', { field: 'id' })).toMatchObject({ isNetworkError: false, retryable: false, field: 'id' });
    expect(isNautilusError(new Error('x'))).toBe(false);
  });

  it('asks a token function before each request', async () => {
    const { fetch, calls } = stubFetch({ data: { entities: [] } });
    let n = 0;
    const client = createNautilusClient({ url: URL_, token: async () => `t${++n}`, fetch });
    await client.query.entities();
    await client.query.entities();
    expect(calls.map((c) => c.headers.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
  });
});

describe('backoffDelay', () => {
  it('doubles from the initial delay up to the cap, with ±25 % jitter', () => {
    for (const [retries, base] of [[0, 500], [1, 1000], [3, 4000], [10, 30_000], [100, 30_000]] as const) {
      const delay = backoffDelay(retries, 500, 30_000);
      expect(delay).toBeGreaterThanOrEqual(base * 0.75);
      expect(delay).toBeLessThanOrEqual(base * 1.25);
    }
  });
});

describe('toWebSocketUrl', () => {
  it('swaps http for ws and https for wss', () => {
    expect(toWebSocketUrl('http://localhost:4000/graphql')).toBe('ws://localhost:4000/graphql');
    expect(toWebSocketUrl('https://api.example.com/graphql')).toBe('wss://api.example.com/graphql');
  });
});

describe('subscriptions over graphql-ws', () => {
  const TOKEN = 'Bearer good-token';
  const schema = buildSchema(`
    type Instrument { id: ID! symbol: String! name: String! assetClass: String! currency: String! exchange: String! multiplier: Float! tickSize: Float! active: Boolean! lastPrice: Float }
    type Quote { symbol: String! bid: Float! ask: Float! last: Float! size: Float! spread: Float! ts: String! instrument: Instrument! }
    type Query { ok: Boolean }
    type Subscription { quotes(symbols: [String!]!): Quote! }
  `);
  let server: Server;
  let url: string;
  const seenAuthorization: unknown[] = [];

  beforeAll(async () => {
    server = createServer();
    const wss = new WebSocketServer({ server, path: '/graphql' });
    useServer(
      {
        schema,
        roots: {
          subscription: {
            quotes: async function* ({ symbols }: { symbols: string[] }) {
              for (let i = 0; i < 3; i++) {
                for (const symbol of symbols) {
                  const last = 100 + i;
                  const instrument = { id: symbol, symbol, name: symbol, assetClass: 'EQUITY', currency: 'USD', exchange: 'XNAS', multiplier: 1, tickSize: 0.01, active: true, lastPrice: last };
                  yield { quotes: { symbol, bid: last - 0.01, ask: last + 0.01, last, size: 10, spread: 0.02, ts: new Date(i * 1000).toISOString(), instrument } };
                }
              }
            },
          },
        },
        onConnect: (ctx) => {
          seenAuthorization.push(ctx.connectionParams?.authorization);
          return ctx.connectionParams?.authorization === TOKEN;
        },
      },
      wss,
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('authenticates with connectionParams and streams typed quotes until complete', async () => {
    expect.assertions(4);
    const client = createNautilusClient({ url, token: 'good-token', webSocketImpl: WebSocket });
    const quotes: Quote[] = [];
    await new Promise<void>((resolve, reject) => {
      client.subscription.quotes(
        { symbols: ['AAPL', 'MSFT'] },
        {
          next: (quote) => {
            quotes.push(quote);
            if (quotes.length === 6) resolve();
          },
          error: reject,
        },
      );
    });
    expect(seenAuthorization).toContain(TOKEN);
    expect(quotes.map((q) => `${q.symbol}@${q.last}`)).toEqual(['AAPL@100', 'MSFT@100', 'AAPL@101', 'MSFT@101', 'AAPL@102', 'MSFT@102']);
    expect(quotes[0]).toMatchObject({ symbol: 'AAPL', bid: 99.99, ask: 100.01, last: 100, size: 10, spread: 0.02, ts: '1970-01-01T00:00:00.000Z' });
    expect(quotes[0]!.instrument).toMatchObject({ symbol: 'AAPL', currency: 'USD' });
    await client.dispose();
  });

  it('reports a refused token as UNAUTHENTICATED, once, without retrying', async () => {
    expect.assertions(2);
    const client = createNautilusClient({ url, token: 'wrong', webSocketImpl: WebSocket });
    const before = seenAuthorization.length;
    const error = await new Promise<NautilusError>((resolve) => {
      client.subscription.quotes({ symbols: ['AAPL'] }, { next: () => undefined, error: resolve });
    });
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seenAuthorization.length - before).toBe(1);
    await client.dispose();
  });

  it('refuses to subscribe without a WebSocket implementation on Node 20', () => {
    const hasGlobal = (globalThis as { WebSocket?: unknown }).WebSocket !== undefined;
    const client = createNautilusClient({ url, token: 't' });
    if (hasGlobal) expect(typeof client.subscription.quotes).toBe('function');
    else expect(() => client.subscription.quotes({ symbols: ['A'] }, () => undefined)).toThrow(/webSocketImpl/);
  });
});
