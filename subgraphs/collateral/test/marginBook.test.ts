import { describe, expect, it } from 'vitest';
import { createAccel } from '@nautilus/accel';
import { MarginBook } from '../src/service/MarginBook.ts';
import { predictAccount } from '../src/service/predictAccountCall.ts';
import type { AccountBook, HoldingRow } from '../src/service/types.ts';

// The read model on its own: books, prices and statistics fed directly, no database, no bus.

const T0 = Date.parse('2026-03-02T15:00:00Z');

/** A Reg T account long 100 shares of instrument 1 on a 5,000 margin loan, with the given collateral. */
function bookOf(id: string, holdings: HoldingRow[] = [], quantity = 100): AccountBook {
  return {
    account: {
      id,
      ownerEntityId: '1',
      name: `account ${id}`,
      broker: 'test',
      methodology: 'REG_T',
      currency: 'USD',
      houseMultiplier: 1.2,
      crossMargin: false,
      minimumTransferAmount: 0,
      callDueHours: 24,
      portfolioIds: [],
    },
    positions: [{ instrumentId: '1', symbol: 'AAA', assetClass: 'equity', quantity, multiplier: 1, price: 0 }],
    cash: -5_000,
    holdings,
    instrumentIds: ['1', ...holdings.flatMap((h) => (h.instrumentId ? [h.instrumentId] : []))],
  };
}

const eurCash: HoldingRow = { instrumentId: null, symbol: null, assetClass: null, currency: 'EUR', quantity: 1_000, rating: null, maturity: null };

describe('MarginBook (the margin read model)', () => {
  it('evaluates a filed book at the prices it holds: Reg T maintenance 25%, house × 1.2, as of the newest price', () => {
    const model = new MarginBook();
    model.file(bookOf('a'));
    model.applyStoredPrice('1', 100, T0);
    const e = model.evaluate('a', T0 + 1_000)!;
    expect(e.marketValue).toBe(10_000);
    expect(e.equity).toBe(5_000);
    expect(e.requirement.maintenance).toBe(2_500);
    expect(e.houseRequirement).toBe(3_000);
    expect(e.utilization).toBeCloseTo(0.6, 12);
    expect(e.breach).toBeNull();
    expect(e.asOf).toBe(T0);
    expect(model.evaluation('a')).toBe(e);
    expect(model.book('a')?.account.id).toBe('a');
    expect(model.accountCount).toBe(1);
    expect(model.evaluate('unknown', T0)).toBeUndefined();
  });

  it('a quote moves the accounts that hold it; a stored price never overwrites a newer live one', () => {
    const model = new MarginBook();
    model.file(bookOf('a'));
    model.file(bookOf('b'));
    expect([...(model.applyPrice('1', 90, T0 + 5_000) ?? [])].sort()).toEqual(['a', 'b']);
    expect(model.applyPrice('2', 50, T0)?.size ?? 0).toBe(0);
    model.applyStoredPrice('1', 100, T0);
    expect(model.price('1')).toBe(90);
    model.applyStoredPrice('1', 95, T0 + 6_000);
    expect(model.prices.get('1')).toBe(95);
    expect(model.evaluate('a', T0 + 7_000)!.equity).toBe(100 * 95 - 5_000);
  });

  it('converts foreign collateral at the FX pair price and revalues it when the pair ticks', () => {
    const model = new MarginBook();
    model.setFxPairs(new Map([['EURUSD', '9']]));
    model.applyStoredPrice('9', 1.1, T0);
    model.applyStoredPrice('1', 100, T0);
    const book = bookOf('a', [eurCash]);
    expect(model.fxInstrumentsOf(book)).toEqual(['9']);
    model.file(book);
    expect(model.fxRate('EUR', 'USD')).toBeCloseTo(1.1, 12);
    const before = model.evaluate('a', T0)!;
    expect(before.collateralMarketValue).toBeCloseTo(1_100, 9);
    // An FX tick moves the account and drops its cached collateral valuation.
    expect([...(model.applyPrice('9', 1.2, T0 + 1_000) ?? [])]).toEqual(['a']);
    const after = model.evaluate('a', T0 + 1_000)!;
    expect(after.collateralMarketValue).toBeCloseTo(1_200, 9);
    expect(after.collateralValue / before.collateralValue).toBeCloseTo(1.2 / 1.1, 12);
    expect(after.equity - before.equity).toBeCloseTo(after.collateralValue - before.collateralValue, 9);
  });

  it('a pattern day trader needs 25,000 of equity: the same book breaches the regulatory minimum', () => {
    const model = new MarginBook();
    model.file(bookOf('a'));
    model.applyStoredPrice('1', 100, T0);
    expect(model.evaluate('a', T0)!.minimumEquity).toBe(2_000);
    model.setPatternDayTrader('a', true);
    expect(model.isPatternDayTrader('a')).toBe(true);
    const e = model.evaluate('a', T0)!;
    expect(e.minimumEquity).toBe(25_000);
    expect(e.breach).toEqual({ kind: 'REGULATORY', requirement: 25_000, deficit: 20_000 });
  });

  it('answers live calls from its call book and forgets everything about a dropped account', () => {
    const model = new MarginBook();
    model.file(bookOf('a'));
    model.applyStoredPrice('1', 100, T0);
    model.evaluate('a', T0);
    model.setPatternDayTrader('a', true);
    model.calls.load([{ accountId: 'a', id: '41', kind: 'HOUSE' }]);
    expect(model.hasLiveCall('a')).toBe(true);
    expect(model.liveCallCount).toBe(1);
    model.forget('a');
    expect(model.hasLiveCall('a')).toBe(false);
    expect(model.liveCallCount).toBe(0);
    expect(model.evaluation('a')).toBeUndefined();
    expect(model.book('a')).toBeUndefined();
    expect(model.isPatternDayTrader('a')).toBe(false);
    expect(model.applyPrice('1', 101, T0)?.size ?? 0).toBe(0);
    expect(model.accountIds()).toEqual([]);
  });

  it('predicts (on accel, from the read model) only an evaluated account, with the statistics it holds', async () => {
    const accel = await createAccel({ backends: ['js'], calibrate: 'never' });
    const model = new MarginBook();
    model.file(bookOf('a'));
    model.applyStoredPrice('1', 100, T0);
    expect(await predictAccount(model, accel, 'a', { horizonDays: 1, paths: 200, seed: 1 })).toBeUndefined();
    // Equity 100p − 5,000 meets the house requirement 30p at p = 71.43: a 28.6% fall, out of reach in a day
    // at the fallback volatility, not at 300% a year.
    model.evaluate('a', T0);
    const calm = (await predictAccount(model, accel, 'a', { horizonDays: 1, paths: 2_000, seed: 1 }))!;
    model.setMarketStatistics({ volatility: new Map([['1', 3]]), correlation: (x, y) => (x === y ? 1 : 0) });
    expect(model.marketStatistics.volatility.get('1')).toBe(3);
    model.evaluate('a', T0);
    const wild = (await predictAccount(model, accel, 'a', { horizonDays: 1, paths: 2_000, seed: 1 }))!;
    expect(wild.computedWith).toMatchObject({ backend: 'js' });
    expect(calm.probability).toBeLessThan(0.01);
    expect(wild.probability).toBeGreaterThan(0.03);
    // The move that triggers a call depends on the book and prices, not on volatility.
    expect(calm.distanceToCall).toBeCloseTo(-(1 - 5_000 / 7_000), 9);
    expect(wild.distanceToCall).toBeCloseTo(calm.distanceToCall ?? Number.NaN, 12);
  });
});
