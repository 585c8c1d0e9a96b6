import { describe, expect, it } from 'vitest';
import { AppError } from '@nautilus/runtime';
import { calibrateGbm } from '../src/domain/calibrateGbm.ts';
import { checkSellsHeld } from '../src/domain/checkSellsHeld.ts';
import { measurePerformance } from '../src/domain/measurePerformance.ts';
import { MAX_TRADES_PER_CALL, parseTradeBatch } from '../src/domain/parseTradeBatch.ts';
import { parseRebalanceTargets, planRebalance } from '../src/domain/planRebalance.ts';

/** The field an error names (BAD_USER_INPUT carries it in extensions.field). */
function fieldOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).extensions?.field;
  }
  throw new Error('expected a BAD_USER_INPUT');
}

const day = (d: number, hour = 0) => new Date(Date.UTC(2024, 0, 2 + d, hour));

describe('checkSellsHeld (the short-selling replay)', () => {
  const stored = [{ instrumentId: 1, side: 'buy' as const, quantity: '10', ts: day(1) }];
  const sell = (quantity: string, ts: Date, index = 0) => ({ index, instrumentId: 1, symbol: 'AAPL', side: 'sell' as const, quantity, ts });

  it('lets a sell of what is held pass, to the last unit', () => {
    expect(() => checkSellsHeld(stored, [sell('10', day(2))])).not.toThrow();
  });

  it('refuses a backdated sell before the buy and a sell one unit (1e-10) over the holding, naming the batch trade', () => {
    expect(fieldOf(() => checkSellsHeld(stored, [sell('4', day(0))]))).toBe('input.trades[0].quantity');
    expect(fieldOf(() => checkSellsHeld(stored, [sell('10.0000000001', day(2), 3)]))).toBe('input.trades[3].quantity');
  });

  it('replays a batch buy before its own sell at a later time', () => {
    const buy = { index: 0, instrumentId: 2, symbol: 'MSFT', side: 'buy' as const, quantity: '5', ts: day(0) };
    expect(() => checkSellsHeld([], [buy, { ...sell('5', day(1), 1), instrumentId: 2, symbol: 'MSFT' }])).not.toThrow();
  });
});

describe('parseTradeBatch', () => {
  const trade = { symbol: 'AAPL', side: 'BUY' as const, quantity: 1.5, price: 100, ts: day(0) };

  it('turns numbers into exact decimal strings and the side into the ledger spelling', () => {
    const { parsed, keys } = parseTradeBatch([{ ...trade, externalId: 'fill:1' }]);
    expect(parsed).toEqual([{ index: 0, symbol: 'AAPL', side: 'buy', quantity: '1.5', price: '100', fees: '0', ts: day(0), externalId: 'fill:1' }]);
    expect([...keys]).toEqual([['fill:1', 0]]);
  });

  it('names the field of every bad input', () => {
    expect(fieldOf(() => parseTradeBatch([]))).toBe('input.trades');
    expect(fieldOf(() => parseTradeBatch(Array.from({ length: MAX_TRADES_PER_CALL + 1 }, () => trade)))).toBe('input.trades');
    expect(fieldOf(() => parseTradeBatch([trade, { ...trade, quantity: 0 }]))).toBe('input.trades[1].quantity');
    expect(fieldOf(() => parseTradeBatch([{ ...trade, fees: -1 }]))).toBe('input.trades[0].fees');
    expect(fieldOf(() => parseTradeBatch([{ ...trade, ts: day(1) }], { now: day(0) }))).toBe('input.trades[0].ts');
    expect(fieldOf(() => parseTradeBatch([{ ...trade, externalId: 'x' }, { ...trade, externalId: 'x' }]))).toBe('input.trades[1].externalId');
  });
});

