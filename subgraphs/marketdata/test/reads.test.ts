import { describe, expect, it, beforeAll } from 'vitest';
import { useTestDb } from '@nautilus/testing';
import {
  alignReturns,
  findAlignedCloses,
  findBars,
  findDailyCloses,
  findInstrumentsByAssetClass,
  findInstrumentsById,
  findInstrumentsBySymbol,
  findLatestPrices,
  findLatestPricesWithTime,
  findReturnHistory,
} from '../src/reads.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);

/** `@nautilus/marketdata/reads`: the contract other engines read market data through. */
describe('marketdata reads', () => {
  const db = useTestDb();
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const { rows } = await db.pool.query<{ id: number; symbol: string }>(
      `INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange, multiplier) VALUES
         ('AAA', 'A', 'equity', 'USD', 'XNAS', 1), ('BBB', 'B', 'equity', 'USD', 'XNAS', 1),
         ('EURUSD', 'Euro', 'fx', 'USD', 'FX', 1), ('AAA260116C100', 'A call', 'option', 'USD', 'OPRA', 100)
       RETURNING id, symbol`,
    );
    for (const r of rows) ids[r.symbol] = r.id;
    const bar = (id: number, d: string, close: number) => `(${id}, '1d', '${d}T00:00:00Z', ${close}, ${close}, ${close}, ${close}, 1)`;
    await db.pool.query(
      `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume) VALUES
         ${[bar(ids.AAA!, '2026-01-05', 100), bar(ids.AAA!, '2026-01-06', 110), bar(ids.AAA!, '2026-01-07', 99), bar(ids.AAA!, '2026-01-08', 99)].join(', ')},
         ${[bar(ids.BBB!, '2026-01-05', 50), bar(ids.BBB!, '2026-01-07', 55), bar(ids.BBB!, '2026-01-08', 44)].join(', ')},
         (${ids.AAA!}, '1m', '2026-01-08T15:00:00Z', 98, 98, 98, 98, 1)`,
    );
    await db.pool.query(`INSERT INTO marketdata.tick (instrument_id, ts, bid, ask, last, size) VALUES ($1, '2026-01-09T15:00:00Z', 100.9, 101.1, 101, 10)`, [ids.BBB]);
  });

  it('finds instruments by id, by symbol and by asset class, with their terms', async () => {
    const byId = await findInstrumentsById(db.pool, [ids.AAA260116C100!, 999_999]);
    expect([...byId.values()]).toEqual([{ id: ids.AAA260116C100, symbol: 'AAA260116C100', assetClass: 'option', currency: 'USD', multiplier: 100 }]);
    const bySymbol = await findInstrumentsBySymbol(db.pool, ['AAA', 'NOPE']);
    expect([...bySymbol.keys()]).toEqual(['AAA']);
    expect(bySymbol.get('AAA')).toMatchObject({ id: ids.AAA, assetClass: 'equity', multiplier: 1 });
    expect((await findInstrumentsByAssetClass(db.pool, 'fx')).map((i) => i.symbol)).toEqual(['EURUSD']);
    expect((await findInstrumentsById(db.pool, [])).size).toBe(0);
  });

  it('reads daily closes per instrument (1d bars only), bounded in time', async () => {
    const closes = await findDailyCloses(db.pool, { instrumentIds: [ids.AAA!, ids.EURUSD!], to: day('2026-01-07'), from: day('2026-01-06') });
    expect(closes.get(ids.AAA!)).toEqual([
      { ts: day('2026-01-06').getTime(), close: 110 },
      { ts: day('2026-01-07').getTime(), close: 99 },
    ]);
    expect(closes.get(ids.EURUSD!)).toEqual([]);
  });

  it('reads OHLCV bars of one interval per instrument, bounded in time and count', async () => {
    const bars = await findBars(db.pool, { instrumentIds: [ids.AAA!, ids.BBB!, ids.EURUSD!], interval: '1d', from: day('2026-01-06'), to: day('2026-01-08') });
    expect(bars.get(ids.AAA!)!.map((b) => [new Date(b.ts).toISOString().slice(0, 10), b.close])).toEqual([['2026-01-06', 110], ['2026-01-07', 99], ['2026-01-08', 99]]);
    expect(bars.get(ids.BBB!)![0]).toEqual({ ts: day('2026-01-07').getTime(), open: 55, high: 55, low: 55, close: 55, volume: 1 });
    expect(bars.get(ids.EURUSD!)).toEqual([]);
    expect((await findBars(db.pool, { instrumentIds: [ids.AAA!], interval: '1m', from: day('2026-01-01'), to: day('2026-01-09') })).get(ids.AAA!)!.map((b) => b.close)).toEqual([98]);
    expect((await findBars(db.pool, { instrumentIds: [ids.AAA!], interval: '1d', from: day('2026-01-01'), to: day('2026-01-09'), limit: 2 })).get(ids.AAA!)!.map((b) => b.close)).toEqual([100, 110]);
  });

  it('aligns returns on the dates every instrument has a close', async () => {
    const history = await findReturnHistory(db.pool, { instrumentIds: [ids.AAA!, ids.BBB!], lookbackDays: 5, to: day('2026-01-08') });
    expect(history.dates).toEqual([day('2026-01-07'), day('2026-01-08')]);
    expect(history.returns[0]![0]).toBeCloseTo(99 / 100 - 1, 12);
    expect(history.returns[1]).toEqual([55 / 50 - 1, 44 / 55 - 1]);
    expect(alignReturns([], 5)).toEqual({ dates: [], returns: [] });
  });

  it('gives the closes on common dates, by intersection or union', async () => {
    const both = await findAlignedCloses(db.pool, { instrumentIds: [ids.AAA!, ids.BBB!] });
    expect(both.dates).toEqual([day('2026-01-05'), day('2026-01-07'), day('2026-01-08')]);
    expect(both.closes).toEqual([[100, 99, 99], [50, 55, 44]]);
    const union = await findAlignedCloses(db.pool, { instrumentIds: [ids.AAA!, ids.BBB!], align: 'union', last: 3 });
    expect(union.closes[1]).toEqual([Number.NaN, 55, 44]);
  });

  it('prices an instrument at its last tick, else its last daily close, with the time', async () => {
    const prices = await findLatestPricesWithTime(db.pool, [ids.AAA!, ids.BBB!, ids.EURUSD!]);
    expect(prices.get(ids.AAA!)).toEqual({ price: 99, ts: day('2026-01-08') });
    expect(prices.get(ids.BBB!)).toEqual({ price: 101, ts: new Date('2026-01-09T15:00:00Z') });
    expect(prices.has(ids.EURUSD!)).toBe(false);
    expect(await findLatestPrices(db.pool, [ids.AAA!, ids.BBB!])).toEqual(new Map([[ids.AAA!, 99], [ids.BBB!, 101]]));
  });
});
