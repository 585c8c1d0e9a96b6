import { describe, expect, it } from 'vitest';
import { computeRegTRequirement } from '../../../src/domain/margin/computeRegTRequirement.ts';
import { computeRequirement } from '../../../src/domain/margin/computeRequirement.ts';
import { shortStockMaintenancePerShare } from '../../../src/domain/margin/shortStockMaintenance.ts';
import { nakedOptionRequirementPerShare } from '../../../src/domain/margin/nakedOptionRequirement.ts';
import { DEFAULT_MARGIN_POLICY, resolveMarginPolicy } from '../../../src/domain/margin/marginPolicy.ts';
import { NO_CONCENTRATION, option, stock } from './fixtures.ts';

const byRule = (lines: { rule: string; instrumentId: string }[]) => lines.map((l) => `${l.rule}:${l.instrumentId}`);

describe('Reg T / FINRA 4210 strategy-based margin', () => {
  // Long 100 AAA @ 50, short 100 BBB @ 40, short 1 AAA 55 call @ 1.20 (covered by the AAA shares),
  // short 2 CCC 65 calls @ 2.00 with CCC at 60 (naked, CCC not held).
  const positions = [
    stock('AAA', 100, 50),
    stock('BBB', -100, 40),
    option('AAA C55', 'AAA', 'CALL', 55, -1, 1.2),
    option('CCC C65', 'CCC', 'CALL', 65, -2, 2),
  ];
  const prices = new Map([['AAA', 50], ['BBB', 40], ['CCC', 60]]);

  it('a hand-computed account: long, short, covered call and naked call', () => {
    const r = computeRegTRequirement(positions, prices, NO_CONCENTRATION);
    // long AAA: MV 5,000 → initial 50% = 2,500, maintenance 25% = 1,250
    // short BBB: MV 4,000 → maintenance max($5 × 100 = 500, 30% × 4,000 = 1,200) = 1,200; initial max(50% × 4,000 = 2,000, 1,200) = 2,000
    // covered AAA call: 0
    // naked CCC call: OTM = 65 − 60 = 5; max(2 + 0.2·60 − 5 = 9, 2 + 0.1·60 = 8) = 9 per share × 100 × 2 = 1,800
    expect(r.methodology).toBe('REG_T');
    expect(r.maintenance).toBeCloseTo(1250 + 1200 + 0 + 1800, 9); // 4,250
    expect(r.initial).toBeCloseTo(2500 + 2000 + 0 + 1800, 9); // 6,300
    // 5,000 − 4,000 − 1 × 100 × 1.20 − 2 × 100 × 2.00 = 480
    expect(r.marketValue).toBeCloseTo(480, 9);
    expect(r.concentrationAddOn).toBe(0);
    expect(byRule(r.lines)).toEqual(['LONG_EQUITY:AAA', 'SHORT_EQUITY:BBB', 'NAKED_CALL:CCC C65', 'COVERED_CALL:AAA C55']);
    const naked = r.lines.find((l) => l.rule === 'NAKED_CALL')!;
    expect(naked.maintenance).toBeCloseTo(1800, 9);
    expect(r.lines.find((l) => l.rule === 'COVERED_CALL')).toMatchObject({ initial: 0, maintenance: 0 });
  });

  it('adds the concentration add-on with the default policy', () => {
    const r = computeRegTRequirement(positions, prices);
    // gross exposure: AAA 5,000 stock + 1 × 100 × 50 call notional = 10,000; BBB 4,000; CCC 2 × 100 × 60 = 12,000 → 26,000
    // threshold 25% × 26,000 = 6,500 → AAA excess 3,500, CCC excess 5,500, BBB none
    // add-on 15% × (3,500 + 5,500) = 1,350
    expect(r.concentrationAddOn).toBeCloseTo(1350, 9);
    expect(r.maintenance).toBeCloseTo(4250 + 1350, 9);
    expect(r.initial).toBeCloseTo(6300 + 1350, 9);
    const conc = r.lines.filter((l) => l.rule === 'CONCENTRATION');
    expect(conc.map((l) => [l.instrumentId, l.symbol])).toEqual([['AAA', 'AAA'], ['CCC', 'CCC']]);
    expect(conc[0]!.maintenance).toBeCloseTo(0.15 * 3500, 9); // 525
    expect(conc[1]!.maintenance).toBeCloseTo(0.15 * 5500, 9); // 825
  });

  it('a single name is not share-concentrated, but a value above thresholdValue is', () => {
    const one = [stock('AAA', 1000, 50)];
    expect(computeRegTRequirement(one, new Map()).concentrationAddOn).toBe(0);
    // exposure 50,000 above a 40,000 threshold: 15% × 10,000 = 1,500
    const r = computeRegTRequirement(one, new Map(), { concentration: { thresholdValue: 40_000 } });
    expect(r.concentrationAddOn).toBeCloseTo(1500, 9);
    expect(r.maintenance).toBeCloseTo(12_500 + 1500, 9); // 25% × 50,000 + 1,500
  });

  it('FINRA 4210(c)(2)/(3) low-price floors for short stock', () => {
    // < $5: max($2.50, 100% of price) per share
    expect(shortStockMaintenancePerShare(3)).toBe(3); // 100% of $3 > $2.50
    expect(shortStockMaintenancePerShare(2)).toBe(2.5); // $2.50 > $2
    expect(shortStockMaintenancePerShare(4.99)).toBe(4.99);
    // ≥ $5: max($5.00, 30% of price)
    expect(shortStockMaintenancePerShare(5)).toBe(5); // 30% × 5 = 1.5 < 5
    expect(shortStockMaintenancePerShare(10)).toBe(5); // 30% × 10 = 3 < 5
    expect(shortStockMaintenancePerShare(20)).toBeCloseTo(6, 12); // 30% × 20 = 6 > 5

    const cases: Array<[number, number, number]> = [
      // price, maintenance for 1,000 shares short, initial
      [2, 2500, 2500], // max(2.5 × 1,000, 2,000) = 2,500; initial max(50% × 2,000 = 1,000, 2,500) = 2,500
      [3, 3000, 3000], // max(2,500, 3,000) = 3,000; initial max(1,500, 3,000)
      [10, 5000, 5000], // max(5,000, 3,000) = 5,000; initial max(5,000, 5,000)
      [20, 6000, 10000], // max(5,000, 6,000) = 6,000; initial 50% × 20,000 = 10,000
    ];
    for (const [price, maintenance, initial] of cases) {
      const r = computeRegTRequirement([stock('LOW', -1000, price)], new Map(), NO_CONCENTRATION);
      expect(r.maintenance, `maintenance at ${price}`).toBeCloseTo(maintenance, 9);
      expect(r.initial, `initial at ${price}`).toBeCloseTo(initial, 9);
    }
  });

  it('naked puts use 10% of the strike as the minimum', () => {
    // S = 50, K = 45, premium 1.50: OTM = 5; max(1.5 + 10 − 5 = 6.5, 1.5 + 4.5 = 6) = 6.5
    expect(nakedOptionRequirementPerShare('PUT', 1.5, 50, 45)).toBeCloseTo(6.5, 12);
    // S = 50, K = 30, premium 0.10: OTM = 20; max(0.1 + 10 − 20 = −9.9, 0.1 + 3 = 3.1) = 3.1
    expect(nakedOptionRequirementPerShare('PUT', 0.1, 50, 30)).toBeCloseTo(3.1, 12);
    // ITM call: S = 50, K = 40, premium 10.5: OTM 0; max(10.5 + 10, 10.5 + 5) = 20.5
    expect(nakedOptionRequirementPerShare('CALL', 10.5, 50, 40)).toBeCloseTo(20.5, 12);
    const r = computeRegTRequirement([option('XYZ P45', 'XYZ', 'PUT', 45, -3, 1.5)], new Map([['XYZ', 50]]), NO_CONCENTRATION);
    expect(r.lines).toEqual([{ instrumentId: 'XYZ P45', symbol: 'XYZ P45', rule: 'NAKED_PUT', initial: 1950, maintenance: 1950 }]); // 6.5 × 100 × 3
  });

  it('pairs contracts with shares: leftover shares stay long stock, leftover contracts are naked', () => {
    // 150 shares cover 1 contract (floor(150 / 100)); 2 of 3 short calls are naked.
    const r = computeRegTRequirement(
      [stock('AAA', 150, 50), option('AAA C55', 'AAA', 'CALL', 55, -3, 1.2)],
      new Map([['AAA', 50]]),
      NO_CONCENTRATION,
    );
    // long stock 25% × 7,500 = 1,875; naked per share max(1.2 + 10 − 5 = 6.2, 1.2 + 5 = 6.2) = 6.2 → × 100 × 2 = 1,240
    expect(byRule(r.lines)).toEqual(['LONG_EQUITY:AAA', 'COVERED_CALL:AAA C55', 'NAKED_CALL:AAA C55']);
    expect(r.maintenance).toBeCloseTo(1875 + 1240, 9);
    // initial: 50% × 7,500 = 3,750 + 1,240
    expect(r.initial).toBeCloseTo(3750 + 1240, 9);
  });

  it('covers the most expensive short calls first', () => {
    // 100 shares, short 1 C45 (ITM, req max(6 + 10, 6 + 5) = 16) and short 1 C60 (OTM 10, req max(0.5 + 10 − 10, 0.5 + 5) = 5.5)
    const r = computeRegTRequirement(
      [stock('AAA', 100, 50), option('AAA C60', 'AAA', 'CALL', 60, -1, 0.5), option('AAA C45', 'AAA', 'CALL', 45, -1, 6)],
      new Map([['AAA', 50]]),
      NO_CONCENTRATION,
    );
    expect(byRule(r.lines)).toEqual(['LONG_EQUITY:AAA', 'COVERED_CALL:AAA C45', 'NAKED_CALL:AAA C60']);
    expect(r.maintenance).toBeCloseTo(1250 + 550, 9);
  });

  it('a short put covered by short stock carries no option requirement; long options are paid in full', () => {
    const r = computeRegTRequirement(
      [stock('BBB', -100, 40), option('BBB P35', 'BBB', 'PUT', 35, -1, 0.8), option('BBB C45', 'BBB', 'CALL', 45, 2, 0.6)],
      new Map([['BBB', 40]]),
      NO_CONCENTRATION,
    );
    // short stock 1,200 maintenance / 2,000 initial; covered put 0; long calls 100% of 2 × 100 × 0.60 = 120
    expect(byRule(r.lines)).toEqual(['SHORT_EQUITY:BBB', 'LONG_OPTION:BBB C45', 'COVERED_PUT:BBB P35']);
    expect(r.maintenance).toBeCloseTo(1200 + 120, 9);
    expect(r.initial).toBeCloseTo(2000 + 120, 9);
  });

  it('other asset classes use the policy rate table', () => {
    const r = computeRegTRequirement(
      [
        stock('BTC', 1, 60_000, 'crypto'), // 100% / 100%
        stock('UST', 10, 1_000, 'bond'), // 20% / 10% of 10,000
        { ...stock('ES', 2, 4_000, 'future'), multiplier: 50 }, // 12% / 10% of 400,000
        stock('XAU', -5, 2_000, 'WeirdClass'), // default 100% / 100% of 10,000
      ],
      new Map(),
      NO_CONCENTRATION,
    );
    expect(r.lines.every((l) => l.rule === 'ASSET_CLASS_RATE')).toBe(true);
    expect(r.initial).toBeCloseTo(60_000 + 2_000 + 48_000 + 10_000, 6);
    expect(r.maintenance).toBeCloseTo(60_000 + 1_000 + 40_000 + 10_000, 6);
    // overriding one class keeps the others
    const custom = computeRegTRequirement([stock('BTC', 1, 60_000, 'crypto')], new Map(), { ...NO_CONCENTRATION, assetClassRates: { CRYPTO: { initial: 0.5, maintenance: 0.4 } } });
    expect(custom.maintenance).toBeCloseTo(24_000, 9);
    expect(resolveMarginPolicy({ assetClassRates: { crypto: { initial: 0.5, maintenance: 0.4 } } }).assetClassRates.bond).toEqual({ initial: 0.2, maintenance: 0.1 });
  });

  it('a house maintenance multiplier shows as its own line and never lifts initial below maintenance', () => {
    const r = computeRegTRequirement([stock('AAA', 100, 50)], new Map(), { ...NO_CONCENTRATION, houseMaintenanceMultiplier: 1.5 });
    // 1,250 × 1.5 = 1,875; initial stays 2,500
    expect(r.maintenance).toBeCloseTo(1875, 9);
    expect(r.initial).toBeCloseTo(2500, 9);
    const r3 = computeRegTRequirement([stock('AAA', 100, 50)], new Map(), { ...NO_CONCENTRATION, houseMaintenanceMultiplier: 3 });
    // 1,250 × 3 = 3,750 > 2,500 initial → initial 3,750
    expect(r3.maintenance).toBeCloseTo(3750, 9);
    expect(r3.initial).toBeCloseTo(3750, 9);
    const house = r3.lines.find((l) => l.rule === 'HOUSE_MULTIPLIER')!;
    expect(house.maintenance).toBeCloseTo(2500, 9);
    expect(house.initial).toBeCloseTo(1250, 9);
    expect(r3.lines.reduce((s, l) => s + l.maintenance, 0)).toBeCloseTo(r3.maintenance, 9);
    expect(r3.lines.reduce((s, l) => s + l.initial, 0)).toBeCloseTo(r3.initial, 9);
  });

  it('computeRequirement dispatches on methodology; defaults are the regulatory minimums', () => {
    expect(computeRequirement('REG_T', [stock('AAA', 100, 50)], new Map()).maintenance).toBeCloseTo(1250, 9);
    expect(computeRequirement('PORTFOLIO', [stock('AAA', 100, 50)], new Map()).groups).toHaveLength(1);
    expect(DEFAULT_MARGIN_POLICY.regT).toEqual({ initialRate: 0.5, longMaintenanceRate: 0.25, shortMaintenanceRate: 0.3 });
    expect(Object.isFrozen(DEFAULT_MARGIN_POLICY.scenario.priceMoves)).toBe(true);
  });
});
