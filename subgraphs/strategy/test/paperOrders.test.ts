import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@nautilus/testing';
import type { OrderLifecycleEvent } from '@nautilus/runtime';
import { placeOrder } from '../src/service/orders.ts';
import { PaperBroker } from '../src/workers/paperBroker.ts';
import { eventually, logger, startStrategyEngine } from './support/harness.ts';

const ORDER = `id status type side quantity filledQuantity averagePrice limitPrice stopPrice reason parentId ocoGroup
  events { status reason fillQuantity fillPrice } fills { quantity price tradeId }`;

/**
 * Paper trading: orders placed through the graph go through the order engine, fill against live
 * quotes from the bus, publish every lifecycle step, and become trades in the portfolio engine
 * through its own recordTrades (idempotent by fill id); bad orders are refused naming the field.
 */
describe('strategy subgraph: paper orders', () => {
  const database = useTestDatabase();
  let engine: Awaited<ReturnType<typeof startStrategyEngine>>;
  let portfolioId: string;
  let aaa: string;
  const events: OrderLifecycleEvent[] = [];

  const place = (input: Record<string, unknown>) => engine.run(`mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { ${ORDER} } }`, { i: { portfolioId, symbol: 'AAA', ...input } });
  const order = async (id: string) => (await engine.ok(`query($id: ID!) { order(id: $id) { ${ORDER} } }`, { id })).order;
  const quote = async (last: number) => {
    await engine.clock.advance(1_000);
    await engine.bus.publish('marketdata.quote', { instrumentId: aaa, symbol: 'AAA', bid: last - 0.01, ask: last + 0.01, last, size: 100, ts: new Date(engine.clock.now()).toISOString() });
  };
  const orders = async () => (await engine.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM strategy.paper_order')).rows[0]!.n;

  beforeAll(async () => {
    engine = await startStrategyEngine(database.url);
    aaa = String((await engine.pool.query<{ id: number }>(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('AAA', 'Alpha', 'equity', 'USD', 'XNAS') RETURNING id`)).rows[0]!.id);
    const entity = (await engine.portfolio.ok(`mutation { createEntity(input: { kind: PERSON, name: "Trader" }) { id } }`)).createEntity.id as string;
    portfolioId = (await engine.portfolio.ok(`mutation($e: ID!) { createPortfolio(input: { entityId: $e, name: "Paper" }) { id } }`, { e: entity })).createPortfolio.id as string;
    await engine.portfolio.ok(`mutation($p: ID!) { depositCash(input: { portfolioId: $p, amount: 100000 }) { id } }`, { p: portfolioId });
    const subscription = engine.bus.subscribe('strategy.order.event');
    void (async () => {
      for await (const e of subscription) events.push(e);
    })();
  });
  afterAll(async () => {
    await engine?.stop();
  });

  it('fills a market order on the next quote and records the fill as a portfolio trade', async () => {
    const placed = await place({ side: 'BUY', type: 'MARKET', quantity: 10 });
    expect(placed.errors).toBeUndefined();
    const id = placed.data!.placeOrder.id as string;
    expect(placed.data!.placeOrder).toMatchObject({ status: 'ACCEPTED', filledQuantity: 0, events: [{ status: 'SUBMITTED' }, { status: 'ACCEPTED' }] });
    await quote(100);
    const filled = await eventually(async () => {
      const o = await order(id);
      return o.status === 'FILLED' && o.fills[0]?.tradeId ? o : null;
    }, 10_000, 'the fill recorded in portfolio');
    expect(filled).toMatchObject({ filledQuantity: 10, averagePrice: 100.01, events: [{ status: 'SUBMITTED' }, { status: 'ACCEPTED' }, { status: 'FILLED', fillQuantity: 10, fillPrice: 100.01 }] });
    const trades = await engine.pool.query(`SELECT id::text AS id, side, quantity::float8 AS quantity, price::float8 AS price, external_id FROM portfolio.trade WHERE portfolio_id = $1`, [portfolioId]);
    expect(trades.rows).toEqual([{ id: filled.fills[0].tradeId, side: 'buy', quantity: 10, price: 100.01, external_id: expect.stringMatching(/^strategy-fill:\d+$/) }]);
    expect(events.filter((e) => e.orderId === id).map((e) => e.status)).toEqual(['SUBMITTED', 'ACCEPTED', 'FILLED']);
    // Recording again (a retry after a lost answer) finds the same trade: still one.
    await engine.pool.query('UPDATE strategy.paper_fill SET trade_id = NULL');
    await engine.recorder.wake();
    expect((await engine.pool.query('SELECT count(*)::int AS n FROM portfolio.trade')).rows[0].n).toBe(1);
    expect((await order(id)).fills[0].tradeId).toBe(filled.fills[0].tradeId);
    const filledEvent = events.find((e) => e.orderId === id && e.status === 'FILLED')!;
    const lookup = await engine.ok(`query($id: ID!) { orderEvent(id: $id) { id status fillQuantity order { id } } }`, { id: filledEvent.eventId });
    expect(lookup.orderEvent).toEqual({ id: filledEvent.eventId, status: 'FILLED', fillQuantity: 10, order: { id } });
    expect((await engine.run(`{ orderEvent(id: "12") { id } }`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const listed = await engine.ok(`query($p: ID!) { orders(portfolioId: $p, status: FILLED) { id } }`, { p: portfolioId });
    expect(listed.orders).toEqual([{ id }]);
  });

  it('works limit orders: amend, fill at the limit, cancel', async () => {
    const limit = (await place({ side: 'BUY', type: 'LIMIT', quantity: 5, limitPrice: 90 })).data!.placeOrder;
    expect(limit.status).toBe('ACCEPTED');
    await quote(95);
    expect((await order(limit.id)).status).toBe('ACCEPTED');
    const amended = await engine.ok(`mutation($i: AmendOrderInput!) { amendOrder(input: $i) { limitPrice status } }`, { i: { id: limit.id, limitPrice: 96 } });
    expect(amended.amendOrder).toEqual({ limitPrice: 96, status: 'ACCEPTED' });
    await quote(95);
    await eventually(async () => (await order(limit.id)).status === 'FILLED' || null, 5_000, 'the limit fill');

    const resting = (await place({ side: 'SELL', type: 'LIMIT', quantity: 5, limitPrice: 150 })).data!.placeOrder;
    const cancelled = await engine.ok(`mutation($id: ID!) { cancelOrder(id: $id) { status reason } }`, { id: resting.id });
    expect(cancelled.cancelOrder).toEqual({ status: 'CANCELLED', reason: 'cancelled by the user' });
    const again = await engine.run(`mutation($id: ID!) { cancelOrder(id: $id) { status } }`, { id: resting.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('places a bracket whose children wait for the entry and cancel each other (OCO)', async () => {
    const entry = (await place({ side: 'BUY', type: 'MARKET', quantity: 4, bracket: { takeProfitPrice: 120, stopLossPrice: 80 } })).data!.placeOrder;
    const children = await engine.pool.query<{ id: string; order_type: string; status: string; oco_group: string }>('SELECT id::text AS id, order_type, status, oco_group FROM strategy.paper_order WHERE parent_id = $1 ORDER BY id', [entry.id]);
    expect(children.rows.map((c) => [c.order_type, c.status])).toEqual([['limit', 'submitted'], ['stop', 'submitted']]);
    await quote(100);
    await eventually(async () => (await order(entry.id)).status === 'FILLED' || null, 5_000, 'the entry');
    await eventually(async () => ((await order(children.rows[0]!.id)).status === 'ACCEPTED' ? true : null), 5_000, 'children accepted');
    await quote(121);
    await eventually(async () => ((await order(children.rows[0]!.id)).status === 'FILLED' ? true : null), 5_000, 'take profit');
    expect((await order(children.rows[1]!.id)).status).toBe('CANCELLED');
  });

  it('rejects a reduce-only order that would not reduce the portfolio position, and fills a larger one only up to it', async () => {
    await eventually(async () => ((await engine.pool.query('SELECT count(*)::int AS n FROM strategy.paper_fill WHERE trade_id IS NULL')).rows[0].n === 0 ? true : null), 10_000, 'fills recorded');
    // The portfolio holds the fills recorded so far: 10 + 5 + 4 − 4 = 15 AAA.
    const held = (await engine.pool.query<{ q: number }>('SELECT quantity::float8 AS q FROM portfolio.position WHERE portfolio_id = $1', [portfolioId])).rows[0]!.q;
    expect(held).toBe(15);
    const wrongSide = (await place({ side: 'BUY', type: 'MARKET', quantity: 1, reduceOnly: true })).data!.placeOrder;
    expect(wrongSide).toMatchObject({ status: 'REJECTED', reason: expect.stringContaining('would not reduce') });
    const larger = (await place({ side: 'SELL', type: 'MARKET', quantity: 1_000, reduceOnly: true })).data!.placeOrder;
    expect(larger.status).toBe('ACCEPTED');
    await quote(100);
    const done = await eventually(async () => {
      const o = await order(larger.id);
      return o.filledQuantity > 0 && o.status !== 'PARTIALLY_FILLED' ? o : null;
    }, 5_000, 'the reduce-only fill');
    expect(done).toMatchObject({ filledQuantity: 15, status: 'CANCELLED', reason: expect.stringContaining('reduce-only') });
  });

  it('refuses bad orders with a coded error naming the field, writing nothing', async () => {
    const before = await orders();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ side: 'BUY', type: 'MARKET', quantity: 1, symbol: 'ZZZ' }, 'input.symbol'],
      [{ side: 'BUY', type: 'MARKET', quantity: -5 }, 'input.quantity'],
      [{ side: 'BUY', type: 'LIMIT', quantity: 5 }, 'input.limitPrice'],
      [{ side: 'BUY', type: 'STOP', quantity: 5 }, 'input.stopPrice'],
      [{ side: 'BUY', type: 'TRAILING_STOP', quantity: 5 }, 'input.trailAmount'],
      [{ side: 'BUY', type: 'LIMIT', quantity: 5, limitPrice: 90, timeInForce: 'GTD' }, 'input.expireAt'],
      [{ side: 'BUY', type: 'MARKET', quantity: 5, portfolioId: '9999' }, 'input.portfolioId'],
      [{ side: 'BUY', type: 'LIMIT', quantity: 5, limitPrice: 90, bracket: { takeProfitPrice: 80 } }, 'input.bracket.takeProfitPrice'],
      [{ side: 'BUY', type: 'LIMIT', quantity: 5, limitPrice: 90, oco: [{ side: 'BUY', type: 'LIMIT', quantity: 5 }] }, 'input.oco[0].limitPrice'],
    ];
    for (const [input, field] of cases) {
      const result = await place(input);
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await orders()).toBe(before);
  });

  it('loads open orders back after a restart and fills them on the next quote', async () => {
    const resting = (await place({ side: 'BUY', type: 'LIMIT', quantity: 2, limitPrice: 50 })).data!.placeOrder;
    await engine.broker.stop();
    const restarted = new PaperBroker({ pool: engine.pool, bus: engine.bus, clock: engine.clock, logger, onFills: () => void engine.recorder.wake() });
    await restarted.start();
    await quote(49);
    await eventually(async () => (await order(resting.id)).status === 'FILLED' || null, 5_000, 'the restored order to fill');
    await restarted.stop();
  });

  it('closes the session on the clock: MARKET_ON_CLOSE fills at the last price, DAY orders expire', async () => {
    // The harness's broker was stopped by the restart test: this one closes its session a minute from now.
    const minute = Math.floor((engine.clock.now() % 86_400_000) / 60_000) + 1;
    const broker = new PaperBroker({ pool: engine.pool, bus: engine.bus, clock: engine.clock, logger, sessionCloseUtcMinutes: minute, onFills: () => void engine.recorder.wake() });
    await broker.start();
    const moc = await placeOrder(engine.pool, broker, { portfolioId, symbol: 'AAA', side: 'SELL', type: 'MARKET_ON_CLOSE', quantity: 3 });
    const day = await placeOrder(engine.pool, broker, { portfolioId, symbol: 'AAA', side: 'BUY', type: 'LIMIT', limitPrice: 10, quantity: 1, timeInForce: 'DAY' });
    await quote(101);
    expect((await order(moc.id)).status).toBe('ACCEPTED');
    await engine.clock.advance(60_000);
    await eventually(async () => (await order(moc.id)).status === 'FILLED' || null, 5_000, 'the close');
    expect(await order(moc.id)).toMatchObject({ filledQuantity: 3, averagePrice: 101 });
    expect(await order(day.id)).toMatchObject({ status: 'EXPIRED', reason: expect.stringContaining('DAY') });
    await broker.stop();
  });
});
