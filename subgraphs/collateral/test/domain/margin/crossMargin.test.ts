import { describe, expect, it } from 'vitest';
import { computeCrossMargin } from '../../../src/domain/margin/computeCrossMargin.ts';
import type { CrossMarginAccount } from '../../../src/domain/margin/types.ts';
import { expectBadInput, option, stock } from './fixtures.ts';

const prices = new Map([['SPY', 500], ['IVV', 250], ['QQQ', 400]]);
const longSpy: CrossMarginAccount = { accountId: 'A', methodology: 'PORTFOLIO', positions: [stock('SPY', 1000, 500, 'etf')] };
const shortIvv: CrossMarginAccount = { accountId: 'B', methodology: 'PORTFOLIO', positions: [stock('IVV', -2000, 250, 'etf')] };
const rho = (value: number) => (a: string, b: string) => (a === b ? 1 : value);

describe('cross-margining', () => {
  it('a hedged pair (long SPY in A, short IVV worth the same in B, ρ = 0.99) saves a lot', () => {
    const r = computeCrossMargin([longSpy, shortIvv], prices, rho(0.99));
    // stand-alone: 15% × 500,000 = 75,000 each (single names, no concentration) → 150,000
    expect(r.perAccount).toEqual([
      { accountId: 'A', standalone: expect.closeTo(75_000, 6) },
      { accountId: 'B', standalone: expect.closeTo(75_000, 6) },
    ]);
    expect(r.standalone).toBeCloseTo(150_000, 6);
    // SPY loses on −15%, IVV on +15%: credit = 0.8 × 0.99 × min(75,000, 75,000) = 59,400
    expect(r.offsets).toEqual([
      { underlyingA: 'SPY', underlyingB: 'IVV', symbolA: 'SPY', symbolB: 'IVV', correlation: 0.99, credit: expect.closeTo(59_400, 6), accountIds: ['A', 'B'] },
    ]);
    expect(r.combined).toBeCloseTo(150_000 - 59_400, 6); // 90,600
    expect(r.saving).toBeCloseTo(59_400, 6);
  });

  it('uncorrelated (ρ = 0) or weakly correlated (ρ = 0.6 < 0.7) groups earn no credit', () => {
    for (const value of [0, 0.6, -0.9]) {
      const r = computeCrossMargin([longSpy, shortIvv], prices, rho(value));
      expect(r.offsets).toEqual([]);
      expect(r.combined).toBeCloseTo(150_000, 6);
      expect(r.saving).toBeCloseTo(0, 6);
    }
  });

  it('the credit grows with ρ', () => {
    const at = (value: number) => computeCrossMargin([longSpy, shortIvv], prices, rho(value)).saving;
    // 0.8 × ρ × 75,000
    expect(at(0.7)).toBeCloseTo(42_000, 6);
    expect(at(0.9)).toBeCloseTo(54_000, 6);
    expect(at(1)).toBeCloseTo(60_000, 6);
  });

  it('two longs (same direction) earn no credit even when correlated', () => {
    const longIvv: CrossMarginAccount = { accountId: 'B', methodology: 'PORTFOLIO', positions: [stock('IVV', 2000, 250, 'etf')] };
    const r = computeCrossMargin([longSpy, longIvv], prices, rho(0.99));
    expect(r.offsets).toEqual([]);
    expect(r.saving).toBeCloseTo(0, 6);
  });

  it('the same underlying long in A and short in B nets to ~0', () => {
    const shortSpy: CrossMarginAccount = { accountId: 'B', methodology: 'PORTFOLIO', positions: [stock('SPY', -1000, 500, 'etf')] };
    const r = computeCrossMargin([longSpy, shortSpy], prices, rho(0));
    expect(r.standalone).toBeCloseTo(150_000, 6);
    expect(r.combined).toBeCloseTo(0, 6);
    expect(r.saving).toBeCloseTo(150_000, 6);
  });

  it('each group takes part in one credit only, the most correlated pair first', () => {
    // C short 1,250 QQQ @ 400 = 500,000 → 75,000 stand-alone, loses on +15% like IVV.
    const shortQqq: CrossMarginAccount = { accountId: 'C', methodology: 'PORTFOLIO', positions: [stock('QQQ', -1250, 400, 'etf')] };
    const table: Record<string, number> = { 'SPY|IVV': 0.95, 'SPY|QQQ': 0.9, 'IVV|QQQ': 0.8 };
    const r = computeCrossMargin([longSpy, shortIvv, shortQqq], prices, (a, b) => table[`${a}|${b}`] ?? table[`${b}|${a}`] ?? 0);
    // only SPY/IVV: 0.8 × 0.95 × 75,000 = 57,000 (IVV/QQQ lose the same way; SPY is used up)
    expect(r.offsets.map((o) => [o.underlyingA, o.underlyingB])).toEqual([['SPY', 'IVV']]);
    expect(r.offsets[0]!.credit).toBeCloseTo(57_000, 6);
    expect(r.combined).toBeCloseTo(225_000 - 57_000, 6);
  });

  it('Reg T accounts are pooled on the risk grid: the saving includes the methodology difference', () => {
    const r = computeCrossMargin(
      [{ ...longSpy, methodology: 'REG_T' }, { ...shortIvv, methodology: 'REG_T' }],
      prices,
      rho(0.99),
    );
    // stand-alone Reg T: long 25% × 500,000 = 125,000; short 30% × 500,000 = 150,000
    expect(r.standalone).toBeCloseTo(275_000, 6);
    expect(r.combined).toBeCloseTo(90_600, 6);
    expect(r.saving).toBeCloseTo(184_400, 6);
  });

  it('never reports combined above stand-alone, and validates inputs', () => {
    // Reg T: a long far-OTM call costs its premium, 1 × 100 × 0.05 = 5; pooled on the grid the
    // $0.375 × 100 per-contract minimum (37.50) is higher, so combined stays at 5 and saving 0.
    const lottery: CrossMarginAccount = {
      accountId: 'L',
      methodology: 'REG_T',
      positions: [option('SPY C900', 'SPY', 'CALL', 900, 1, 0.05, { yearsToExpiry: 0.1, volatility: 0.2 })],
    };
    const capped = computeCrossMargin([lottery], prices, rho(1));
    expect(capped.standalone).toBeCloseTo(5, 9);
    expect(capped.combined).toBeCloseTo(5, 9);
    expect(capped.saving).toBe(0);

    expect(computeCrossMargin([], prices, rho(1))).toEqual({ standalone: 0, combined: 0, saving: 0, offsets: [], perAccount: [] });
    expectBadInput(() => computeCrossMargin([longSpy, { ...shortIvv, accountId: 'A' }], prices, rho(0.9)), 'accounts[1].accountId');
    expectBadInput(() => computeCrossMargin([longSpy, shortIvv], prices, rho(Number.NaN)), 'correlation');
    expectBadInput(
      () => computeCrossMargin([longSpy, { ...shortIvv, positions: [{ ...stock('IVV', -1, 250, 'etf'), multiplier: -1 }] }], prices, rho(0.9)),
      'accounts[1].positions[0].multiplier',
    );
  });
});
