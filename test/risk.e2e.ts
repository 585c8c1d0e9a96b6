import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createAccel } from '@nautilus/accel';
import { MemoryBus, TestClock, createLogger } from '@nautilus/runtime';
import { DisposeStack, useTestDatabase, gatewayPoster } from '@nautilus/testing';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { seedMarketData } from '@nautilus/marketdata/seed';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { createRiskServer } from '@nautilus/risk/server';
import { subscriptions as marketdataSubscriptions } from '@nautilus/marketdata/subscriptions';
import { subscriptions as riskSubscriptions } from '@nautilus/risk/subscriptions';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { composeSupergraph } from '../gateway/src/composeSupergraph.ts';
import marketdataEngine from '../subgraphs/marketdata/engine.ts';
import portfolioEngine from '../subgraphs/portfolio/engine.ts';
import riskEngine from '../subgraphs/risk/engine.ts';
import { startGraph } from './support/startGraph.ts';

const TOKEN = 'test-token-0123456789abcdef';
const SECRET = 's'.repeat(48);
const logger = createLogger({ name: 'e2e', level: 'silent' });
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Explicit list until the lead wires risk into gateway/src/subgraphList.ts. */
const subgraphs = [
  { name: 'marketdata', sdlPath: path.join(root, 'subgraphs/marketdata/schema.graphql'), defaultPort: marketdataEngine.defaultPort, entry: 'subgraphs/marketdata/src/index.ts' },
  { name: 'portfolio', sdlPath: path.join(root, 'subgraphs/portfolio/schema.graphql'), defaultPort: portfolioEngine.defaultPort, entry: 'subgraphs/portfolio/src/index.ts' },
  { name: 'risk', sdlPath: path.join(root, 'subgraphs/risk/schema.graphql'), defaultPort: riskEngine.defaultPort, entry: 'subgraphs/risk/src/index.ts' },
];

