import { describe, expect, it } from 'vitest';
import { computeDrawdowns, computeMetrics, deflatedSharpeRatio, expectedMaxSharpe, probabilisticSharpeRatio } from '../../src/domain/index.ts';
import { moments, normCdf, normInv } from '../../src/domain/stats.ts';
import type { EquityPoint, TradeRecord } from '../../src/domain/index.ts';

// Reference values computed with numpy/scipy using empyrical's formulas (ddof=1 σ, downside risk over all
// periods, CAGR = (E_T/E_0)^(P/n) − 1) and scipy.stats.skew / kurtosis(fisher=False) for the PSR.
const EQUITY = [100, 110, 99, 108.9, 120, 114, 126, 130.5];
const curve: EquityPoint[] = EQUITY.map((equity, i) => ({ ts: i, equity, cash: equity, exposure: i % 2 ? 1 : 0 }));

const trade = (pnl: number): TradeRecord => ({
  symbol: 'X', side: 'LONG', status: 'CLOSED', entryTs: 0, entryPrice: 10, exitTs: 1, exitPrice: 10 + pnl / 10, qty: 10, pnl, returnPct: pnl / 100, fees: 0, mae: 0, mfe: 0, bars: 1,
});

describe('computeMetrics', () => {
  const m = computeMetrics(curve, [trade(30), trade(-10), trade(20), trade(-5), { ...trade(99), status: 'OPEN' }], 252);

  it('matches empyrical formulas on a hand-checked equity curve', () => {
    expect(m.totalReturn).toBeCloseTo(0.305, 12);
    expect(m.cagr).toBeCloseTo(14519.394651831752, 6);
    expect(m.volatility).toBeCloseTo(1.3437027234727394, 12);
    expect(m.sharpe).toBeCloseTo(7.8474273165689965, 10);
    expect(m.sortino).toBeCloseTo(15.718975695480054, 10);
    expect(m.maxDrawdown).toBeCloseTo(-0.1, 12);
    expect(m.calmar).toBeCloseTo(145193.9465183175, 4);
    expect(m.skewness).toBeCloseTo(-0.8202765967933142, 10);
    expect(m.kurtosis).toBeCloseTo(2.0001052560095736, 10);
    expect(m.probabilisticSharpe).toBeCloseTo(0.8413154010238004, 6);
    expect(m.periods).toBe(7);
  });

  it('computes trade statistics over closed trades only', () => {
    expect(m.numberOfTrades).toBe(4);
    expect(m.winRate).toBe(0.5);
    expect(m.profitFactor).toBeCloseTo(50 / 15, 12);
    expect(m.expectancy).toBeCloseTo(35 / 4, 12);
    expect(m.averageWin).toBe(25);
    expect(m.averageLoss).toBe(-7.5);
  });

  it('computes exposure, time in market and the duration of the deepest drawdown', () => {
    expect(m.exposure).toBeCloseTo(4 / 8, 12);
    expect(m.timeInMarket).toBeCloseTo(4 / 8, 12);
    // Drawdowns: 110 → 99 (−10%, recovered at 120: 3 bars) and 120 → 114 (−5%, recovered at 126: 2 bars).
    expect(m.maxDrawdownDurationBars).toBe(3);
  });

  it('annualises turnover from the fills', () => {
    const meanEquity = EQUITY.reduce((a, b) => a + b, 0) / EQUITY.length;
    const t = computeMetrics(curve, [], 252, [{ orderId: 'a', symbol: 'X', side: 'BUY', qty: 2, price: 50, fee: 0, ts: 1, slippage: 0 }]);
    expect(t.turnover).toBeCloseTo(((100 / meanEquity) * 252) / 7, 12);
  });
});

describe('computeDrawdowns', () => {
  it('lists each peak-to-recovery episode with depth, trough and duration', () => {
    const dd = computeDrawdowns([100, 90, 80, 100, 120, 60, 90].map((equity, ts) => ({ ts, equity })));
    expect(dd.map(({ depth: _d, ...rest }) => rest)).toEqual([
      { start: 0, trough: 2, end: 3, durationBars: 3 },
      { start: 4, trough: 5, end: null, durationBars: 2 },
    ]);
    expect(dd[0]!.depth).toBeCloseTo(-0.2, 14);
    expect(dd[1]!.depth).toBeCloseTo(-0.5, 14);
  });
});

describe('PSR and DSR (Bailey & López de Prado)', () => {
  const r = EQUITY.slice(1).map((e, i) => e / EQUITY[i]! - 1);
  const mo = moments(r);
  const sr = mo.mean / mo.std;

  it('PSR: Φ((SR − SR*)√(n−1) / √(1 − γ3·SR + (γ4−1)/4·SR²))', () => {
    expect(probabilisticSharpeRatio(sr, r.length, mo.skew, mo.kurtosis)).toBeCloseTo(0.8413154010238004, 6);
    // A higher benchmark lowers it; a 0-Sharpe normal sample gives 1/2.
    expect(probabilisticSharpeRatio(sr, r.length, mo.skew, mo.kurtosis, 0.2)).toBeLessThan(0.8413);
    expect(probabilisticSharpeRatio(0, 100, 0, 3)).toBeCloseTo(0.5, 7);
  });

  it('DSR deflates by the expected maximum Sharpe of the trials', () => {
    const trials = [0.05, 0.1, -0.02, 0.2, sr];
    const sd = moments(trials).std;
    expect(expectedMaxSharpe(5, sd * sd)).toBeCloseTo(0.2395345961166004, 7);
    expect(deflatedSharpeRatio(sr, r.length, mo.skew, mo.kurtosis, trials)).toBeCloseTo(0.6968578442486283, 6);
    // One trial: no deflation.
    expect(deflatedSharpeRatio(sr, r.length, mo.skew, mo.kurtosis, [sr])).toBeCloseTo(0.8413154010238004, 6);
  });

  it('normal CDF and its inverse agree with scipy', () => {
    expect(normCdf(1.959963984540054)).toBeCloseTo(0.975, 7);
    expect(normCdf(-1)).toBeCloseTo(0.15865525393145707, 7);
    expect(normInv(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normInv(0.001)).toBeCloseTo(-3.090232306167813, 8);
    expect(normInv(0.5)).toBe(0);
  });
});
