import { describe, expect, it } from 'vitest';
import { useTestDb } from '@nautilus/testing';

/** schema.prisma's strategy models agree with migration 0009 (round-trip through the client), and the SQL checks hold. */
describe('strategy models in schema.prisma agree with the SQL migration', () => {
  const db = useTestDb();

  it('round-trips every strategy model with its relations', async () => {
    const ts = new Date('2026-01-05T15:00:00Z');
    const strategy = await db.prisma.strategy.create({
      data: {
        name: 'Trend', kind: 'MA_CROSSOVER', parameters: { fast: 10, slow: 50 }, universe: ['SPY', 'QQQ'], portfolioId: 3, status: 'active', autoTrade: true,
        signals: { create: [{ instrumentId: 1, symbol: 'SPY', ts, direction: 'long', strength: 0.5, horizonBars: 5, explanation: { fast: 101, slow: 99 } }] },
        backtests: { create: [{ kind: 'MA_CROSSOVER', input: { symbols: ['SPY'] }, status: 'completed', progress: 1, metrics: { sharpe: 1.2 }, result: { trades: [] }, sweep: [] }] },
      },
    });
    const order = await db.prisma.paperOrder.create({
      data: {
        portfolioId: 3, strategyId: strategy.id, instrumentId: 1, symbol: 'SPY', side: 'buy', orderType: 'limit', quantity: 10, limitPrice: 100, timeInForce: 'gtc', status: 'accepted', createdAt: ts, updatedAt: ts,
        events: { create: [{ status: 'submitted', ts }, { status: 'accepted', ts }] },
        fills: { create: [{ portfolioId: 3, symbol: 'SPY', side: 'buy', quantity: 4, price: 99.5, fee: 1, ts }] },
        children: { create: [{ portfolioId: 3, instrumentId: 1, symbol: 'SPY', side: 'sell', orderType: 'stop', quantity: 10, stopPrice: 95, timeInForce: 'gtc', status: 'submitted', ocoGroup: 'b1', createdAt: ts, updatedAt: ts }] },
      },
    });
    const loaded = await db.prisma.strategy.findUniqueOrThrow({ where: { id: strategy.id }, include: { signals: true, backtests: true, orders: { include: { events: true, fills: true, children: true } } } });
    expect(loaded).toMatchObject({ kind: 'MA_CROSSOVER', universe: ['SPY', 'QQQ'], status: 'active', autoTrade: true });
    expect(loaded.signals[0]).toMatchObject({ direction: 'long', strength: 0.5, horizonInterval: '1d', modelVersion: null });
    expect(loaded.backtests[0]).toMatchObject({ status: 'completed', progress: 1, metrics: { sharpe: 1.2 } });
    expect(loaded.orders[0]).toMatchObject({ id: order.id, filledQuantity: 0, reduceOnly: false, state: {}, events: [{ status: 'submitted' }, { status: 'accepted' }], fills: [{ quantity: 4, tradeId: null, attempts: 0 }] });
    expect(loaded.orders[0]!.children[0]).toMatchObject({ orderType: 'stop', ocoGroup: 'b1' });
  });

  it('enforces the checks the client cannot express', async () => {
    await expect(db.prisma.strategy.create({ data: { name: 'x', kind: 'K', parameters: {}, universe: ['A'], status: 'running' } })).rejects.toThrow(/strategy_status_known/);
    await expect(db.prisma.strategy.create({ data: { name: 'x', kind: 'K', parameters: {}, universe: [] } })).rejects.toThrow(/strategy_universe_present/);
    const s = await db.prisma.strategy.create({ data: { name: 'y', kind: 'K', parameters: {}, universe: ['A'] } });
    await expect(db.prisma.signal.create({ data: { strategyId: s.id, instrumentId: 1, symbol: 'A', ts: new Date(), direction: 'long', strength: 2, horizonBars: 1, explanation: {} } })).rejects.toThrow(/signal_strength_range/);
    await expect(db.prisma.backtest.create({ data: { kind: 'K', input: {}, status: 'paused' } })).rejects.toThrow(/backtest_status_known/);
  });

  it('gives portfolio trades an external id unique per portfolio', async () => {
    const entity = await db.prisma.entity.create({ data: { kind: 'person', name: 'E' } });
    const portfolio = await db.prisma.portfolio.create({ data: { entityId: entity.id, name: 'P' } });
    const instrument = await db.prisma.instrument.create({ data: { symbol: 'XT', name: 'X', assetClass: 'equity', currency: 'USD', exchange: 'XNAS' } });
    const trade = { portfolioId: portfolio.id, instrumentId: instrument.id, symbol: 'XT', side: 'buy', quantity: 1, price: 1, ts: new Date(), externalId: 'strategy-fill:1' };
    expect((await db.prisma.trade.create({ data: trade })).externalId).toBe('strategy-fill:1');
    await expect(db.prisma.trade.create({ data: trade })).rejects.toThrow(/trade_external_id_idx|Unique constraint/);
    await db.prisma.trade.create({ data: { ...trade, externalId: null } });
    await db.prisma.trade.create({ data: { ...trade, externalId: null } });
  });
});
