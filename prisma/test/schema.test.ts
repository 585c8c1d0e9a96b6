import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@nautilus/testing';
import { createDb, type Db } from '../src/index.ts';

/**
 * schema.prisma is the client's model of a database built by our SQL
 * migrations; round-tripping every model through the Prisma client against
 * the migrated database proves the two agree (names, types, keys, relations).
 */
describe('schema.prisma agrees with the SQL migrations', () => {
  const database = useTestDatabase();
  let db: Db;
  beforeAll(() => {
    db = createDb({ connectionString: database.url, max: 2 });
  });
  afterAll(() => db?.close());

  it('round-trips Instrument, Bar and Tick with relations', async () => {
    const instrument = await db.prisma.instrument.create({
      data: { symbol: 'TEST.A', name: 'Test Corp', assetClass: 'equity', currency: 'USD', exchange: 'XNAS', multiplier: '1', tickSize: '0.01' },
    });
    expect(instrument.id).toBeTypeOf('number');
    expect(instrument.active).toBe(true);
    expect(instrument.tickSize.toString()).toBe('0.01');

    const ts = new Date('2026-01-05T14:31:00Z');
    await db.prisma.bar.create({
      data: { instrumentId: instrument.id, interval: '1m', ts, open: 10, high: 11, low: 9.5, close: 10.5, volume: 1200 },
    });
    await db.prisma.tick.create({ data: { instrumentId: instrument.id, ts, bid: 10.49, ask: 10.51, last: 10.5, size: 100 } });

    const loaded = await db.prisma.instrument.findUniqueOrThrow({
      where: { symbol: 'TEST.A' },
      include: { bars: true, ticks: true },
    });
    expect(loaded.bars).toEqual([
      { instrumentId: instrument.id, interval: '1m', ts, open: 10, high: 11, low: 9.5, close: 10.5, volume: 1200 },
    ]);
    expect(loaded.ticks).toEqual([{ instrumentId: instrument.id, ts, bid: 10.49, ask: 10.51, last: 10.5, size: 100 }]);

    const bar = await db.prisma.bar.findUniqueOrThrow({
      where: { instrumentId_interval_ts: { instrumentId: instrument.id, interval: '1m', ts } },
      include: { instrument: true },
    });
    expect(bar.instrument.symbol).toBe('TEST.A');
  });

  it('enforces the SQL checks the client cannot express (OHLC consistency)', async () => {
    const instrument = await db.prisma.instrument.create({
      data: { symbol: 'TEST.B', name: 'Bad Bars', assetClass: 'equity', currency: 'USD', exchange: 'XNAS' },
    });
    await expect(
      db.prisma.bar.create({
        data: { instrumentId: instrument.id, interval: '1m', ts: new Date('2026-01-05T14:31:00Z'), open: 10, high: 9, low: 8, close: 10, volume: 1 },
      }),
    ).rejects.toThrow(/bar_ohlc_consistent/);
  });
});
