import { describe, expect, it } from 'vitest';
import { useTestDb } from '@nautilus/testing';

/** schema.prisma's portfolio models agree with migration 0003 (round-trip through the client). */
describe('portfolio models in schema.prisma agree with the SQL migration', () => {
  const db = useTestDb();

  it('round-trips Entity, Ownership, Portfolio, Trade, CashEntry, Goal and GoalPortfolio', async () => {
    const instrument = await db.prisma.instrument.create({ data: { symbol: 'RT.A', name: 'Round Trip', assetClass: 'equity', currency: 'USD', exchange: 'XNAS' } });
    const trust = await db.prisma.entity.create({ data: { kind: 'trust', name: 'Family Trust' } });
    const company = await db.prisma.entity.create({ data: { kind: 'company', name: 'HoldCo' } });
    await db.prisma.ownership.create({ data: { ownerId: trust.id, ownedId: company.id, percentage: '60' } });
    const portfolio = await db.prisma.portfolio.create({ data: { entityId: company.id, name: 'Core', benchmarkSymbol: 'RT.A', strategy: 'growth' } });
    const ts = new Date('2026-01-05T15:00:00Z');
    const trade = await db.prisma.trade.create({
      data: { portfolioId: portfolio.id, instrumentId: instrument.id, symbol: 'RT.A', side: 'buy', quantity: '1.5', price: '100.0000000001', fees: '0.25', ts },
    });
    await db.prisma.cashEntry.create({ data: { portfolioId: portfolio.id, amount: '-150.00000000015', kind: 'trade', ts, tradeId: trade.id } });
    const goal = await db.prisma.goal.create({
      data: { entityId: trust.id, name: 'Endowment', targetAmount: '1000000', targetDate: new Date('2036-01-01T00:00:00Z'), portfolios: { create: [{ portfolioId: portfolio.id }] } },
    });

    const loaded = await db.prisma.entity.findUniqueOrThrow({
      where: { id: company.id },
      include: { ownedBy: true, portfolios: { include: { trades: { include: { cashEntries: true } }, goals: true } } },
    });
    expect(loaded.ownedBy[0]!.percentage.toString()).toBe('60');
    const p = loaded.portfolios[0]!;
    expect(p).toMatchObject({ baseCurrency: 'USD', allowShort: false, benchmarkSymbol: 'RT.A' });
    expect(p.trades[0]!.price.toString()).toBe('100.0000000001');
    expect(p.trades[0]!.cashEntries[0]!.amount.toString()).toBe('-150.00000000015');
    expect(p.goals).toEqual([{ goalId: goal.id, portfolioId: portfolio.id }]);
    expect(goal.priority).toBe(1);
  });

  it('enforces the checks the client cannot express', async () => {
    const e = await db.prisma.entity.create({ data: { kind: 'person', name: 'Ann' } });
    await expect(db.prisma.ownership.create({ data: { ownerId: e.id, ownedId: e.id, percentage: '10' } })).rejects.toThrow(/ownership_not_self/);
    await expect(db.prisma.entity.create({ data: { kind: 'robot', name: 'R2' } })).rejects.toThrow(/entity_kind_known/);
  });
});
