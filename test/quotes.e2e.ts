import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { MemoryBus, TestClock, createLogger } from '@nautilus/runtime';
import { DisposeStack, useTestDatabase } from '@nautilus/testing';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { subscriptions } from '@nautilus/marketdata/subscriptions';
import { seedMarketData } from '@nautilus/marketdata/seed';
import { createSimulatorFeed } from '@nautilus/marketdata/feed';
import { createGatewayServer, type GatewayServer } from '@nautilus/gateway';

const TOKEN = 'quotes-token-0123456789';
const SECRET = 'q'.repeat(48);
const TICK_MS = 1000;
const logger = createLogger({ name: 'quotes-e2e', level: 'silent' });

describe('live quotes: simulator → bus → gateway → graphql-ws client', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 6, 15, 0));
  const bus = new MemoryBus();
  let pool: pg.Pool;
  let gateway: GatewayServer;
  let wsUrl: string;
  let httpUrl: string;

  beforeAll(async () => {
    pool = stack.use(new pg.Pool({ connectionString: database.url, max: 5 }), (p) => p.end());
    const seeded = await seedMarketData({ pool, clock, seed: 7, years: 0.2, minuteDays: 1 });
    expect(seeded.seeded).toBe(true);
    const subgraph = await createMarketdataServer({ pool, bus, clock, logger, internalSecret: SECRET });
    const subgraphUrl = await subgraph.listen(0);
    stack.defer(() => subgraph.stop());
    gateway = await createGatewayServer({ subgraphUrls: { marketdata: subgraphUrl }, apiToken: TOKEN, internalSecret: SECRET, bus, clock, logger, subscriptions, sandbox: false });
    ({ wsUrl, url: httpUrl } = await gateway.listen(0));
    stack.defer(() => gateway.stop());
  });
  afterAll(() => stack.disposeAll());

  it('turns introspection and the landing page off when sandbox is off (production)', async () => {
    const response = await fetch(httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    const body = (await response.json()) as any;
    expect(body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    const page = await fetch(httpUrl, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/apollo-server-landing-page/);
  });

  it('streams simulator ticks for the subscribed symbols at each TestClock step, with federated instrument fields', async () => {
    expect.assertions(6);
    const simulator = await createSimulatorFeed({ pool, bus, clock, seed: 11, tickMs: TICK_MS, logger });
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${TOKEN}` }, retryAttempts: 0 });
    stack.defer(() => client.dispose());
    type Tick = { quotes: { symbol: string; bid: number; ask: number; last: number; ts: string; instrument: { name: string; assetClass: string } } };
    const received: Tick[] = [];
    const unsubscribe = client.subscribe<Tick>(
      { query: 'subscription { quotes(symbols: ["AAPL", "SPY"]) { symbol bid ask last ts instrument { name assetClass } } }' },
      { next: (value) => received.push(value.data as Tick), error: (error) => received.push({ error } as never), complete: () => {} },
    );
    const until = async (condition: () => boolean, what: string) => {
      for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
      if (!condition()) throw new Error(`timed out waiting for ${what}`);
    };
    await until(() => gateway.engine.stats.active === 1, 'the subscription to reach the bus');

    simulator.start();
    for (let step = 1; step <= 3; step++) {
      await clock.advance(TICK_MS);
      await until(() => received.length >= step * 2, `tick ${step}`);
    }
    await simulator.stop();
    unsubscribe();

    expect(received).toHaveLength(6);
    expect(new Set(received.map((r) => r.quotes.symbol))).toEqual(new Set(['AAPL', 'SPY']));
    // One quote per symbol per clock step, stamped with the TestClock's time.
    const start = Date.UTC(2026, 0, 6, 15, 0);
    expect(received.map((r) => Date.parse(r.quotes.ts)).sort()).toEqual([1, 1, 2, 2, 3, 3].map((k) => start + k * TICK_MS));
    expect(received.every((r) => r.quotes.bid < r.quotes.last && r.quotes.last < r.quotes.ask)).toBe(true);
    expect(received.find((r) => r.quotes.symbol === 'AAPL')?.quotes.instrument).toEqual({ name: 'Apple Inc.', assetClass: 'EQUITY' });
    // Everything delivered was stored first (publish after commit).
    const stored = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM marketdata.tick t JOIN marketdata.instrument i ON i.id = t.instrument_id WHERE i.symbol IN ('AAPL', 'SPY')");
    expect(stored.rows[0]!.n).toBe(6);
  });
});
