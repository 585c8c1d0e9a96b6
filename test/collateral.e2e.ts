import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createAccel } from '@nautilus/accel';
import { MemoryBus, TestClock, createLogger } from '@nautilus/runtime';
import { DisposeStack, useTestDatabase, gatewayPoster } from '@nautilus/testing';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { seedMarketData } from '@nautilus/marketdata/seed';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { createRiskServer } from '@nautilus/risk/server';
import { MarginMonitor, createCollateralServer } from '@nautilus/collateral/server';
import { subscriptions as collateralSubscriptions } from '@nautilus/collateral/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { SUBGRAPHS } from '../gateway/src/subgraphList.ts';
import { startGraph } from './support/startGraph.ts';

const TOKEN = 'test-token-0123456789abcdef';
const SECRET = 's'.repeat(48);
const logger = createLogger({ name: 'e2e', level: 'silent' });

/**
 * The whole graph in one process: the margin monitor consumes scripted ticks
 * from the bus it shares with the gateway, and a graphql-ws client subscribed
 * through the gateway receives the call it raises, with fields resolved by
 * portfolio (the account's portfolios) and risk (their risk report).
 */
describe('margin alerts through the gateway', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 15, 0));
  const bus = new MemoryBus();
  let post: ReturnType<typeof gatewayPoster>;
  let wsUrl: string;
  let activeSubscriptions = () => 0;
  let monitor: MarginMonitor;
  let accountId: string;
  let portfolioId: string;
  let symbol: string;
  let instrumentId: string;
  let callPrice: number;

  const subscribe = (client: Client, query: string, variables: Record<string, unknown>) => {
    const received: any[] = [];
    const stop = client.subscribe({ query, variables }, { next: (value) => void received.push(value), error: () => {}, complete: () => {} });
    stack.defer(() => stop());
    return received;
  };
  const tick = async (last: number) => {
    await clock.advance(1_000);
    await bus.publish('marketdata.quote', { instrumentId, symbol, bid: last - 0.01, ask: last + 0.01, last, size: 100, ts: new Date(clock.now()).toISOString() });
  };
  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  };

  beforeAll(async () => {
    const pool = stack.use(new pg.Pool({ connectionString: database.url, max: 8 }), (p) => p.end());
    await seedMarketData({ pool, clock, seed: 7, years: 1.5, minuteDays: 0 });
    const accel = stack.use(await createAccel({ backends: ['js'], calibrate: 'never' }), (a) => a.close());
    monitor = new MarginMonitor({ pool, bus, clock, logger, prediction: false });
    await monitor.start();
    stack.defer(() => monitor.stop());
    const servers = {
      marketdata: await createMarketdataServer({ pool, bus: new MemoryBus(), clock, logger, internalSecret: SECRET }),
      portfolio: createPortfolioServer({ pool, clock, logger, internalSecret: SECRET }),
      risk: createRiskServer({ pool, bus, clock, logger, internalSecret: SECRET, accel }),
      collateral: createCollateralServer({ pool, bus, clock, logger, internalSecret: SECRET, monitor }),
    };
    const { gateway, url, wsUrl: ws } = await startGraph(stack, servers, {
      subgraphs: SUBGRAPHS,
      apiToken: TOKEN,
      internalSecret: SECRET,
      bus,
      clock,
      logger,
      subscriptions: collateralSubscriptions,
      sandbox: false,
    });
    wsUrl = ws;
    activeSubscriptions = () => gateway.engine.stats.active;
    post = gatewayPoster(url, TOKEN);

    const { rows } = await pool.query<{ id: string; symbol: string }>(`SELECT id::text, symbol FROM marketdata.instrument WHERE asset_class = 'equity' ORDER BY symbol LIMIT 1`);
    ({ id: instrumentId, symbol } = rows[0]!);
    const entity = await post(`mutation { createEntity(input: { kind: PERSON, name: "Ada" }) { id } }`);
    const created = await post(`mutation($e: ID!) { createPortfolio(input: { entityId: $e, name: "Levered" }) { id } }`, { e: entity.data.createEntity.id });
    portfolioId = created.data.createPortfolio.id;
    // 50,000 cash, buy 1,000 @ 100: a 50,000 margin loan. The position's requirement rate decides the call price.
    await post(`mutation($i: CashInput!) { depositCash(input: $i) { amount } }`, { i: { portfolioId, amount: 50_000, ts: '2026-01-02T14:00:00Z' } });
    const traded = await post(`mutation($i: RecordTradesInput!) { recordTrades(input: $i) { id } }`, {
      i: { portfolioId, trades: [{ symbol, side: 'BUY', quantity: 1_000, price: 100, fees: 0, ts: '2026-01-02T15:00:00Z' }] },
    });
    expect(traded.errors).toBeUndefined();
    await tick(100);
    const account = await post(`mutation($i: CreateMarginAccountInput!) { createMarginAccount(input: $i) { id status { houseRequirement } } }`, {
      i: { ownerId: entity.data.createEntity.id, name: 'Ada Reg T', broker: 'Test Prime', methodology: 'REG_T', portfolioIds: [portfolioId] },
    });
    expect(account.errors).toBeUndefined();
    accountId = account.data.createMarginAccount.id;
    // equity(P) = 1,000P − 50,000 ≥ rate·1,000P  ⇔  P ≥ 50 / (1 − rate)
    const rate = account.data.createMarginAccount.status.houseRequirement / 100_000;
    callPrice = 50 / (1 - rate);
  });
  afterAll(() => stack.disposeAll());

  it('reaches an account from its portfolio and back across subgraphs', async () => {
    const result = await post(`query($id: ID!) { portfolio(id: $id) { name marginAccount { id methodology portfolios { id name } status { equity inCall } } } }`, { id: portfolioId });
    expect(result.errors).toBeUndefined();
    expect(result.data.portfolio.marginAccount).toMatchObject({ id: accountId, methodology: 'REG_T', portfolios: [{ id: portfolioId, name: 'Levered' }], status: { equity: 50_000, inCall: false } });
  });

  it('streams marginCallRaised in the clock step of the tick, with the portfolios and their risk report', async () => {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${TOKEN}` }, retryAttempts: 0 });
    stack.defer(() => client.dispose());
    const calls = subscribe(client, `subscription($a: [ID!]) { marginCallRaised(accountIds: $a) { id kind status amountDue account { id portfolios { id name riskReport(method: PARAMETRIC) { var } } } } }`, { a: [accountId] });
    const utilization = subscribe(client, `subscription($a: ID!) { marginUtilization(accountId: $a) { accountId utilization inCall ts } }`, { a: accountId });
    await until(() => activeSubscriptions() >= 2);
    expect(activeSubscriptions()).toBeGreaterThanOrEqual(2);
    const stepTs = clock.now() + 1_000;
    await tick(callPrice * 0.98);
    await until(() => calls.length > 0 && utilization.some((u) => u.data?.marginUtilization?.inCall));
    expect(calls).toHaveLength(1);
    expect(calls[0].errors).toBeUndefined();
    const call = calls[0].data.marginCallRaised;
    expect(call).toMatchObject({ kind: 'MAINTENANCE', status: 'OPEN', account: { id: accountId, portfolios: [{ id: portfolioId, name: 'Levered' }] } });
    expect(call.amountDue).toBeGreaterThan(0);
    expect(call.account.portfolios[0].riskReport.var).toBeGreaterThan(0);
    // Raised at the clock time of the tick that crossed the threshold: no timer had to fire.
    const stored = await post(`query($id: ID!) { marginCall(id: $id) { raisedAt } }`, { id: call.id });
    expect(Date.parse(stored.data.marginCall.raisedAt)).toBe(stepTs);
    const update = utilization.find((u) => u.data.marginUtilization.inCall).data.marginUtilization;
    expect(update).toMatchObject({ accountId, inCall: true });
    expect(update.utilization).toBeGreaterThan(1);
    // Flapping inside the hysteresis band raises nothing more.
    for (const f of [1.001, 0.99, 1.005]) await tick(callPrice * f);
    await monitor.idle();
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toHaveLength(1);
  });

  it('acknowledges and resolves the call through the gateway, with its history', async () => {
    const live = await post(`query($id: ID!) { marginAccount(id: $id) { liveCall { id } } }`, { id: accountId });
    const id = live.data.marginAccount.liveCall.id;
    const ack = await post(`mutation($id: ID!) { acknowledgeMarginCall(id: $id, note: "wiring funds") { status acknowledgedAt } }`, { id });
    expect(ack.errors).toBeUndefined();
    expect(ack.data.acknowledgeMarginCall.status).toBe('OPEN');
    await tick(callPrice * 1.2);
    await monitor.idle();
    const closed = await post(`query($id: ID!) { marginCall(id: $id) { status history { status note } } }`, { id });
    expect(closed.data.marginCall.status).toBe('MET');
    expect(closed.data.marginCall.history.map((h: { status: string }) => h.status)).toEqual(['OPEN', 'ACKNOWLEDGED', 'MET']);
    const again = await post(`mutation($id: ID!) { resolveMarginCall(id: $id, resolution: LIQUIDATED) { status } }`, { id });
    expect((again.errors as Array<{ extensions: { code: string } }>)[0]!.extensions.code).toBe('CONFLICT');
  });
});