describe('planRebalance', () => {
  // A 10 @ 10 (100), C 2 @ 50 (100), cash 100: V = 300.
  const book = {
    idBySymbol: new Map([
      ['A', 1],
      ['B', 2],
    ]),
    positions: [
      { instrumentId: 1, symbol: 'A', quantity: 10 },
      { instrumentId: 3, symbol: 'C', quantity: 2 },
    ],
    cash: 100,
    prices: new Map([
      [1, 10],
      [2, 20],
      [3, 50],
    ]),
  };

  it('moves to wᵢ·V/pᵢ, closes held symbols without a target, sells first', () => {
    const { value, trades } = planRebalance({ ...book, targets: [{ symbol: 'A', weight: 0.25 }, { symbol: 'B', weight: 0.5 }] });
    expect(value).toBe(300);
    // A: 0.25·300/10 = 7.5 (sell 2.5); B: 0.5·300/20 = 7.5 (buy); C: 0 (sell 2).
    expect(trades).toEqual([
      { symbol: 'A', side: 'SELL', quantity: 2.5, price: 10 },
      { symbol: 'C', side: 'SELL', quantity: 2, price: 50 },
      { symbol: 'B', side: 'BUY', quantity: 7.5, price: 20 },
    ]);
  });

  it('truncates quantities toward zero to 6 decimals', () => {
    // B: 0.26666666·300/20 = 3.9999999 → 3.999999 (rounding would give 4).
    const { trades } = planRebalance({ ...book, targets: [{ symbol: 'A', weight: 1 / 3 }, { symbol: 'B', weight: 0.26666666 }] });
    expect(trades.find((t) => t.symbol === 'B')).toEqual({ symbol: 'B', side: 'BUY', quantity: 3.999999, price: 20 });
  });

  it('refuses a target without a price, naming it', () => {
    expect(fieldOf(() => planRebalance({ ...book, prices: new Map([[1, 10]]), targets: [{ symbol: 'A', weight: 0.5 }, { symbol: 'B', weight: 0.5 }] }))).toBe(
      'targets[1].symbol',
    );
  });

  it('checks the targets: duplicates, weights in [0, 1], a sum of at most 1', () => {
    expect([...parseRebalanceTargets([{ symbol: 'A', weight: 0.5 }, { symbol: 'B', weight: 0.5 }])]).toEqual(['A', 'B']);
    expect(fieldOf(() => parseRebalanceTargets([{ symbol: 'A', weight: 0.1 }, { symbol: 'A', weight: 0.1 }]))).toBe('targets[1].symbol');
    expect(fieldOf(() => parseRebalanceTargets([{ symbol: 'A', weight: 1.5 }]))).toBe('targets[0].weight');
    expect(fieldOf(() => parseRebalanceTargets([{ symbol: 'A', weight: 0.6 }, { symbol: 'B', weight: 0.6 }]))).toBe('targets');
  });
});

describe('calibrateGbm', () => {
  it('has zero volatility and μ = 252·x on a constant log return', () => {
    const { drift, volatility } = calibrateGbm([0, 1, 2, 3].map((t) => 100 * Math.exp(0.001 * t)));
    expect(volatility).toBeCloseTo(0, 12);
    expect(drift).toBeCloseTo(0.252, 12);
  });

  it('gives σ = a·√(2·252) and μ = σ²/2 on returns +a, −a', () => {
    const a = 0.02;
    const { drift, volatility } = calibrateGbm([100, 100 * Math.exp(a), 100]);
    expect(volatility).toBeCloseTo(a * Math.sqrt(2 * 252), 12);
    expect(drift).toBeCloseTo((volatility * volatility) / 2, 12);
  });

  it('is flat with fewer than two returns', () => {
    expect(calibrateGbm([100, 120])).toEqual({ drift: 0, volatility: 0 });
  });
});

describe('measurePerformance (a 3-day book by hand)', () => {
  // Day 0: deposit 1000, buy 10 @ 100 (cash 0). Closes 100, 110, 99 → V = 1000, 1100, 990.
  const input = {
    trades: [{ instrumentId: 7, delta: 10, ts: day(0, 15) }],
    cash: [
      { amount: 1000, external: true, ts: day(0, 9) },
      { amount: -1000, external: false, ts: day(0, 15) },
    ],
    instrumentIds: [7],
    dates: [day(0), day(1), day(2)],
    from: null,
    to: day(3),
    riskFreeRate: 0,
  };

  it('values the book daily and measures TWR, drawdown and IRR on it', () => {
    const p = measurePerformance({ ...input, withBenchmark: false, closes: [[100, 110, 99]] });
    expect(p.observations).toBe(3);
    expect(p.series.map((s) => s.value)).toEqual([1000, 1100, 990]);
    // r = 0.1, −0.1: TWR = 1.1·0.9 − 1 = −0.01; drawdown from 1.1 to 0.99 = 10%.
    expect(p.timeWeightedReturn).toBeCloseTo(-0.01, 12);
    expect(p.maxDrawdown).toBeCloseTo(0.1, 12);
    expect(p.maxDrawdownPeak).toEqual(day(1));
    expect(p.maxDrawdownTrough).toEqual(day(2));
    // No flow inside the window, and it is under a year: the IRR is 990/1000 − 1 over the window.
    expect(p.moneyWeightedReturn!).toBeCloseTo(-0.01, 8);
    expect(p.beta).toBeNull();
    expect(p.series.every((s) => s.benchmarkReturn === null)).toBe(true);
  });

  it('carries a missing close forward and follows the benchmark on the same dates', () => {
    const p = measurePerformance({ ...input, withBenchmark: true, closes: [[100, Number.NaN, 99], [50, 55, 50]] });
    // Day 1 is valued at day 0's close: V = 1000, 1000, 990.
    expect(p.series.map((s) => s.value)).toEqual([1000, 1000, 990]);
    expect(p.series.map((s) => s.benchmarkReturn)).toEqual([0, expect.closeTo(0.1, 12), 0]);
    expect(p.beta).not.toBeNull();
  });

  it('has no statistics with fewer than two dates in the window', () => {
    const p = measurePerformance({ ...input, withBenchmark: false, dates: [day(0)], closes: [[100]] });
    expect(p.observations).toBe(1);
    expect(p.timeWeightedReturn).toBeNull();
  });
});
