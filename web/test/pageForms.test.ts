import { describe, expect, it } from 'vitest';
import { emptyTradeRow, firstUnreadable, toTradeInputs, utcMinute } from '../src/pages/portfolio/tradeForm.ts';
import { DEFAULT_FIELDS, rebalanceTargets, toConstraints, usesField } from '../src/pages/portfolio/optimiserForm.ts';
import { formatThreshold, thresholdFromInput, thresholdToInput } from '../src/pages/risk/limitUnits.ts';
import { goalStanding } from '../src/pages/family/goalStanding.ts';

describe('record-trades form', () => {
  it('turns rows into TradeInputs: upper-case symbol, numbers, the UTC minute as ISO-8601', () => {
    const now = Date.UTC(2026, 0, 6, 15, 4, 59);
    expect(utcMinute(now)).toBe('2026-01-06T15:04');
    const row = { ...emptyTradeRow(now), symbol: ' aapl ', quantity: '10', price: '187.5', fees: '' };
    expect(toTradeInputs([row])).toEqual([{ symbol: 'AAPL', side: 'BUY', quantity: 10, price: 187.5, fees: 0, ts: '2026-01-06T15:04:00Z' }]);
    expect(firstUnreadable(toTradeInputs([row]))).toBeNull();
  });

  it('reports an empty or unreadable number with the field path the server uses', () => {
    const ok = { ...emptyTradeRow(0), symbol: 'A', quantity: '1', price: '2' };
    expect(firstUnreadable(toTradeInputs([ok, { ...ok, price: 'abc' }]))).toEqual({ field: 'input.trades[1].price', message: 'price must be a number' });
    expect(firstUnreadable(toTradeInputs([{ ...ok, quantity: '' }]))?.field).toBe('input.trades[0].quantity');
    expect(firstUnreadable(toTradeInputs([{ ...ok, symbol: ' ' }]))?.field).toBe('input.trades[0].symbol');
    expect(firstUnreadable(toTradeInputs([{ ...ok, ts: 'soon' }]))?.field).toBe('input.trades[0].ts');
  });
});

describe('optimiser form', () => {
  it('sends only the constraints the method takes, percentages as fractions', () => {
    expect(toConstraints(DEFAULT_FIELDS)).toEqual({ longOnly: true, covariance: 'LEDOIT_WOLF', lookbackDays: 252 });
    expect(toConstraints({ ...DEFAULT_FIELDS, method: 'TARGET_RETURN', minWeight: '5', maxWeight: '40', maxTurnover: '50' })).toEqual({
      longOnly: true,
      covariance: 'LEDOIT_WOLF',
      lookbackDays: 252,
      minWeight: 0.05,
      maxWeight: 0.4,
      maxTurnover: 0.5,
      targetReturn: 0.1,
    });
    expect(toConstraints({ ...DEFAULT_FIELDS, method: 'TARGET_VOLATILITY' }).targetVolatility).toBe(0.12);
    // Risk parity and HRP take the budget only: bounds and turnover are not sent.
    expect(toConstraints({ ...DEFAULT_FIELDS, method: 'HRP', maxWeight: '40', maxTurnover: '10' })).toEqual({ longOnly: true, covariance: 'LEDOIT_WOLF', lookbackDays: 252 });
    expect([usesField('MEAN_CVAR', 'targetReturn'), usesField('RISK_PARITY', 'bounds'), usesField('MAX_SHARPE', 'targetVolatility')]).toEqual([true, false, false]);
  });

  it('scales optimal weights to keep a share in cash, never over 1', () => {
    const targets = rebalanceTargets([{ symbol: 'A', weight: 0.6 }, { symbol: 'B', weight: 0.4 }], 0.1);
    expect(targets).toEqual([{ symbol: 'A', weight: 0.54 }, { symbol: 'B', weight: 0.36 }]);
    expect(rebalanceTargets([{ symbol: 'A', weight: 1 / 3 }, { symbol: 'B', weight: 2 / 3 }], -0.5).reduce((s, t) => s + t.weight, 0)).toBeLessThanOrEqual(1);
    expect(rebalanceTargets([{ symbol: 'A', weight: 1 }], 2)).toEqual([{ symbol: 'A', weight: 0 }]);
  });
});

describe('risk-limit units', () => {
  it('reads percentages for fractional kinds and currency for the others', () => {
    expect(thresholdFromInput('CONCENTRATION', '25')).toBe(0.25);
    expect(thresholdFromInput('VAR', '250,000')).toBe(250_000);
    expect(thresholdFromInput('VAR', '')).toBeNaN();
    expect(thresholdToInput('DRAWDOWN', 0.123)).toBe('12.3');
    expect(thresholdToInput('EXPOSURE', 1e6)).toBe('1000000');
    expect(formatThreshold('DRAWDOWN', 0.1)).toBe('10.00%');
    expect(formatThreshold('VAR', 1234.5)).toBe('1,235');
  });
});

describe('goal standing', () => {
  it('bands the probability of success', () => {
    expect([0.9, 0.75, 0.5, 0.4, 0.1].map(goalStanding)).toEqual(['on-track', 'on-track', 'at-risk', 'at-risk', 'off-track']);
  });
});
