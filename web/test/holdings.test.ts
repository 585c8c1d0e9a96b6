import { describe, expect, it } from 'vitest';
import { allocationBy, previousClose, valueHoldings, type HoldingInput } from '../src/pages/portfolio/holdings.ts';

const bars = [
  { ts: '2026-01-02T00:00:00.000Z', close: 90 },
  { ts: '2026-01-05T00:00:00.000Z', close: 100 },
  { ts: '2026-01-06T00:00:00.000Z', close: 104 },
];

describe('previousClose', () => {
  it('takes the last daily bar before the UTC day of the latest price, skipping today’s bar', () => {
    expect(previousClose(bars, '2026-01-06T15:00:00Z')).toBe(100);
    expect(previousClose(bars, '2026-01-07T09:00:00Z')).toBe(104);
    expect(previousClose(bars, '2026-01-05T23:59:00Z')).toBe(90);
  });

  it('without a price time (the last price is then the last close), measures the last bar’s day; null without an earlier bar', () => {
    expect(previousClose(bars, null)).toBe(100);
    expect(previousClose(bars, '2026-01-02T10:00:00Z')).toBeNull();
    expect(previousClose([], '2026-01-06T10:00:00Z')).toBeNull();
    expect(previousClose(undefined, null)).toBeNull();
  });
});

describe('valueHoldings', () => {
  const positions: HoldingInput[] = [
    { symbol: 'AAA', quantity: 10, costBasis: 800, realizedPnl: 5, lastPrice: 105, lastPriceTs: '2026-01-06T15:00:00Z', dailyBars: bars, assetClass: 'equity' },
    { symbol: 'BBB', quantity: -2, costBasis: -100, realizedPnl: 0, lastPrice: 40, dailyBars: [{ ts: '2026-01-05T00:00:00Z', close: 50 }], assetClass: 'equity' },
    { symbol: 'OPT', quantity: 1, costBasis: 300, realizedPnl: 0, lastPrice: 2.5, multiplier: 100, assetClass: 'option' },
    { symbol: 'NOP', quantity: 3, costBasis: 30, realizedPnl: -1, lastPrice: null },
  ];

  it('values at the query’s last price, weights of positions + cash, day P&L from the previous close', () => {
    const v = valueHoldings(positions, 950);
    const [aaa, bbb, opt, nop] = v.holdings;
    expect(aaa).toMatchObject({ price: 105, marketValue: 1050, unrealizedPnl: 250, previousClose: 100, dayPnl: 50 });
    // BBB's price has no time: the day is its last bar's, so no earlier close and no day P&L.
    expect(bbb).toMatchObject({ marketValue: -80, unrealizedPnl: 20, previousClose: null, dayPnl: null });
    expect(opt).toMatchObject({ marketValue: 250, unrealizedPnl: -50 });
    expect(nop).toMatchObject({ price: null, marketValue: null, unrealizedPnl: null, weight: null });
    expect(v.invested).toBe(1050 - 80 + 250);
    expect(v.total).toBe(1220 + 950);
    expect(aaa!.weight).toBeCloseTo(1050 / 2170, 12);
    expect(v.cashWeight).toBeCloseTo(950 / 2170, 12);
    expect(v.unrealizedPnl).toBe(250 + 20 - 50);
    expect(v.realizedPnl).toBe(4);
    expect(v.dayPnl).toBe(50);
    expect(v.dayReturn).toBeCloseTo(50 / (1000 + 950), 12);
    expect(v.unpriced).toEqual(['NOP']);
  });

  it('prefers a live quote (price and its time) over the query’s last price', () => {
    const v = valueHoldings(positions, 0, { AAA: { last: 110, ts: '2026-01-07T10:00:00Z' } });
    expect(v.holdings[0]).toMatchObject({ price: 110, marketValue: 1100, previousClose: 104, dayPnl: 60 });
  });

  it('gives no weights or day return for an empty or worthless book', () => {
    const v = valueHoldings([], 0);
    expect(v).toMatchObject({ total: 0, dayPnl: 0, dayReturn: null, cashWeight: null, holdings: [] });
  });
});

describe('allocationBy', () => {
  it('groups values by key with cash as its own slice, largest first, shares of the gross total', () => {
    const v = valueHoldings(
      [
        { symbol: 'A', quantity: 1, costBasis: 0, realizedPnl: 0, lastPrice: 300, assetClass: 'equity' },
        { symbol: 'B', quantity: 1, costBasis: 0, realizedPnl: 0, lastPrice: 100, assetClass: 'equity' },
        { symbol: 'C', quantity: -1, costBasis: 0, realizedPnl: 0, lastPrice: 200, assetClass: 'bond' },
      ],
      400,
    );
    const slices = allocationBy(v.holdings, (h) => h.assetClass ?? 'other', v.cash);
    expect(slices.map((s) => s.label)).toEqual(['equity', 'cash', 'bond']);
    expect(slices.map((s) => s.value)).toEqual([400, 400, -200]);
    expect(slices.map((s) => s.share)).toEqual([0.4, 0.4, 0.2]);
    expect(allocationBy([], (h) => h.symbol)).toEqual([]);
  });
});
