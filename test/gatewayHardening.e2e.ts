import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { MemoryBus, TestClock, createLogger, metricsAuthorization, metricsToken } from '@nautilus/runtime';
import { DisposeStack, frozenServer, gatewayPoster, useTestDatabase } from '@nautilus/testing';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { seedMarketData } from '@nautilus/marketdata/seed';
import { subscriptions as marketdataSubscriptions } from '@nautilus/marketdata/subscriptions';
import { createRiskServer } from '@nautilus/risk/server';
import { subscriptions as riskSubscriptions } from '@nautilus/risk/subscriptions';
import { createAccel } from '@nautilus/accel';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { MAX_OPERATION_COST, MAX_SUBSCRIPTIONS_PER_SOCKET, SUBGRAPHS, createGatewayServer } from '@nautilus/gateway';
import { startGraph } from './support/startGraph.ts';

const TOKEN = 'hardening-token-0123456789';
const SECRET = 'h'.repeat(48);
const logger = createLogger({ name: 'hardening-e2e', level: 'silent' });
const graph = SUBGRAPHS.filter((s) => s.name === 'marketdata' || s.name === 'portfolio' || s.name === 'risk');

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

/** Events queued per subscription in this file (the default is 1,000): small, so the slow-consumer test fills it fast. */
const SLOW_CONSUMER_EVENTS = 100;

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
      {
        marketdata: await createMarketdataServer({ pool, bus, clock, logger, internalSecret: SECRET }),
        portfolio,
        risk: createRiskServer({ pool, bus, clock, logger, internalSecret: SECRET, accel: stack.use(await createAccel({ backends: ['js'], calibrate: 'never' }), (a) => a.close()) }),
      },
      {
        subgraphs: graph,
        apiToken: TOKEN,
        internalSecret: SECRET,
        bus,
        clock,
        logger,
        subscriptions: [...marketdataSubscriptions, ...riskSubscriptions],
        sandbox: false,
        subscriptionBuffers: { eventBufferSize: SLOW_CONSUMER_EVENTS },
      },
    );
    ({ url, wsUrl } = started);
    stopPortfolio = () => portfolio.stop();
  });
  afterAll(() => stack.disposeAll());
  /** A counter of the gateway's /metrics. */
  const gatewayMetric = async (name: string): Promise<number> => {
    const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
    return line ? Number(line.split(' ').pop()) : Number.NaN;
  };

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

  it('closes a client that stops reading a stream that must not lose events with 4290, instead of queueing without bound', async () => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    stack.defer(() => socket.terminate());
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    const received: string[] = [];
    const acked = new Promise<void>((resolve) =>
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; payload?: { data?: { riskLimitBreached?: { id: string } } } };
        if (message.type === 'connection_ack') resolve();
        if (message.type === 'next') received.push(message.payload!.data!.riskLimitBreached!.id);
      }),
    );
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${TOKEN}` } }));
    await acked;
    socket.send(JSON.stringify({ id: 'slow', type: 'subscribe', payload: { query: 'subscription { riskLimitBreached { id portfolioId value threshold } }' } }));
    const breach = (n: number) => ({ breachId: `${n}:1`, reportId: String(n), limitId: '1', portfolioId: '1', kind: 'VAR', value: 2_000 + n, threshold: 1_000 });
    // While the client reads, breaches arrive one by one (each is payload only: no lookup).
    for (let n = 1; n <= 3 && received.length < n; ) {
      await bus.publish('risk.limit.breached', breach(n));
      await new Promise((r) => setTimeout(r, 20));
      if (received.length === n) n++;
    }
    expect(received).toEqual(['1:1', '2:1', '3:1']);
    // The client stops reading: kernel buffers fill, graphql-ws waits on its sends, the subscription's queue grows.
    const tcp = (socket as unknown as { _socket: import('node:net').Socket })._socket;
    tcp.pause();
    const before = await gatewayMetric('nautilus_subscription_slow_consumers_total');
    for (let n = 4; n < 200_000 && (await gatewayMetric('nautilus_subscription_slow_consumers_total')) === before; ) {
      for (const end = n + 2_000; n < end; n++) await bus.publish('risk.limit.breached', breach(n));
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(await gatewayMetric('nautilus_subscription_slow_consumers_total')).toBe(before + 1);
    // Reading again, the client drains what had been sent, then finds the close frame.
    tcp.resume();
    expect(await closed).toBe(4290);
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
