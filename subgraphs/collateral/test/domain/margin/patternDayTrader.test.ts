import { describe, expect, it } from 'vitest';
import { computeBuyingPower } from '../../../src/domain/margin/computeBuyingPower.ts';
import { evaluatePatternDayTrader } from '../../../src/domain/margin/evaluatePatternDayTrader.ts';
import type { TradeExecution } from '../../../src/domain/margin/types.ts';
import { expectBadInput } from './fixtures.ts';

// Week of Monday 2024-03-11 … Friday 2024-03-15; New York is on EDT (UTC−4), so 15:00Z = 11:00 local.
const at = (day: number, hour = 15, minute = 0) => new Date(Date.UTC(2024, 2, day, hour, minute));
const trade = (instrumentId: string, side: 'BUY' | 'SELL', ts: Date): TradeExecution => ({ instrumentId, side, quantity: 100, ts });
const roundTrip = (instrumentId: string, day: number, first: 'BUY' | 'SELL' = 'BUY'): TradeExecution[] => [
  trade(instrumentId, first, at(day, 14)),
  trade(instrumentId, first === 'BUY' ? 'SELL' : 'BUY', at(day, 18)),
];
const friday = at(15, 20);

describe('pattern day trader (FINRA 4210(f)(8)(B))', () => {
  const three = [...roundTrip('AAPL', 11), ...roundTrip('MSFT', 12), ...roundTrip('TSLA', 13, 'SELL')];

  it('3 day trades in 5 business days: not a pattern day trader', () => {
    const s = evaluatePatternDayTrader(three, friday);
    expect(s).toEqual({
      dayTrades: 3,
      totalTrades: 6,
      windowStart: new Date('2024-03-11T04:00:00Z'), // Monday 00:00 New York (EDT)
      isPatternDayTrader: false,
      minimumEquity: 2000,
    });
  });

  it('4 day trades: a pattern day trader with the $25,000 minimum', () => {
    // Thursday: buy, buy, sell NVDA is one round trip.
    const four = [...three, trade('NVDA', 'BUY', at(14, 14)), trade('NVDA', 'BUY', at(14, 15)), trade('NVDA', 'SELL', at(14, 16))];
    const s = evaluatePatternDayTrader(four, friday);
    expect(s.dayTrades).toBe(4);
    expect(s.totalTrades).toBe(9); // 4/9 > 6%
    expect(s.isPatternDayTrader).toBe(true);
    expect(s.minimumEquity).toBe(25_000);
  });

  it('the 6% condition: 4 day trades out of 68 trades (5.9%) is not a pattern, out of 66 (6.1%) it is', () => {
    const four = [...three, ...roundTrip('NVDA', 14)]; // 8 executions
    const filler = (n: number) => Array.from({ length: n }, (_, i) => trade(`LONG${i}`, 'BUY', at(11 + (i % 5), 16)));
    const diluted = evaluatePatternDayTrader([...four, ...filler(60)], friday);
    expect(diluted.totalTrades).toBe(68); // 4 / 68 = 0.0588 ≤ 0.06
    expect(diluted.isPatternDayTrader).toBe(false);
    const justOver = evaluatePatternDayTrader([...four, ...filler(58)], friday);
    expect(justOver.totalTrades).toBe(66); // 4 / 66 = 0.0606 > 0.06
    expect(justOver.isPatternDayTrader).toBe(true);
  });

  it('counts round trips per instrument and day, in the New York day, inside the window only', () => {
    const trades = [
      // B S B S on Tuesday: 2 round trips
      trade('AMD', 'BUY', at(12, 14)), trade('AMD', 'SELL', at(12, 15)), trade('AMD', 'BUY', at(12, 16)), trade('AMD', 'SELL', at(12, 17)),
      // Monday 11:00 buy, sold 21:00 New York = 01:00Z Tuesday: still Monday's day trade
      trade('IBM', 'BUY', at(11, 15)), trade('IBM', 'SELL', at(12, 1)),
      // bought Monday, sold Tuesday (afternoon): not a day trade
      trade('KO', 'BUY', at(11, 15)), trade('KO', 'SELL', at(12, 15)),
      // the Friday before the window: ignored
      ...roundTrip('OLD', 8),
      // after asOf: ignored
      ...roundTrip('LATE', 15).map((t) => ({ ...t, ts: new Date(t.ts.getTime() + 10 * 3600_000) })),
    ];
    const s = evaluatePatternDayTrader(trades, friday);
    expect(s.dayTrades).toBe(3); // AMD 2 + IBM 1
    expect(s.totalTrades).toBe(8);
  });

  it('a weekend asOf ends the window on Friday; a Wednesday window spans the weekend', () => {
    expect(evaluatePatternDayTrader(three, new Date('2024-03-16T12:00:00Z')).windowStart).toEqual(new Date('2024-03-11T04:00:00Z'));
    // Wednesday 2024-03-13: Thu 7, Fri 8, Mon 11, Tue 12, Wed 13 → starts Thursday 2024-03-07 00:00 EST (UTC−5)
    expect(evaluatePatternDayTrader([], at(13)).windowStart).toEqual(new Date('2024-03-07T05:00:00Z'));
    expect(evaluatePatternDayTrader([], at(13), { timeZone: 'UTC' }).windowStart).toEqual(new Date('2024-03-07T00:00:00Z'));
  });

  it('rejects bad trades', () => {
    expectBadInput(() => evaluatePatternDayTrader([{ ...trade('X', 'BUY', at(11)), side: 'HOLD' as 'BUY' }], friday), 'trades[0].side');
    expectBadInput(() => evaluatePatternDayTrader([{ ...trade('X', 'BUY', at(11)), quantity: 0 }], friday), 'trades[0].quantity');
    expectBadInput(() => evaluatePatternDayTrader([], new Date(Number.NaN)), 'asOf');
    expectBadInput(() => evaluatePatternDayTrader([], friday, { timeZone: 'Mars/Olympus' }), 'timeZone');
  });
});

describe('buying power', () => {
  it('Reg T buying power and 4× day-trading buying power for a pattern day trader', () => {
    // excess 30,000 − 10,000 = 20,000 → / 0.5 = 40,000; maintenance excess 30,000 − 6,000 = 24,000 → × 4 = 96,000
    expect(computeBuyingPower({ equity: 30_000, initialRequirement: 10_000, maintenanceRequirement: 6_000, initialRate: 0.5, isPatternDayTrader: true })).toEqual({
      excess: 20_000,
      maintenanceExcess: 24_000,
      buyingPower: 40_000,
      dayTradingBuyingPower: 96_000,
    });
    expect(computeBuyingPower({ equity: 30_000, initialRequirement: 10_000, maintenanceRequirement: 6_000, initialRate: 0.5, isPatternDayTrader: false }).dayTradingBuyingPower).toBe(0);
  });

  it('no day-trading buying power below $25,000; no buying power below the initial requirement', () => {
    const low = computeBuyingPower({ equity: 20_000, initialRequirement: 25_000, maintenanceRequirement: 5_000, initialRate: 0.5, isPatternDayTrader: true });
    expect(low).toEqual({ excess: -5_000, maintenanceExcess: 15_000, buyingPower: 0, dayTradingBuyingPower: 0 });
    expectBadInput(() => computeBuyingPower({ equity: 1, initialRequirement: 0, maintenanceRequirement: 0, initialRate: 0, isPatternDayTrader: false }), 'initialRate');
    expectBadInput(() => computeBuyingPower({ equity: Number.NaN, initialRequirement: 0, maintenanceRequirement: 0, initialRate: 0.5, isPatternDayTrader: false }), 'equity');
  });
});
