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
  instrument(symbol: "IND") { indicators(interval: $interval, from: $from, limit: $limit, specs: $specs) { ts series { kind label overlay lines { name values } } } }
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
    const [sma, bands, rsi, macd, atr] = set.series;
    expect(sma.label).toBe('SMA 5');
    expect(sma.overlay).toBe(true);
    // SMA 5 of a +1/day ramp at bar i is close(i) − 2; defined from the first asked bar thanks to warm-up.
    expect(sma.lines[0].values).toEqual(CLOSES.slice(40).map((c) => c - 2));
    expect(bands.label).toBe('BB 20 2');
    expect(bands.lines.map((l: { name: string }) => l.name)).toEqual(['middle', 'upper', 'lower']);
    // 20 bars of a ramp: mean close − 9.5, population std √((20² − 1)/12).
    const std = Math.sqrt((20 * 20 - 1) / 12);
    expect(bands.lines[0].values[0]).toBeCloseTo(CLOSES[40]! - 9.5, 9);
    expect(bands.lines[1].values[0]).toBeCloseTo(CLOSES[40]! - 9.5 + 2 * std, 9);
    // Only gains: RSI 100.
    expect(rsi.label).toBe('RSI 14');
    expect(rsi.overlay).toBe(false);
    expect(rsi.lines[0].values.every((v: number) => v === 100)).toBe(true);
    expect(macd.label).toBe('MACD 3 6 2');
    expect(macd.lines.map((l: { name: string }) => l.name)).toEqual(['macd', 'signal', 'histogram']);
    // EMA(3) − EMA(6) of a unit ramp settles at the lag difference (6−1)/2 − (3−1)/2 = 1.5.
    expect(macd.lines[0].values.at(-1)).toBeCloseTo(1.5, 6);
    // True range: high − low = 3 every bar (the previous close is inside the range).
    expect(atr.lines[0].values.at(-1)).toBeCloseTo(3, 9);
  });

  it('leaves warm-up bars null when there is no earlier history', async () => {
    const result = await run(QUERY, { interval: 'D1', from: new Date(START).toISOString(), limit: 10, specs: [{ kind: 'SMA', period: 5 }] });
    expect(result.errors).toBeUndefined();
    // limit keeps the latest 10 bars of the range (50..59), so warm-up comes from earlier bars.
    expect(result.data!.instrument.indicators.series[0].lines[0].values[0]).toBe(CLOSES[50]! - 2);
    const early = await run(`{ instrument(symbol: "IND") { indicators(interval: D1, to: "${new Date(START + 6 * DAY).toISOString()}", specs: [{ kind: SMA, period: 5 }]) { ts series { lines { values } } } } }`);
    expect(early.errors).toBeUndefined();
    expect(early.data!.instrument.indicators.series[0].lines[0].values).toEqual([null, null, null, null, 102, 103]);
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
