import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { MemoryBus, TestClock, createLogger } from '@nautilus/runtime';
import { DisposeStack, useTestDatabase, gatewayPoster } from '@nautilus/testing';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { startGraph } from './support/startGraph.ts';

const TOKEN = 'test-token-0123456789abcdef';
const SECRET = 's'.repeat(48);
const logger = createLogger({ name: 'e2e', level: 'silent' });

describe('gateway over marketdata + portfolio', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 15, 0));
  let gatewayUrl: string;
  let portfolioId: string;

  beforeAll(async () => {
    const pool = stack.use(new pg.Pool({ connectionString: database.url, max: 5 }), (p) => p.end());
    const { rows } = await pool.query<{ id: number }>(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('AAPL', 'Apple Inc.', 'equity', 'USD', 'XNAS') RETURNING id`);
    await pool.query(`INSERT INTO marketdata.bar VALUES ($1, '1d', '2026-01-02T00:00:00Z', 180, 185, 179, 184, 1000000)`, [rows[0]!.id]);
    const servers = {
      marketdata: await createMarketdataServer({ pool, bus: new MemoryBus(), clock, logger, internalSecret: SECRET }),
      portfolio: createPortfolioServer({ pool, clock, logger, internalSecret: SECRET }),
    };
    ({ url: gatewayUrl } = await startGraph(stack, servers, {
      apiToken: TOKEN,
      internalSecret: SECRET,
      bus: new MemoryBus(),
      clock,
      logger,
      subscriptions: [],
      sandbox: false,
    }));
    const post = gatewayPoster(gatewayUrl, TOKEN);
    const entity = await post(`mutation { createEntity(input: { kind: PERSON, name: "Ada" }) { id } }`);
    const created = await post(`mutation($e: ID!) { createPortfolio(input: { entityId: $e, name: "Core" }) { id } }`, { e: entity.data.createEntity.id });
    portfolioId = created.data.createPortfolio.id;
    const traded = await post(`mutation($p: ID!) { recordTrades(input: { portfolioId: $p, trades: [{ symbol: "AAPL", side: BUY, quantity: 10, price: 170, fees: 1, ts: "2026-01-02T20:00:00Z" }] }) { id } }`, { p: portfolioId });
    expect(traded.errors).toBeUndefined();
  });
  afterAll(() => stack.disposeAll());

  it('resolves Position.instrument from marketdata and marketValue via @requires(instrument { lastPrice })', async () => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: `query($id: ID!) { portfolio(id: $id) { positions { quantity costBasis marketValue unrealizedPnl instrument { symbol name lastPrice } } } }`, variables: { id: portfolioId } }),
    });
    expect(await response.json()).toEqual({
      data: { portfolio: { positions: [{ quantity: 10, costBasis: 1701, marketValue: 1840, unrealizedPnl: 139, instrument: { symbol: 'AAPL', name: 'Apple Inc.', lastPrice: 184 } }] } },
    });
  });
});
