import { describe, expect, it } from 'vitest';
import { Account, TradeBuilder } from '../../src/domain/accounting.ts';

describe('TradeBuilder (average-cost round trips)', () => {
  it('opens, adds, reduces, flips and closes with hand-computed P&L, fees, MAE and MFE', () => {
    const tb = new TradeBuilder(['X']);
    tb.onFill(0, 'BUY', 10, 100, 1, 1); // long 10 @ 100
    tb.onBar(0, 104, 97); // unrealised +40 / −30
    tb.onFill(0, 'BUY', 10, 110, 1, 2); // long 20, cost 105
    tb.onBar(0, 112, 104); // +140 / −20
    tb.onFill(0, 'SELL', 5, 120, 1, 3); // realise 5 × 15 = 75, long 15 @ 105
    tb.onFill(0, 'SELL', 25, 90, 2, 4); // close 15: 15 × −15 = −225; short 10 @ 90 opens (fee split 15/25 : 10/25)
    tb.onBar(0, 95, 85);
    tb.onFill(0, 'BUY', 10, 80, 1, 5); // short closes: 10 × 10 = 100
    const [long, short] = tb.finish(() => NaN);
    expect(long).toMatchObject({ side: 'LONG', status: 'CLOSED', entryTs: 1, exitTs: 4, qty: 20, bars: 2 });
    expect(long!.entryPrice).toBeCloseTo(105, 12);
    expect(long!.exitPrice).toBeCloseTo((5 * 120 + 15 * 90) / 20, 12);
    expect(long!.fees).toBeCloseTo(1 + 1 + 1 + 2 * (15 / 25), 12);
    expect(long!.pnl).toBeCloseTo(75 - 225 - long!.fees, 12);
    expect(long!.mae).toBeCloseTo(-30, 12);
    expect(long!.mfe).toBeCloseTo(140, 12);
    expect(short).toMatchObject({ side: 'SHORT', status: 'CLOSED', entryTs: 4, exitTs: 5, qty: 10, entryPrice: 90, exitPrice: 80 });
    expect(short!.pnl).toBeCloseTo(100 - 2 * (10 / 25) - 1, 12);
    expect(short!.mae).toBeCloseTo(-50, 12);
    expect(short!.mfe).toBeCloseTo(50, 12);
  });

  it('reports an open trade marked to the last close', () => {
    const tb = new TradeBuilder(['X', 'Y']);
    tb.onFill(1, 'SELL', 4, 50, 0, 1);
    const [t] = tb.finish((k) => (k === 1 ? 45 : NaN));
    expect(t).toMatchObject({ symbol: 'Y', side: 'SHORT', status: 'OPEN', exitTs: null, exitPrice: 45, pnl: 20 });
  });
});

describe('Account', () => {
  it('moves cash by price × quantity + fee and marks equity and gross exposure at the close', () => {
    const a = new Account(1000, 2);
    a.applyFill(0, 'BUY', 5, 100, 1);
    a.applyFill(1, 'SELL', 2, 50, 1);
    const p = a.mark([Float64Array.of(110), Float64Array.of(40)], 0, 7);
    expect(p).toEqual({ ts: 7, cash: 1000 - 501 + 99, equity: 598 + 550 - 80, exposure: (550 + 80) / 1068 });
  });
});
