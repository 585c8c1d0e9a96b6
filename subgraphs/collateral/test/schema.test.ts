import { describe, expect, it } from 'vitest';
import { useTestDb } from '@nautilus/testing';

/** schema.prisma's collateral models agree with migration 0005 (round-trip through the client). */
describe('collateral models in schema.prisma agree with the SQL migration', () => {
  const db = useTestDb();

  it('round-trips every collateral model with its relations', async () => {
    const [stock, option] = await Promise.all([
      db.prisma.instrument.create({ data: { symbol: 'UND', name: 'Underlying', assetClass: 'equity', currency: 'USD', exchange: 'XNAS' } }),
      db.prisma.instrument.create({ data: { symbol: 'UND260116C100', name: 'UND Jan 26 100 call', assetClass: 'option', currency: 'USD', exchange: 'OPRA', multiplier: '100' } }),
    ]);
    await db.prisma.optionContract.create({ data: { instrumentId: option.id, underlyingId: stock.id, right: 'call', strike: '100', expiry: new Date('2026-01-16') } });
    const ts = new Date('2026-01-05T15:00:00Z');
    const account = await db.prisma.marginAccount.create({
      data: {
        ownerEntityId: 7,
        name: 'Prime',
        broker: 'Atlas',
        methodology: 'reg_t',
        houseMultiplier: '1.25',
        minimumTransferAmount: '500',
        portfolios: { create: [{ portfolioId: 11 }] },
        movements: { create: [{ instrumentId: stock.id, currency: 'USD', quantity: '10', rating: null, ts }, { currency: 'USD', quantity: '2500.5', ts }] },
        requirements: { create: [{ ts, methodology: 'reg_t', equity: '10000', initial: '5000', maintenance: '2500', house: '3125', utilization: 0.3125, detail: { lines: [] } }] },
        warnings: { create: [{ kind: 'predicted', ts, utilization: 0.8, probability: 0.3, distanceToCall: -0.12, expectedDays: 0.6, horizonDays: 1 }] },
        calls: {
          create: [{
            kind: 'maintenance', amountDue: '700', minimumTransferAmount: '500', equity: '2425', requirement: '3125', raisedAt: ts, dueAt: new Date('2026-01-06T15:00:00Z'),
            liquidationPlan: { steps: [], totalCost: 0, cured: false, remainingDeficit: 700 },
            events: { create: [{ status: 'open', ts }] },
          }],
        },
      },
    });
    const loaded = await db.prisma.marginAccount.findUniqueOrThrow({
      where: { id: account.id },
      include: { portfolios: true, movements: true, requirements: true, warnings: true, calls: { include: { events: true } } },
    });
    expect(loaded).toMatchObject({ currency: 'USD', crossMargin: false, callDueHours: 24, portfolios: [{ portfolioId: 11 }] });
    expect(loaded.houseMultiplier.toString()).toBe('1.25');
    expect(loaded.movements.map((m) => m.quantity.toString()).sort()).toEqual(['10', '2500.5']);
    expect(loaded.calls[0]).toMatchObject({ status: 'open', events: [{ status: 'open' }] });
    expect(loaded.warnings[0]).toMatchObject({ kind: 'predicted', probability: 0.3 });
    expect(loaded.requirements[0]!.utilization).toBe(0.3125);
    const { rows } = await db.pool.query('SELECT account_id, quantity::float8 AS q FROM collateral.collateral_holding WHERE account_id = $1 ORDER BY instrument_id NULLS FIRST', [account.id]);
    expect(rows.map((r: { q: number }) => r.q)).toEqual([2500.5, 10]);
    // The partial unique index: one live call per account.
    await expect(
      db.prisma.marginCall.create({ data: { accountId: account.id, kind: 'house', amountDue: '1', minimumTransferAmount: '0', equity: '1', requirement: '2', raisedAt: ts, dueAt: new Date('2026-01-07'), liquidationPlan: {} } }),
    ).rejects.toThrow(/margin_call_one_live_per_account|Unique constraint/);
    await expect(db.prisma.marginAccount.create({ data: { ownerEntityId: 7, name: 'Bad', broker: 'B', methodology: 'span' } })).rejects.toThrow(/margin_account_methodology_known/);
  });
});
