import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { MemoryBus, TestClock, createLogger, signRequest } from '@nautilus/runtime';
import { DisposeStack, useTestDatabase } from '@nautilus/testing';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { subscriptions } from '@nautilus/marketdata/subscriptions';
import { recordQuotes } from '@nautilus/marketdata/service/quotes';
import { createGatewayServer } from '@nautilus/gateway';

const TOKEN = 'test-token-0123456789abcdef';
const SECRET = 's'.repeat(48);
const logger = createLogger({ name: 'e2e', level: process.env.E2E_LOG ?? 'silent' });

describe('gateway over the market data subgraph', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 15, 0));
  const bus = new MemoryBus();
  let pool: pg.Pool;
  let gatewayUrl: string;
  let wsUrl: string;
  let subgraphUrl: string;
  let instrumentIds: Map<string, number>;

  const post = (body: unknown, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) =>
    fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    pool = stack.use(new pg.Pool({ connectionString: database.url, max: 5 }), (p) => p.end());
    const { rows } = await pool.query<{ id: number; symbol: string }>(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES
      ('AAPL', 'Apple Inc.', 'equity', 'USD', 'XNAS'), ('MSFT', 'Microsoft Corp.', 'equity', 'USD', 'XNAS') RETURNING id, symbol`);
    instrumentIds = new Map(rows.map((r) => [r.symbol, r.id]));
    await pool.query(`INSERT INTO marketdata.bar VALUES ($1, '1d', '2026-01-02T00:00:00Z', 180, 185, 179, 184, 1000000)`, [instrumentIds.get('AAPL')]);
    const subgraph = await createMarketdataServer({ pool, bus, clock, logger, internalSecret: SECRET });
    subgraphUrl = await subgraph.listen(0);
    stack.defer(() => subgraph.stop());
    const gateway = await createGatewayServer({
      subgraphUrls: { marketdata: subgraphUrl },
      apiToken: TOKEN,
      internalSecret: SECRET,
      bus,
      clock,
      logger,
      subscriptions,
      sandbox: true,
    });
    ({ url: gatewayUrl, wsUrl } = await gateway.listen(0));
    stack.defer(() => gateway.stop());
  });
  afterAll(() => stack.disposeAll());

  it('answers a federated query with data from the subgraph', async () => {
    const response = await post({ query: '{ instrument(symbol: "AAPL") { symbol name assetClass lastPrice } instruments(first: 5) { totalCount } }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { instrument: { symbol: 'AAPL', name: 'Apple Inc.', assetClass: 'EQUITY', lastPrice: 184 }, instruments: { totalCount: 2 } },
    });
  });

  it('refuses a missing or wrong token with a 401 UNAUTHENTICATED error', async () => {
    const missing = await post({ query: '{ instruments { totalCount } }' }, {});
    expect(missing.status).toBe(401);
    const body = (await missing.json()) as any;
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toMatch(/send "Authorization: Bearer <token>"/);
    const wrong = await post({ query: '{ instruments { totalCount } }' }, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as any).errors[0].message).toMatch(/bearer token is not valid/);
  });

  it('refuses an unsigned (or badly signed) request straight to the subgraph', async () => {
    const body = JSON.stringify({ query: '{ instruments { totalCount } }' });
    const unsigned = await fetch(subgraphUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(403);
    expect(((await unsigned.json()) as any).errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const forged = signRequest({ secret: 'wrong'.repeat(10), body, timestamp: clock.now(), user: 'owner', requestId: 'r1' });
    const badlySigned = await fetch(subgraphUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...forged }, body });
    expect(badlySigned.status).toBe(403);
    const good = signRequest({ secret: SECRET, body, timestamp: clock.now(), user: 'owner', requestId: 'r2' });
    const signed = await fetch(subgraphUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...good }, body });
    expect(await signed.json()).toEqual({ data: { instruments: { totalCount: 2 } } });
    // The same signed request sent again within its freshness window is a replay.
    const replayed = await fetch(subgraphUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...good }, body });
    expect(replayed.status).toBe(403);
    expect(JSON.stringify(await replayed.json())).toMatch(/already received \(a replay\)/);
  });

  it('passes BAD_USER_INPUT from the subgraph through the gateway', async () => {
    const response = await post({ query: '{ bars(symbol: "AAPL", interval: M1, limit: 20000) { ts } }' });
    const body = (await response.json()) as any;
    expect(body.errors[0]).toMatchObject({ message: 'limit: must be between 1 and 10000, got 20000', extensions: { code: 'BAD_USER_INPUT', field: 'limit' } });
  });

  it('enforces depth and alias limits', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: instrument(symbol: "AAPL") { symbol }`).join(' ');
    const response = await post({ query: `{ ${aliases} }` });
    const body = (await response.json()) as any;
    expect(body.errors[0].message).toMatch(/aliases/i);
  });

  it('exposes Prometheus metrics including the subscription engine', async () => {
    const text = await (await fetch(gatewayUrl.replace(/graphql$/, 'metrics'), { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(text).toMatch(/graphql_request_duration_seconds_count\{[^}]*service="gateway"/);
    expect(text).toMatch(/nautilus_subscriptions_active\{[^}]*\} \d+/);
    expect(text).toMatch(/nautilus_websockets_open/);
  });

  it('refuses a CSRF-able request (no JSON content type, no preflight header)', async () => {
    const response = await fetch(`${gatewayUrl}?query=${encodeURIComponent('{ instruments { totalCount } }')}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  describe('subscriptions over graphql-ws', () => {
    let client: Client;
    beforeAll(() => {
      client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${TOKEN}` }, retryAttempts: 0, lazy: true });
      stack.defer(() => client.dispose());
    });

    const take = <T>(query: string, variables: Record<string, unknown>, count: number) => {
      const received: T[] = [];
      let unsubscribe = () => {};
      const done = new Promise<T[]>((resolve, reject) => {
        unsubscribe = client.subscribe<T>(
          { query, variables },
          {
            next: (value) => {
              if (value.errors) reject(new Error(JSON.stringify(value.errors)));
              received.push(value.data as T);
              if (received.length === count) {
                unsubscribe();
                resolve(received);
              }
            },
            error: reject,
            complete: () => resolve(received),
          },
        );
      });
      return { done, received };
    };

    it('delivers quotes for the subscribed symbols only, with fields from a lookup when selected', async () => {
      expect.assertions(3);
      const plain = take<{ quotes: { symbol: string; last: number; spread: number } }>(
        'subscription($s: [String!]!) { quotes(symbols: $s) { symbol last spread } }',
        { s: ['AAPL'] },
        2,
      );
      const rich = take<{ quotes: { symbol: string; px: number; instrument: { name: string; assetClass: string } } }>(
        'subscription($s: [String!]!) { quotes(symbols: $s) { symbol px: last instrument { name assetClass } } }',
        { s: ['AAPL', 'MSFT'] },
        2,
      );
      await new Promise((r) => setTimeout(r, 300)); // let both subscriptions reach the bus
      const quote = (symbol: string, last: number) => ({
        instrumentId: instrumentIds.get(symbol)!, symbol, bid: last - 0.01, ask: last + 0.01, last, size: 100, ts: new Date(clock.now()),
      });
      await recordQuotes(pool, bus, [quote('MSFT', 410.5)]);
      await clock.advance(1000);
      await recordQuotes(pool, bus, [quote('AAPL', 185.25)]);
      await clock.advance(1000);
      await recordQuotes(pool, bus, [quote('AAPL', 185.5)]);
      expect(await plain.done).toEqual([
        { quotes: { symbol: 'AAPL', last: 185.25, spread: 0.02 } },
        { quotes: { symbol: 'AAPL', last: 185.5, spread: 0.02 } },
      ]);
      const richResult = await rich.done;
      expect(richResult[0]).toEqual({ quotes: { symbol: 'MSFT', px: 410.5, instrument: { name: 'Microsoft Corp.', assetClass: 'EQUITY' } } });
      expect(richResult[1]).toEqual({ quotes: { symbol: 'AAPL', px: 185.25, instrument: { name: 'Apple Inc.', assetClass: 'EQUITY' } } });
    });

    it('applies the same alias/depth/cost limits to subscriptions as to HTTP', async () => {
      const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: last`).join(' ');
      const errors = await new Promise<readonly { message: string }[]>((resolve) => {
        client.subscribe({ query: `subscription { quotes(symbols: ["AAPL"]) { ${aliases} } }` }, { next: () => {}, error: (e) => resolve(e as never), complete: () => {} });
      });
      expect(errors[0]?.message).toMatch(/aliases/i);
    });

    it('refuses a WebSocket without a valid token', async () => {
      const bad = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: 'Bearer wrong' }, retryAttempts: 0, lazy: true });
      const closed = await new Promise<{ code: number }>((resolve) => {
        bad.on('closed', (event) => resolve(event as { code: number }));
        bad.subscribe({ query: 'subscription { quotes(symbols: ["AAPL"]) { last } }' }, { next: () => {}, error: () => {}, complete: () => {} });
      });
      await bad.dispose();
      expect(closed.code).toBe(4403);
    });
  });
});
