import { describe, expect, it } from 'vitest';
import { wholeBuckets } from '../src/domain/barRange.ts';
import { INTERVALS } from '../src/domain/intervals.ts';
import { barTimeRanges, checkBarBatch, resolveBars } from '../src/domain/validateBars.ts';
import { calibrateFromPrices, parseDemoCalibration } from '../src/domain/simulator/index.ts';
import type { BarInput } from '../src/domain/types.ts';

/** The pure pieces the services and the store are built from (no database). */
describe('marketdata domain', () => {
  it('widens a range to whole buckets of the interval, from down and to up', () => {
    const at = (iso: string) => new Date(iso);
    expect(wholeBuckets(INTERVALS.M15, at('2024-03-01T10:07:00Z'), at('2024-03-01T10:31:00Z'))).toEqual({ from: at('2024-03-01T10:00:00Z'), to: at('2024-03-01T10:45:00Z') });
    expect(wholeBuckets(INTERVALS.H1, at('2024-03-01T10:00:00Z'), null)).toEqual({ from: at('2024-03-01T10:00:00Z'), to: null });
  });

  it('checks a batch, resolves symbols to ids and gives the time range per instrument and interval', () => {
    const bar = (symbol: string, interval: BarInput['interval'], iso: string): BarInput => ({ symbol, interval, ts: new Date(iso), open: 10, high: 11, low: 9, close: 10.5, volume: 100 });
    const bars = [bar('AAA', 'M1', '2024-03-01T10:02:00Z'), bar('AAA', 'M1', '2024-03-01T10:00:00Z'), bar('BBB', 'D1', '2024-03-01T00:00:00Z')];
    expect(checkBarBatch(bars)).toEqual(['AAA', 'BBB']);
    const resolved = resolveBars(bars, new Map([['AAA', 1], ['BBB', 2]]));
    expect(resolved.map((b) => [b.instrumentId, b.interval])).toEqual([[1, '1m'], [1, '1m'], [2, '1d']]);
    expect(barTimeRanges(resolved)).toEqual([
      { instrumentId: 1, interval: '1m', from: Date.parse('2024-03-01T10:00:00Z'), to: Date.parse('2024-03-01T10:02:00Z') },
      { instrumentId: 2, interval: '1d', from: Date.parse('2024-03-01T00:00:00Z'), to: Date.parse('2024-03-01T00:00:00Z') },
    ]);
    expect(() => resolveBars(bars, new Map([['AAA', 1]]))).toThrow(/input\.bars\[2\]\.symbol/);
    expect(() => checkBarBatch([])).toThrow(/at least one bar/);
  });

  it('calibrates from CSV text and names the source in errors; parses the committed calibration', () => {
    expect(() => calibrateFromPrices({ prices: { text: 'day,AAA\n2024-01-02,1', name: 'prices.csv' } })).toThrow(/prices\.csv must start with a 'date,SYMBOL,…' header/);
    expect(() => calibrateFromPrices({ prices: { text: 'date,AAA\n2024-01-02,-1', name: 'p.csv' } })).toThrow(/p\.csv line 2: bad price '-1'/);
    const parsed = parseDemoCalibration(JSON.stringify({ symbols: ['AAA'], annualDrift: [0.1], annualVol: [0.2], observations: [10], correlation: [[1]], correlationObservations: 10, from: '2020-01-02T00:00:00.000Z', to: '2024-12-31T00:00:00.000Z' }));
    expect(parsed.from).toEqual(new Date('2020-01-02T00:00:00Z'));
    expect(parsed.to.getTime()).toBe(Date.parse('2024-12-31T00:00:00Z'));
    expect(parsed.symbols).toEqual(['AAA']);
  });
});
