import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { MemoryBus, TestClock, createLogger, metricsAuthorization, metricsToken } from '@nautilus/runtime';
import { DisposeStack, frozenServer, gatewayPoster, useTestDatabase } from '@nautilus/testing';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { seedMarketData } from '@nautilus/marketdata/seed';
import { subscriptions } from '@nautilus/marketdata/subscriptions';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { MAX_OPERATION_COST, MAX_SUBSCRIPTIONS_PER_SOCKET, SUBGRAPHS, createGatewayServer } from '@nautilus/gateway';
import { startGraph } from './support/startGraph.ts';

const TOKEN = 'hardening-token-0123456789';
const SECRET = 'h'.repeat(48);
const logger = createLogger({ name: 'hardening-e2e', level: 'silent' });
const graph = SUBGRAPHS.filter((s) => s.name === 'marketdata' || s.name === 'portfolio');

function wsClient(url: string, params: Record<string, unknown>, headers: Record<string, string> = {}): Client {
  class WithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url, webSocketImpl: WithHeaders, connectionParams: params, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
}

const closeCodeOf = (client: Client) =>
  new Promise<number>((resolve) => {
    client.on('closed', (event) => resolve((event as { code: number }).code));
  });

/** Issue #11's findings at the gateway, each reproduced against a real gateway over real subgraphs. */
describe('gateway hardening', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 6, 15, 0));
  const bus = new MemoryBus();
  let url: string;
  let wsUrl: string;
  let stopPortfolio: () => Promise<unknown>;

  beforeAll(async () => {
    const pool = stack.use(new pg.Pool({ connectionString: database.url, max: 5 }), (p) => p.end());
    await seedMarketData({ pool, clock, seed: 7, years: 0.1, minuteDays: 0 });
    const portfolio = createPortfolioServer({ pool, clock, logger, internalSecret: SECRET });
    const started = await startGraph(
      stack,
      { marketdata: await createMarketdataServer({ pool, bus, clock, logger, internalSecret: SECRET }), portfolio },
      { subgraphs: graph, apiToken: TOKEN, internalSecret: SECRET, bus, clock, logger, subscriptions, sandbox: false },
    );
    ({ url, wsUrl } = started);
    stopPortfolio = () => portfolio.stop();
  });
  afterAll(() => stack.disposeAll());

  it('refuses a request without the token before reading its body: 401 JSON with WWW-Authenticate', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(10 * 1024 * 1024) }) });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="nautilus"');
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers /metrics only with the API token or the metrics token (operation names are the owner\'s business)', async () => {
    const metricsUrl = url.replace(/\/graphql$/, '/metrics');
    const anonymous = await fetch(metricsUrl);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await fetch(metricsUrl, { headers: { authorization: 'Bearer not-the-token-0123456789' } })).status).toBe(401);
    expect((await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    const scraped = await fetch(metricsUrl, { headers: metricsAuthorization(metricsToken(SECRET)) });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toMatch(/^# HELP /m);
  });

  it('accepts the scheme in lower case, and answers oversized or malformed bodies with GraphQL JSON', async () => {
    const lower = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `bearer ${TOKEN}` }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(((await lower.json()) as any).data).toEqual({ __typename: 'Query' });
    const big = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(3 * 1024 * 1024) }) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).errors[0].message).toMatch(/larger than 2mb/);
    const broken = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a bad DateTime with the subgraph\'s BAD_USER_INPUT, without its URL or body, and an impossible date is refused', async () => {
    const post = gatewayPoster(url, TOKEN);
    for (const from of ['not-a-date', '2026-01-05T10:00:00', '2026-02-30T00:00:00Z']) {
      const body: any = await post('query($from: DateTime) { bars(symbol: "SPY", interval: D1, from: $from) { close } }', { from });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/DateTime/);
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|response|stacktrace/);
    }
  });

  it('does not suggest field names when the sandbox is off (production)', async () => {
    const body: any = await gatewayPoster(url, TOKEN)('{ instrumentz { totalCount } }');
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('refuses a WebSocket token that is not a string with 4403, and a foreign Origin even when it matches the Host', async () => {
    expect(await closeCodeOf(wsClient(wsUrl, { authorization: 12345 }))).toBe(4403);
    const port = new URL(wsUrl).port;
    const rebinding = wsClient(wsUrl, { authorization: `Bearer ${TOKEN}` }, { origin: `http://evil.example:${port}`, host: `evil.example:${port}` });
    expect(await closeCodeOf(rebinding)).toBe(4403);
  });

  it('coerces subscription variables like a query\'s: a bad one fails that operation only, a string becomes a list of one', async () => {
    const client = wsClient(wsUrl, { authorization: `Bearer ${TOKEN}` });
    stack.defer(() => client.dispose());
    const bad = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: 'subscription($s: [String!]!) { quotes(symbols: $s) { symbol } }', variables: { s: 5 } }, { next: () => {}, error: resolve, complete: () => resolve('completed') });
    });
    expect(JSON.stringify(bad)).toMatch(/String cannot represent a non string value: 5/);
    const received: string[] = [];
    client.subscribe<{ quotes: { symbol: string } }>(
      { query: 'subscription($s: [String!]!) { quotes(symbols: $s) { symbol } }', variables: { s: 'SPY' } },
      { next: (value) => received.push(value.data!.quotes.symbol), error: (e) => received.push(`error ${JSON.stringify(e)}`), complete: () => {} },
    );
    for (let i = 0; i < 200 && received.length === 0; i++) {
      await bus.publish('marketdata.quote', { instrumentId: '1', symbol: 'SPY', bid: 1, ask: 1.02, last: 1.01, size: 1, ts: '2026-01-06T15:00:00.000Z' });
      await bus.publish('marketdata.quote', { instrumentId: '2', symbol: 'S', bid: 1, ask: 1.02, last: 1.01, size: 1, ts: '2026-01-06T15:00:00.000Z' });
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(new Set(received)).toEqual(new Set(['SPY']));
  });

  it(`refuses subscription ${MAX_SUBSCRIPTIONS_PER_SOCKET + 1} on one socket, and only that one`, async () => {
    const client = wsClient(wsUrl, { authorization: `Bearer ${TOKEN}` });
    stack.defer(() => client.dispose());
    const errors: unknown[] = [];
    for (let i = 0; i <= MAX_SUBSCRIPTIONS_PER_SOCKET; i++) {
      client.subscribe({ query: `subscription { quotes(symbols: ["S${i}"]) { symbol } }` }, { next: () => {}, error: (e) => errors.push(e), complete: () => {} });
    }
    for (let i = 0; i < 200 && errors.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors[0])).toMatch(/already holds 100 subscriptions/);
  });

  it('weighs expensive arguments: 7 × 50 instruments × 10,000 minute bars is refused before any subgraph is called', async () => {
    const bars = Array.from({ length: 7 }, (_, i) => `i${i}: instruments(first: 50) { edges { node { bars(interval: M1, limit: 10000) { ts open high low close volume } } } }`).join(' ');
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query: `{ ${bars} }` }) });
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: MAX_OPERATION_COST });
    expect(body.errors[0].message).toMatch(/would cost [\d,]+ points; the limit is 200,000/);
  });

  it('limits requests per client address: past the burst, 429 with Retry-After', async () => {
    const gateway = await createGatewayServer({ subgraphUrls: {}, subgraphs: graph, apiToken: TOKEN, internalSecret: SECRET, bus, clock, logger, subscriptions: [], sandbox: false, rateLimitPerSecond: 5 });
    const { url: limitedUrl } = await gateway.listen(0);
    stack.defer(() => gateway.stop());
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () => fetch(limitedUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: '{"query":"{ __typename }"}' }).then((r) => [r.status, r.headers.get('retry-after')] as const)),
    );
    expect(statuses.filter(([status]) => status === 200).length).toBe(10); // the burst: twice the rate
    expect(statuses.filter(([status]) => status === 429).every(([, retry]) => Number(retry) >= 1)).toBe(true);
  });

  it('names the engine that is down and still answers the rest', async () => {
    await stopPortfolio();
    // portfolio(id) is nullable, so the failure stays in its field and the rest of the data is returned.
    const body: any = await gatewayPoster(url, TOKEN)('{ instruments(first: 1) { totalCount } portfolio(id: "1") { name } }');
    expect(body.data?.instruments?.totalCount).toBeGreaterThan(0);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'portfolio' });
    expect(body.errors?.[0]?.message).toMatch(/The portfolio engine is unavailable \(connection refused\)/);
  });

  it('does not hang on a frozen subgraph: it answers without it after the timeout', async () => {
    const frozen = await frozenServer();
    stack.defer(frozen.close);
    const gateway = await createGatewayServer({
      // The query below needs portfolio only; marketdata's URL is never called.
      subgraphUrls: { marketdata: 'http://127.0.0.1:9/graphql', portfolio: `http://127.0.0.1:${frozen.port}/graphql` },
      subgraphs: graph,
      apiToken: TOKEN,
      internalSecret: SECRET,
      bus,
      clock,
      logger,
      subscriptions: [],
      sandbox: false,
      subgraphTimeoutMs: 300,
    });
    const { url: frozenUrl } = await gateway.listen(0);
    stack.defer(() => gateway.stop());
    const started = Date.now();
    const body: any = await gatewayPoster(frozenUrl, TOKEN)('{ portfolios(first: 1) { totalCount } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'portfolio' });
    expect(body.errors?.[0]?.message).toMatch(/no answer in time/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