describe('gateway over marketdata + portfolio + risk', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 15, 0));
  let post: ReturnType<typeof gatewayPoster>;
  let portfolioId: string;
  let wsUrl: string;
  let activeSubscriptions = () => 0;
  const bus = new MemoryBus();

  beforeAll(async () => {
    const pool = stack.use(new pg.Pool({ connectionString: database.url, max: 6 }), (p) => p.end());
    await seedMarketData({ pool, clock, seed: 7, years: 1.5, minuteDays: 0 });
    const accel = stack.use(await createAccel({ backends: ['js'], calibrate: 'never' }), (a) => a.close());
    const servers = {
      marketdata: await createMarketdataServer({ pool, bus: new MemoryBus(), clock, logger, internalSecret: SECRET }),
      portfolio: createPortfolioServer({ pool, clock, logger, internalSecret: SECRET }),
      risk: createRiskServer({ pool, bus, clock, logger, internalSecret: SECRET, accel }),
    };
    const { gateway, url, wsUrl: ws } = await startGraph(stack, servers, {
      subgraphs,
      apiToken: TOKEN,
      internalSecret: SECRET,
      bus,
      clock,
      logger,
      subscriptions: [...marketdataSubscriptions, ...riskSubscriptions],
      sandbox: false,
    });
    wsUrl = ws;
    activeSubscriptions = () => gateway.engine.stats.active;
    post = gatewayPoster(url, TOKEN);
    const { rows } = await pool.query<{ symbol: string }>(`SELECT symbol FROM marketdata.instrument WHERE asset_class IN ('equity', 'etf') ORDER BY symbol LIMIT 2`);
    const entity = await post(`mutation { createEntity(input: { kind: PERSON, name: "Ada" }) { id } }`);
    const created = await post(`mutation($e: ID!) { createPortfolio(input: { entityId: $e, name: "Core" }) { id } }`, { e: entity.data.createEntity.id });
    portfolioId = created.data.createPortfolio.id;
    const trades = rows.map((r, i) => ({ symbol: r.symbol, side: 'BUY', quantity: 10 * (i + 1), price: 100, fees: 0, ts: '2026-01-02T20:00:00Z' }));
    const traded = await post(`mutation($p: ID!, $t: [TradeInput!]!) { recordTrades(input: { portfolioId: $p, trades: $t }) { id } }`, { p: portfolioId, t: trades });
    expect(traded.errors).toBeUndefined();
  });
  afterAll(() => stack.disposeAll());

  it('composes risk with marketdata and portfolio', async () => {
    await expect(composeSupergraph({ subgraphs })).resolves.toContain('riskReport');
  });

  it('passes the positions with their instruments’ last prices to Portfolio.riskReport (@requires)', async () => {
    const result = await post(
      `query($id: ID!) { portfolio(id: $id) { positions { quantity instrument { symbol lastPrice } }
         riskReport { portfolioValue var es computedWith { backend } contributions { symbol weight } } } }`,
      { id: portfolioId },
    );
    expect(result.errors).toBeUndefined();
    const { positions, riskReport } = result.data.portfolio;
    expect(positions).toHaveLength(2);
    const value = positions.reduce((s: number, p: { quantity: number; instrument: { lastPrice: number } }) => s + p.quantity * p.instrument.lastPrice, 0);
    expect(riskReport.portfolioValue).toBeCloseTo(value, 6);
    expect(riskReport.var).toBeGreaterThan(0);
    expect(riskReport.es).toBeGreaterThanOrEqual(riskReport.var);
    expect(riskReport.computedWith.backend).toBe('js');
    expect(riskReport.contributions.map((c: { symbol: string }) => c.symbol).sort()).toEqual(positions.map((p: { instrument: { symbol: string } }) => p.instrument.symbol).sort());
  });

  it('runs Monte Carlo through the gateway and lists the stored reports', async () => {
    const result = await post(`query($id: ID!) { portfolio(id: $id) { riskReport(method: MONTE_CARLO, paths: 20000) { var computedWith { backend paths } } } }`, { id: portfolioId });
    expect(result.errors).toBeUndefined();
    expect(result.data.portfolio.riskReport.computedWith).toEqual({ backend: 'js', paths: 20000 });
    const history = await post(`query($id: ID!) { portfolio(id: $id) { riskReportHistory { method } } }`, { id: portfolioId });
    expect(history.data.portfolio.riskReportHistory).toEqual([{ method: 'MONTE_CARLO' }, { method: 'HISTORICAL' }]);
  });

  it('streams riskLimitBreached over graphql-ws when a report breaches a limit, with fields from the lookup', async () => {
    expect.assertions(4);
    const limit = await post(`mutation($p: ID!) { createRiskLimit(input: { portfolioId: $p, kind: VAR, threshold: 0.01 }) { id } }`, { p: portfolioId });
    expect(limit.errors).toBeUndefined();
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${TOKEN}` }, retryAttempts: 0 });
    stack.defer(() => client.dispose());
    const received = new Promise<any>((resolve, reject) => {
      const stop = client.subscribe(
        { query: 'subscription($p: [ID!]) { riskLimitBreached(portfolioIds: $p) { portfolioId value threshold limit { kind } report { var method } } }', variables: { p: [portfolioId] } },
        { next: (value) => (stop(), resolve(value)), error: reject, complete: () => {} },
      );
    });
    for (let i = 0; i < 200 && activeSubscriptions() === 0; i++) await new Promise((r) => setTimeout(r, 10)); // until it reaches the bus
    const report = await post(`query($id: ID!) { portfolio(id: $id) { riskReport(method: PARAMETRIC) { var } } }`, { id: portfolioId });
    const event = await received;
    expect(event.errors).toBeUndefined();
    expect(event.data.riskLimitBreached).toMatchObject({ portfolioId, threshold: 0.01, limit: { kind: 'VAR' }, report: { method: 'PARAMETRIC' } });
    expect(event.data.riskLimitBreached.value).toBeCloseTo(report.data.portfolio.riskReport.var, 6);
  });
});
