import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { MemoryBus, TestClock, createLogger } from '@nautilus/runtime';
import { DisposeStack, useTestDatabase, gatewayPoster } from '@nautilus/testing';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { BacktestRunner, FillRecorder, PaperBroker, PortfolioClient, SignalRunner, createStrategyServer } from '@nautilus/strategy/server';
import { subscriptions as strategySubscriptions } from '@nautilus/strategy/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { SUBGRAPHS } from '../gateway/src/subgraphList.ts';
import { startGraph } from './support/startGraph.ts';

const TOKEN = 'test-token-0123456789abcdef';
const SECRET = 's'.repeat(48);
const logger = createLogger({ name: 'e2e', level: 'silent' });

/**
 * The strategy engine in the whole graph, in one process: a strategy created through the gateway
 * emits live signals that a graphql-ws client receives through the gateway with the instrument
 * resolved by marketdata; a paper order filled by a quote on the bus streams its lifecycle and its
 * fill shows up as a trade and a position in the portfolio engine (recorded through portfolio's
 * own recordTrades, never its tables).
 */
describe('strategy through the gateway', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 15, 0));
  const bus = new MemoryBus();
  let post: ReturnType<typeof gatewayPoster>;
  let wsUrl: string;
  let activeSubscriptions = () => 0;
  let signals: SignalRunner;
  let portfolioId: string;
  let instrumentIds: Record<string, string> = {};

  const subscribe = (client: Client, query: string, variables: Record<string, unknown>) => {
    const received: any[] = [];
    const stop = client.subscribe({ query, variables }, { next: (value) => void received.push(value), error: () => {}, complete: () => {} });
    stack.defer(() => stop());
    return received;
  };
  const until = async (condition: () => boolean, what: string) => {
    for (let i = 0; i < 1_000 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
    if (!condition()) throw new Error(`timed out waiting for ${what}`);
  };

  beforeAll(async () => {
    const pool = stack.use(new pg.Pool({ connectionString: database.url, max: 8 }), (p) => p.end());
    const { rows } = await pool.query<{ id: string; symbol: string }>(
      `INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('AAA', 'Alpha Inc', 'equity', 'USD', 'XNAS'), ('BBB', 'Beta Corp', 'equity', 'USD', 'XNYS') RETURNING id::text, symbol`,
    );
    instrumentIds = Object.fromEntries(rows.map((r) => [r.symbol, r.id]));
    for (const [k, r] of rows.entries()) {
      await pool.query(
        `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume)
         SELECT $1, '1d', '2026-01-04T00:00:00Z'::timestamptz - (n || ' days')::interval, c, c * 1.01, c * 0.99, c, 100000
           FROM (SELECT n, 100 * exp(-n * $2::float8 + 0.08 * sin(n * 0.11 + $3::float8)) AS c FROM generate_series(0, 199) AS n) s`,
        [r.id, 0.001 * (k + 1), k * 1.3],
      );
    }
    // The recorder needs portfolio's URL, known once the graph listens.
    const fills: { recorder?: FillRecorder } = {};
    const broker = new PaperBroker({ pool, bus, clock, logger, onFills: () => void fills.recorder?.wake() });
    const backtests = new BacktestRunner({ pool, bus, clock, logger });
    signals = new SignalRunner({ pool, bus, clock, logger, broker, intervalMs: 365 * 86_400_000 });
    await backtests.start();
    await broker.start();
    signals.start();
    stack.defer(() => backtests.stop());
    stack.defer(() => broker.stop());
    stack.defer(() => signals.stop());
    const servers = {
      marketdata: await createMarketdataServer({ pool, bus: new MemoryBus(), clock, logger, internalSecret: SECRET }),
      portfolio: createPortfolioServer({ pool, clock, logger, internalSecret: SECRET }),
      strategy: createStrategyServer({ pool, bus, clock, logger, internalSecret: SECRET, backtests, broker, signals }),
    };
    const { gateway, url, wsUrl: ws, subgraphUrls } = await startGraph(stack, servers, {
      subgraphs: SUBGRAPHS,
      apiToken: TOKEN,
      internalSecret: SECRET,
      bus,
      clock,
      logger,
      subscriptions: strategySubscriptions,
      sandbox: false,
    });
    const recorder = new FillRecorder({ pool, clock, logger, recorder: new PortfolioClient({ url: subgraphUrls.portfolio!, secret: SECRET, clock }) });
    fills.recorder = recorder;
    recorder.start();
    stack.defer(() => recorder.stop());
    wsUrl = ws;
    activeSubscriptions = () => gateway.engine.stats.active;
    post = gatewayPoster(url, TOKEN);
    const entity = await post(`mutation { createEntity(input: { kind: PERSON, name: "Quant" }) { id } }`);
    portfolioId = (await post(`mutation($e: ID!) { createPortfolio(input: { entityId: $e, name: "Systematic" }) { id } }`, { e: entity.data.createEntity.id })).data.createPortfolio.id;
    await post(`mutation($p: ID!) { depositCash(input: { portfolioId: $p, amount: 100000, ts: "2026-01-02T14:00:00Z" }) { id } }`, { p: portfolioId });
  });
  afterAll(() => stack.disposeAll());

  it('streams the signals of an ACTIVE strategy through the gateway, with the instrument from marketdata', async () => {
    const created = await post(`mutation($i: CreateStrategyInput!) { createStrategy(input: $i) { id status portfolio { id name } } }`, {
      i: { name: 'Trend', kind: 'MA_CROSSOVER', parameters: { fast: 5, slow: 20 }, universe: ['AAA', 'BBB'], portfolioId, status: 'ACTIVE' },
    });
    expect(created.errors).toBeUndefined();
    const strategy = created.data.createStrategy;
    expect(strategy.portfolio).toEqual({ id: portfolioId, name: 'Systematic' });
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${TOKEN}` }, retryAttempts: 0 });
    stack.defer(() => client.dispose());
    const received = subscribe(client, `subscription($s: [ID!]) { signals(strategyIds: $s) { id direction strength horizon strategy { name } instrument { symbol name } } }`, { s: [strategy.id] });
    const others = subscribe(client, `subscription { signals(strategyIds: ["999"]) { id } }`, {});
    await until(() => activeSubscriptions() >= 2, 'the subscriptions');
    await signals.tick();
    await until(() => received.length >= 2, 'two signals');
    for (const message of received) expect(message.errors).toBeUndefined();
    const names = received.map((m) => m.data.signals.instrument.symbol).sort();
    expect(names).toEqual(['AAA', 'BBB']);
    expect(received[0].data.signals.strategy).toEqual({ name: 'Trend' });
    expect(received.find((m) => m.data.signals.instrument.symbol === 'AAA').data.signals.instrument.name).toBe('Alpha Inc');
    expect(others).toEqual([]);
    // The same signals through the graph's queries, on the portfolio and the instrument.
    const viaPortfolio = await post(`query($id: ID!) { portfolio(id: $id) { strategies { name } signals { symbol } } }`, { id: portfolioId });
    expect(viaPortfolio.data.portfolio.strategies).toEqual([{ name: 'Trend' }]);
    expect(viaPortfolio.data.portfolio.signals).toHaveLength(2);
    const viaInstrument = await post(`{ instrument(symbol: "BBB") { signals { direction strategy { name } } } }`);
    expect(viaInstrument.errors).toBeUndefined();
    expect(viaInstrument.data.instrument.signals).toHaveLength(1);
  });

  it('streams the progress of a backtest through the gateway until it completes', async () => {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${TOKEN}` }, retryAttempts: 0 });
    stack.defer(() => client.dispose());
    // Subscribe before the run exists: this database's backtest ids are 1, 2, … and none was made yet.
    const existing = (await post(`{ backtests(first: 500) { id } }`)).data.backtests.length;
    const id = String(existing + 1);
    const before = activeSubscriptions();
    const updates = subscribe(client, `subscription($id: ID!) { backtestProgress(id: $id) { id status progress metrics { tradeCount } sweep { parameters } } }`, { id });
    await until(() => activeSubscriptions() > before, 'the progress subscription');
    const queued = await post(`mutation($i: BacktestInput!) { runBacktest(input: $i) { id status } }`, {
      i: { kind: 'MA_CROSSOVER', parameters: { fast: 5, slow: 20 }, symbols: ['AAA', 'BBB'], from: '2025-06-01T00:00:00Z', to: '2026-01-04T00:00:00Z', grid: [{ name: 'fast', values: [3, 5, 8] }] },
    });
    expect(queued.errors).toBeUndefined();
    expect(queued.data.runBacktest).toEqual({ id, status: 'QUEUED' });
    await until(() => updates.some((u) => u.data?.backtestProgress?.status === 'COMPLETED'), 'COMPLETED');
    for (const u of updates) expect(u.errors).toBeUndefined();
    const statuses = updates.map((u) => u.data.backtestProgress.status);
    expect(statuses[0]).toBe('RUNNING');
    expect(statuses.at(-1)).toBe('COMPLETED');
    const progress = updates.map((u) => u.data.backtestProgress.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const done = updates.at(-1).data.backtestProgress;
    expect(done).toMatchObject({ id, progress: 1 });
    expect(done.metrics.tradeCount).toBeGreaterThan(0);
    expect(done.sweep).toHaveLength(3);
  });

  it('fills a paper order on a quote from the bus, streams its lifecycle and shows the trade in the portfolio', async () => {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${TOKEN}` }, retryAttempts: 0 });
    stack.defer(() => client.dispose());
    const before = activeSubscriptions();
    const events = subscribe(client, `subscription($p: [ID!]) { orderEvents(portfolioIds: $p) { id status fillQuantity fillPrice order { id symbol filledQuantity } } }`, { p: [portfolioId] });
    await until(() => activeSubscriptions() > before, 'the order subscription');
    const placed = await post(`mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id status } }`, { i: { portfolioId, symbol: 'AAA', side: 'BUY', type: 'MARKET', quantity: 25 } });
    expect(placed.errors).toBeUndefined();
    expect(placed.data.placeOrder.status).toBe('ACCEPTED');
    const bad = await post(`mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id } }`, { i: { portfolioId, symbol: 'AAA', side: 'BUY', type: 'LIMIT', quantity: 5 } });
    expect((bad.errors as Array<{ extensions: unknown }>)[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.limitPrice' });
    await clock.advance(1_000);
    await bus.publish('marketdata.quote', { instrumentId: instrumentIds.AAA!, symbol: 'AAA', bid: 101.99, ask: 102.01, last: 102, size: 500, ts: new Date(clock.now()).toISOString() });
    await until(() => events.some((e) => e.data?.orderEvents?.status === 'FILLED'), 'the FILLED event');
    expect(events.map((e) => e.data.orderEvents.status)).toEqual(['SUBMITTED', 'ACCEPTED', 'FILLED']);
    expect(events[2].data.orderEvents).toMatchObject({ fillQuantity: 25, fillPrice: 102.01, order: { id: placed.data.placeOrder.id, symbol: 'AAA', filledQuantity: 25 } });
    let book: any;
    // Recorded once the fill recorder's call to portfolio returned (the fields resolve in parallel: wait for all).
    const recorded = () => book?.positions?.length === 1 && book.trades.edges.length === 1 && !!book.orders[0]?.fills[0]?.tradeId;
    for (let i = 0; i < 200 && !recorded(); i++) {
      book = (await post(`query($id: ID!) { portfolio(id: $id) { positions { symbol quantity } trades { edges { node { side quantity price externalId } } } orders { status fills { tradeId } } } }`, { id: portfolioId })).data.portfolio;
      if (!recorded()) await new Promise((r) => setTimeout(r, 25));
    }
    expect(book.positions).toEqual([{ symbol: 'AAA', quantity: 25 }]);
    expect(book.trades.edges.map((e: { node: unknown }) => e.node)).toEqual([{ side: 'BUY', quantity: 25, price: 102.01, externalId: expect.stringMatching(/^strategy-fill:/) }]);
    expect(book.orders[0].status).toBe('FILLED');
    expect(book.orders[0].fills[0].tradeId).toBeTruthy();
  });
});
