import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { MemoryBus, TestClock, createLogger, type SubgraphServer } from '@nautilus/runtime';
import { useTestDatabase, subgraphCaller } from '@nautilus/testing';
import { createMarketdataServer } from '../src/server.ts';
import type { MarketdataContext } from '../src/context.ts';

const logger = createLogger({ name: 'marketdata-indicators-test', level: 'silent' });
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);
/** 60 daily bars: close 100, 101, …, 159; high = close + 2, low = close − 1. */
const CLOSES = Array.from({ length: 60 }, (_, i) => 100 + i);

const QUERY = `query($interval: BarInterval!, $from: DateTime, $limit: Int, $specs: [IndicatorSpec!]!) {
  instrument(symbol: "IND") { indicators(interval: $interval, from: $from, limit: $limit, specs: $specs) { ts lines { kind spec label name overlay values } } }
}`;

describe('Instrument.indicators', () => {
  const database = useTestDatabase();
  let pool: pg.Pool;
  let server: SubgraphServer<MarketdataContext>;
  const { run } = subgraphCaller(() => server);

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
    const { rows } = await pool.query<{ id: number }>(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('IND', 'Indicator Co', 'equity', 'USD', 'XNAS') RETURNING id`);
    const id = rows[0]!.id;
    for (const [i, close] of CLOSES.entries()) {
      await pool.query(`INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume) VALUES ($1, '1d', $2, $3, $4, $5, $3, 1000)`, [id, new Date(START + i * DAY), close, close + 2, close - 1]);
    }
    server = await createMarketdataServer({ pool, bus: new MemoryBus(), clock: new TestClock(), logger, internalSecret: 'x'.repeat(32) });
  });
  afterAll(async () => {
    await server?.stop();
    await pool?.end();
  });

  it('computes SMA, Bollinger, RSI, MACD and ATR aligned with the bars, warmed up on earlier bars', async () => {
    const from = new Date(START + 40 * DAY).toISOString();
    const result = await run(QUERY, {
      interval: 'D1',
      from,
      limit: 500,
      specs: [{ kind: 'SMA', period: 5 }, { kind: 'BOLLINGER', period: 20, stdDevs: 2 }, { kind: 'RSI' }, { kind: 'MACD', fast: 3, slow: 6, signal: 2 }, { kind: 'ATR', period: 3 }],
    });
    expect(result.errors).toBeUndefined();
    const set = result.data!.instrument.indicators;
    // The asked bars only (40..59), oldest first.
    expect(set.ts).toHaveLength(20);
    expect(set.ts[0]).toBe(from);
    type Line = { kind: string; spec: number; label: string; name: string; overlay: boolean; values: (number | null)[] };
    const lines = set.lines as Line[];
    const line = (spec: number, name: string) => lines.find((l) => l.spec === spec && l.name === name)!;
    // One line per output, spec by spec, in the order asked.
    expect(lines.map((l) => `${l.spec}:${l.kind}:${l.name}`)).toEqual(['0:SMA:value', '1:BOLLINGER:middle', '1:BOLLINGER:upper', '1:BOLLINGER:lower', '2:RSI:value', '3:MACD:macd', '3:MACD:signal', '3:MACD:histogram', '4:ATR:value']);
    expect(line(0, 'value').label).toBe('SMA 5');
    expect(line(0, 'value').overlay).toBe(true);
    // SMA 5 of a +1/day ramp at bar i is close(i) − 2; defined from the first asked bar thanks to warm-up.
    expect(line(0, 'value').values).toEqual(CLOSES.slice(40).map((c) => c - 2));
    expect(line(1, 'middle').label).toBe('BB 20 2');
    // 20 bars of a ramp: mean close − 9.5, population std √((20² − 1)/12).
    const std = Math.sqrt((20 * 20 - 1) / 12);
    expect(line(1, 'middle').values[0]).toBeCloseTo(CLOSES[40]! - 9.5, 9);
    expect(line(1, 'upper').values[0]).toBeCloseTo(CLOSES[40]! - 9.5 + 2 * std, 9);
    expect(line(1, 'lower').values[0]).toBeCloseTo(CLOSES[40]! - 9.5 - 2 * std, 9);
    // Only gains: RSI 100.
    expect(line(2, 'value').label).toBe('RSI 14');
    expect(line(2, 'value').overlay).toBe(false);
    expect(line(2, 'value').values.every((v) => v === 100)).toBe(true);
    expect(line(3, 'macd').label).toBe('MACD 3 6 2');
    // EMA(3) − EMA(6) of a unit ramp settles at the lag difference (6−1)/2 − (3−1)/2 = 1.5.
    expect(line(3, 'macd').values.at(-1)).toBeCloseTo(1.5, 6);
    expect(line(3, 'histogram').values.at(-1)).toBeCloseTo(0, 6);
    // True range: high − low = 3 every bar (the previous close is inside the range).
    expect(line(4, 'value').values.at(-1)).toBeCloseTo(3, 9);
  });

  it('leaves warm-up bars null when there is no earlier history', async () => {
    const result = await run(QUERY, { interval: 'D1', from: new Date(START).toISOString(), limit: 10, specs: [{ kind: 'SMA', period: 5 }] });
    expect(result.errors).toBeUndefined();
    // limit keeps the latest 10 bars of the range (50..59), so warm-up comes from earlier bars.
    expect(result.data!.instrument.indicators.lines[0].values[0]).toBe(CLOSES[50]! - 2);
    const early = await run(`{ instrument(symbol: "IND") { indicators(interval: D1, to: "${new Date(START + 6 * DAY).toISOString()}", specs: [{ kind: SMA, period: 5 }]) { ts lines { values } } } }`);
    expect(early.errors).toBeUndefined();
    expect(early.data!.instrument.indicators.lines[0].values).toEqual([null, null, null, null, 102, 103]);
  });

  it.each([
    ['no spec', [], 'specs'],
    ['nine specs', Array.from({ length: 9 }, () => ({ kind: 'SMA' })), 'specs'],
    ['period 0', [{ kind: 'SMA', period: 0 }], 'specs[0].period'],
    ['period over 500', [{ kind: 'EMA' }, { kind: 'RSI', period: 501 }], 'specs[1].period'],
    ['Bollinger period 1', [{ kind: 'BOLLINGER', period: 1 }], 'specs[0].period'],
    ['stdDevs 0', [{ kind: 'BOLLINGER', stdDevs: 0 }], 'specs[0].stdDevs'],
    ['stdDevs on SMA', [{ kind: 'SMA', stdDevs: 2 }], 'specs[0].stdDevs'],
    ['fast not below slow', [{ kind: 'MACD', fast: 26, slow: 12 }], 'specs[0].fast'],
    ['period on MACD', [{ kind: 'MACD', period: 3 }], 'specs[0].period'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_name, specs, field) => {
    const result = await run(QUERY, { interval: 'D1', specs });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toContain(field);
  });

  it('checks the range like bars()', async () => {
    const result = await run(QUERY, { interval: 'D1', limit: 0, specs: [{ kind: 'SMA' }] });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });
});
