import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { MemoryBus, TestClock, createLogger } from '@nautilus/runtime';
import { DisposeStack, useTestDatabase, gatewayPoster } from '@nautilus/testing';
import { createPool } from '@nautilus/db';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { seedMarketData } from '@nautilus/marketdata/seed';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { createRiskServer } from '@nautilus/risk/server';
import { createAccel } from '@nautilus/accel';
import { startGraph } from './support/startGraph.ts';

const TOKEN = 'batching-token-0123456789';
const SECRET = 'b'.repeat(48);
const logger = createLogger({ name: 'batching-e2e', level: 'silent' });
const SYMBOLS = ['AAPL', 'MSFT', 'SPY'];

/** Counts every SQL statement a pool runs, on pool.query and on checked-out clients (transactions). */
function countQueries(pool: pg.Pool): { readonly count: number; reset(): void } {
  let count = 0;
  const wrap = <T extends { query: (...args: any[]) => any }>(target: T) => {
    const original = target.query.bind(target);
    target.query = ((...args: any[]) => {
      count++;
      return original(...args);
    }) as T['query'];
  };
  wrap(pool as unknown as { query: (...args: any[]) => any });
  const wrapped = new WeakSet<object>();
  pool.on('acquire', (client) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    wrap(client as unknown as { query: (...args: any[]) => any });
  });
  return {
    get count() {
      return count;
    },
    reset() {
      count = 0;
    },
  };
}

/**
 * Federation without N+1: a page of N portfolios with their positions,
 * instruments and live prices costs the same number of subgraph calls and SQL
 * statements whatever N is (entity references and children go through
 * per-request dataloaders).
 */
describe('batching across the federation', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 6, 15, 0));
  let post: ReturnType<typeof gatewayPoster>;
  let marketdataSql: ReturnType<typeof countQueries>;
  let portfolioSql: ReturnType<typeof countQueries>;
  let riskSql: ReturnType<typeof countQueries>;
  const subgraphCalls = { count: 0 };

  beforeAll(async () => {
    const setupPool = stack.use(createPool({ connectionString: database.url, max: 2 }), (p) => p.end());
    await seedMarketData({ pool: setupPool, clock, seed: 1, years: 0.2, minuteDays: 0 });
    const marketdataPool = stack.use(createPool({ connectionString: database.url, max: 4 }), (p) => p.end());
    const portfolioPool = stack.use(createPool({ connectionString: database.url, max: 4 }), (p) => p.end());
    const riskPool = stack.use(createPool({ connectionString: database.url, max: 4 }), (p) => p.end());
    marketdataSql = countQueries(marketdataPool);
    portfolioSql = countQueries(portfolioPool);
    riskSql = countQueries(riskPool);
    const accel = stack.use(await createAccel({ calibrate: 'never' }), (a) => a.close());
    const servers = {
      marketdata: await createMarketdataServer({ pool: marketdataPool, bus: new MemoryBus(), clock, logger, internalSecret: SECRET }),
      portfolio: createPortfolioServer({ pool: portfolioPool, clock, logger, internalSecret: SECRET }),
      risk: createRiskServer({ pool: riskPool, bus: new MemoryBus(), clock, logger, internalSecret: SECRET, accel }),
    };
    const { url, subgraphUrls: urls } = await startGraph(stack, servers, { apiToken: TOKEN, internalSecret: SECRET, bus: new MemoryBus(), clock, logger, subscriptions: [], sandbox: false });
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
      if (Object.values(urls).some((u) => String(input).startsWith(u))) subgraphCalls.count++;
      return realFetch(input, init);
    }) as typeof fetch;
    stack.defer(() => (globalThis.fetch = realFetch));
    post = gatewayPoster(url, TOKEN, realFetch);

    const entity = await post('mutation { createEntity(input: { kind: PERSON, name: "Batch" }) { id } }');
    for (let i = 0; i < 50; i++) {
      const created = await post('mutation($e: ID!, $n: String!) { createPortfolio(input: { entityId: $e, name: $n }) { id } }', { e: entity.data.createEntity.id, n: `Book ${String(i).padStart(2, '0')}` });
      const id = created.data.createPortfolio.id;
      const trades = SYMBOLS.map((symbol, k) => ({ symbol, side: 'BUY', quantity: 1 + k + i, price: 100, fees: 0, ts: '2026-01-02T20:00:00Z' }));
      const traded = await post('mutation($p: ID!, $t: [TradeInput!]!) { recordTrades(input: { portfolioId: $p, trades: $t }) { id } }', { p: id, t: trades });
      expect(traded.errors).toBeUndefined();
    }
  });
  afterAll(() => stack.disposeAll());

  async function measure(first: number, withRisk = false) {
    marketdataSql.reset();
    portfolioSql.reset();
    riskSql.reset();
    subgraphCalls.count = 0;
    const risk = withRisk ? 'riskReport(method: PARAMETRIC, lookbackDays: 30) { var es }' : '';
    const result = await post(
      `query($first: Int!) { portfolios(first: $first) { edges { node { name positions { quantity marketValue instrument { symbol name lastPrice } } ${risk} } } } }`,
      { first },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.portfolios.edges).toHaveLength(first);
    expect(result.data.portfolios.edges.every((e: any) => e.node.positions.length === SYMBOLS.length && e.node.positions.every((p: any) => p.marketValue > 0))).toBe(true);
    if (withRisk) expect(result.data.portfolios.edges.every((e: any) => e.node.riskReport.var > 0)).toBe(true);
    return { subgraphCalls: subgraphCalls.count, marketdataSql: marketdataSql.count, portfolioSql: portfolioSql.count, riskSql: riskSql.count };
  }

  it('issues the same number of subgraph calls and SQL statements for 5 and for 50 portfolios', async () => {
    const small = await measure(5);
    const large = await measure(50);
    expect(large).toEqual(small);
    expect(large.subgraphCalls).toBeLessThanOrEqual(4);
  });

  it('stays bounded with a persisted risk report on every portfolio: history, asset classes and report writes are batched', async () => {
    const small = await measure(5, true);
    const large = await measure(50, true);
    expect(large).toEqual(small);
    expect(large.subgraphCalls).toBeLessThanOrEqual(5);
  });
});
