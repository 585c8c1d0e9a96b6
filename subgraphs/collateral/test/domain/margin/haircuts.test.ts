import { describe, expect, it } from 'vitest';
import { applyHaircuts, haircutRate } from '../../../src/domain/margin/applyHaircuts.ts';
import type { CollateralHolding } from '../../../src/domain/margin/types.ts';
import { expectBadInput } from './fixtures.ts';

const security = (holdingId: string, assetClass: string, quantity: number, price: number, extra: Partial<CollateralHolding> = {}): CollateralHolding => ({
  holdingId,
  kind: 'SECURITY',
  instrumentId: holdingId,
  symbol: holdingId,
  assetClass,
  currency: 'USD',
  quantity,
  price,
  ...extra,
});

describe('collateral haircuts (Basel CRE22.49)', () => {
  it('values a mixed pool with FX and concentration add-ons and ineligible items', () => {
    const holdings: CollateralHolding[] = [
      { holdingId: 'usd', kind: 'CASH', currency: 'USD', quantity: 50_000 }, // 0%
      { holdingId: 'eur', kind: 'CASH', currency: 'EUR', quantity: 10_000, price: 1.1 }, // 11,000, +8% FX
      security('XYZ', 'equity', 1_000, 100), // 100,000, other listed equity 30%
      security('SPY', 'etf', 100, 500), // 50,000, main index 20%
      security('UST3', 'bond', 50, 1_000, { issuer: 'SOVEREIGN', rating: 'AAA', maturityYears: 3 }), // 50,000, 2%
      security('CORP7', 'bond', 20, 1_000, { rating: 'A', maturityYears: 7 }), // 20,000, other A+…BBB− 5–10y 12%
      security('BTC', 'crypto', 1, 60_000), // ineligible
      security('JUNK', 'bond', 10, 1_000), // unrated: ineligible
    ];
    const r = applyHaircuts(holdings, undefined, { accountCurrency: 'usd' });
    // eligible market value 50,000 + 11,000 + 100,000 + 50,000 + 50,000 + 20,000 = 281,000
    // XYZ above 30% × 281,000 = 84,300 by 15,700 → extra 25% × 15,700 = 3,925 → rate 3,925 / 100,000 = 0.03925
    const byId = Object.fromEntries(r.lines.map((l) => [l.holdingId, l]));
    expect(byId.usd).toMatchObject({ marketValue: 50_000, haircutRate: 0, fxHaircut: 0, concentrationHaircut: 0, collateralValue: 50_000, eligible: true });
    expect(byId.eur!.marketValue).toBeCloseTo(11_000, 9);
    expect(byId.eur!.fxHaircut).toBe(0.08);
    expect(byId.eur!.collateralValue).toBeCloseTo(11_000 * 0.92, 9); // 10,120
    expect(byId.XYZ!.haircutRate).toBe(0.3);
    expect(byId.XYZ!.concentrationHaircut).toBeCloseTo(0.03925, 12);
    expect(byId.XYZ!.collateralValue).toBeCloseTo(100_000 * (1 - 0.3 - 0.03925), 6); // 66,075
    expect(byId.SPY).toMatchObject({ haircutRate: 0.2, concentrationHaircut: 0 });
    expect(byId.SPY!.collateralValue).toBeCloseTo(40_000, 9);
    expect(byId.UST3!.haircutRate).toBe(0.02);
    expect(byId.UST3!.collateralValue).toBeCloseTo(49_000, 9);
    expect(byId.CORP7!.haircutRate).toBe(0.12);
    expect(byId.CORP7!.collateralValue).toBeCloseTo(17_600, 9);
    expect(byId.BTC).toMatchObject({ eligible: false, haircutRate: 1, collateralValue: 0, marketValue: 60_000 });
    expect(byId.BTC!.reason).toMatch(/SCO60/);
    expect(byId.JUNK).toMatchObject({ eligible: false, collateralValue: 0 });
    expect(byId.JUNK!.reason).toMatch(/unrated/);
    // totals: 50,000 + 10,120 + 66,075 + 40,000 + 49,000 + 17,600 = 232,795; market value adds 60,000 + 10,000 ineligible
    expect(r.collateralValue).toBeCloseTo(232_795, 6);
    expect(r.marketValue).toBeCloseTo(351_000, 6);
  });

  it('the CRE22.49 table: ratings, maturities, issuers', () => {
    const bond = (rating: string | undefined, maturityYears: number | undefined, issuer: 'SOVEREIGN' | 'OTHER' = 'OTHER') =>
      haircutRate(security('B', 'bond', 1, 100, { rating, maturityYears, issuer }));
    expect(bond('AAA', 0.5, 'SOVEREIGN')).toBe(0.005);
    expect(bond('AA-', 8, 'SOVEREIGN')).toBe(0.04);
    expect(bond('BBB-', 2, 'SOVEREIGN')).toBe(0.03);
    expect(bond('BB', 2, 'SOVEREIGN')).toBe(0.15); // sovereign BB+…BB− still eligible
    expect(bond('BB', 2)).toBe(1); // other issuers below BBB− are not
    expect(bond('AAA', 2)).toBe(0.03); // other AAA 1–3y
    expect(bond('AAA', 4)).toBe(0.04); // 3–5y
    expect(bond('AAA', 12)).toBe(0.12); // >10y
    expect(bond('BBB', 12)).toBe(0.2);
    expect(bond('Aa2', 0.5)).toBe(0.01); // Moody's Aa2 = AA
    expect(bond('Baa3', 4)).toBe(0.06); // Moody's Baa3 = BBB−
    expect(bond('A', undefined)).toBe(0.2); // unknown maturity: the longest bucket
    expect(bond('CCC', 1)).toBe(1);
    expect(haircutRate(security('E', 'equity', 1, 1))).toBe(0.3);
    expect(haircutRate(security('E', 'equity', 1, 1, { mainIndex: true }))).toBe(0.2);
    expect(haircutRate(security('G', 'gold', 1, 1))).toBe(0.2);
    expect(haircutRate(security('O', 'option', 1, 1))).toBe(1);
    expect(haircutRate({ holdingId: 'c', kind: 'CASH', currency: 'JPY', quantity: 1 })).toBe(0);
    expect(haircutRate(security('BTC', 'crypto', 1, 1), { assetClassHaircuts: { CRYPTO: 0.5 } })).toBe(0.5);
  });

  it('FX add-on applies to securities too; unpriced securities count 0; prices come from the map', () => {
    const r = applyHaircuts(
      [security('SAP', 'equity', 10, 0, { price: undefined, currency: 'EUR', mainIndex: true }), security('NOPRICE', 'etf', 5, 0, { price: undefined })],
      new Map([['SAP', 200]]),
      { concentrationShare: 1 },
    );
    // 10 × 200 = 2,000 × (1 − 20% − 8%) = 1,440
    expect(r.lines[0]).toMatchObject({ marketValue: 2000, haircutRate: 0.2, fxHaircut: 0.08, eligible: true });
    expect(r.lines[0]!.collateralValue).toBeCloseTo(1440, 9);
    expect(r.lines[1]).toMatchObject({ marketValue: 0, collateralValue: 0, eligible: false });
    expect(r.collateralValue).toBeCloseTo(1440, 9);
  });

  it('rejects bad holdings', () => {
    expectBadInput(() => applyHaircuts([security('X', 'equity', -1, 10)]), 'holdings[0].quantity');
    expectBadInput(() => applyHaircuts([security('X', 'equity', 1, Number.NaN)]), 'holdings[0].price');
    expectBadInput(() => applyHaircuts([security('X', 'equity', 1, 1, { price: undefined })], new Map([['X', Number.NaN]])), 'prices["X"]');
    expectBadInput(() => applyHaircuts([], undefined, { concentrationShare: 0 }), 'policy.concentrationShare');
  });
});
