import { describe, expect, it } from 'vitest';
import { createAccel, normInv } from '@nautilus/accel';
import { baselTrafficLight } from '../src/domain/baselTrafficLight.ts';
import { christoffersenIndependence } from '../src/domain/christoffersenIndependence.ts';
import { computeCornishFisherVaR, cornishFisherQuantile } from '../src/domain/computeCornishFisherVaR.ts';
import { computeHistoricalVaR } from '../src/domain/computeHistoricalVaR.ts';
import { computePnlMaxDrawdown } from '../src/domain/computePnlMaxDrawdown.ts';
import { computeParametricVaR } from '../src/domain/computeParametricVaR.ts';
import { computeStress } from '../src/domain/computeStress.ts';
import { estimateRisk } from '../src/domain/estimateRisk.ts';
import { filterHistoricalReturns } from '../src/domain/filterHistoricalReturns.ts';
import { kupiecPof } from '../src/domain/kupiecPof.ts';
import { scoreVarBacktest } from '../src/service/runVarBacktest.ts';
import type { HeldPosition } from '../src/service/types.ts';

describe('VaR and ES', () => {
  it('historical: a 5-observation VaR/ES by hand, scaled by √horizon', () => {
    const pnl = [-10, 4, -2, 6, 1]; // sorted: -10, -2, 1, 4, 6
    expect(computeHistoricalVaR({ pnl, confidence: 0.8 })).toEqual({ var: 10, es: 10 }); // k = ⌈5·0.2⌉ = 1
    expect(computeHistoricalVaR({ pnl, confidence: 0.6 })).toEqual({ var: 2, es: 6 }); // k = 2: −(−2), −(−10 − 2)/2
    expect(computeHistoricalVaR({ pnl, confidence: 0.6, horizonDays: 4 })).toEqual({ var: 4, es: 12 });
  });

  it('parametric: a 2-asset VaR by hand, and component VaRs sum to it', () => {
    // v = (100, 200), σ = (1%, 2%), ρ = 0.5 → vᵀΣv = 1 + 4 + 16 = 21
    const r = computeParametricVaR({ values: [100, 200], covariance: [1e-4, 1e-4, 1e-4, 4e-4], confidence: 0.99 });
    expect(r.sigma).toBeCloseTo(Math.sqrt(21), 12);
    expect(r.var).toBeCloseTo(10.660665225591746, 9);
    expect(r.component[0]! + r.component[1]!).toBeCloseTo(r.var, 12);
    // marginal_1 = z·(Σv)_1/σ = 2.3263·(0.01 + 0.02)/√21
    expect(r.marginal[0]).toBeCloseTo((normInv(0.99) * 0.03) / Math.sqrt(21), 12);
    // ES/VaR for a normal at 99% = φ(z)/(0.01·z) ≈ 1.1456
    expect(r.es / r.var).toBeCloseTo(1.1456, 3);
    expect(computeParametricVaR({ values: [100, 200], covariance: [1e-4, 1e-4, 1e-4, 4e-4], confidence: 0.99, horizonDays: 9 }).var).toBeCloseTo(3 * r.var, 9);
  });

  it('Cornish-Fisher reduces to the normal quantile when skew = kurtosis = 0, and fattens the tail otherwise', () => {
    expect(cornishFisherQuantile(-2.326, 0, 0)).toBe(-2.326);
    const normal = computeParametricVaR({ values: [1], covariance: [4], confidence: 0.99 });
    const cf = computeCornishFisherVaR({ sigma: 2, skew: 0, excessKurtosis: 0, confidence: 0.99 });
    expect(cf.var).toBeCloseTo(normal.var, 10);
    expect(cf.es).toBeCloseTo(normal.es, 2); // ES is integrated numerically
    const fat = computeCornishFisherVaR({ sigma: 2, skew: -0.5, excessKurtosis: 3, confidence: 0.99 });
    expect(fat.var).toBeGreaterThan(normal.var);
  });

  it('filtered historical rescales old returns to today’s EWMA volatility (Hull & White 1998)', () => {
    const calm = Array.from({ length: 50 }, (_, t) => (t % 2 ? 0.01 : -0.01));
    const [filtered] = filterHistoricalReturns([[...calm, ...calm.map((r) => r * 3)]]);
    // a volatile recent spell lifts the rescaled calm days above their raw size
    expect(Math.abs(filtered![40]!)).toBeGreaterThan(0.025);
    expect(Math.abs(filtered![99]!)).toBeLessThan(0.035);
  });

  it('max drawdown of a value path', () => {
    expect(computePnlMaxDrawdown(100, [10, -22, 5, 20])).toBeCloseTo(0.2, 12); // peak 110 → 88
    expect(computePnlMaxDrawdown(0, [1, -1])).toBe(0);
  });

  it('stress: built-in scenarios by asset class plus user shocks', () => {
    const positions: HeldPosition[] = [
      { instrumentId: 1, symbol: 'EQ', quantity: 10, price: 100, value: 1000 },
      { instrumentId: 2, symbol: 'BD', quantity: 10, price: 100, value: 1000 },
    ];
    const out = computeStress({ positions, classes: new Map([['EQ', 'equity'], ['BD', 'bond']]), userShocks: [{ symbol: 'EQ', return: -0.1 }] });
    expect(out.map((s) => [s.scenario, Math.round(s.pnl * 1e6) / 1e6])).toEqual([
      ['2008 crisis', -350],
      ['2020 crash', -310],
      ['Rates +200bp', -190],
      ['User shocks', -100],
    ]);
  });

  it('Monte Carlo (accel portfolioRisk) agrees with parametric within 2% on normal data', async () => {
    const accel = await createAccel({ backends: ['js'], calibrate: 'never' });
    try {
      // deterministic, roughly normal two-asset returns
      let s = 7;
      const u = () => ((s = (s * 16807) % 2147483647) / 2147483647);
      const gauss = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
      const a = Array.from({ length: 500 }, () => 0.01 * gauss());
      const b = a.map((x) => 0.5 * x + 0.015 * gauss());
      const positions: HeldPosition[] = [
        { instrumentId: 1, symbol: 'A', quantity: 10, price: 100, value: 1000 },
        { instrumentId: 2, symbol: 'B', quantity: -5, price: 100, value: -500 },
      ];
      const common = { positions, returns: [a, b], confidence: 0.99, horizonDays: 10, paths: 100_000, seed: 42, accel };
      const mc = await estimateRisk({ ...common, method: 'MONTE_CARLO' });
      const para = await estimateRisk({ ...common, method: 'PARAMETRIC' });
      expect(mc.computedWith).toMatchObject({ backend: 'js', paths: 100_000 });
      expect(Math.abs(mc.var / para.var - 1)).toBeLessThan(0.02);
      expect(Math.abs(mc.es / para.es - 1)).toBeLessThan(0.03);
      expect(para.contributions.reduce((t, c) => t + c.componentVar, 0)).toBeCloseTo(para.var, 9);
    } finally {
      await accel.close();
    }
  });
});

describe('VaR backtests', () => {
  it('Kupiec POF by hand: 5 exceptions in 250 days at 99%', () => {
    const r = kupiecPof({ days: 250, exceptions: 5, confidence: 0.99 });
    expect(r.statistic).toBeCloseTo(1.956809788230622, 10);
    expect(r.pValue).toBeCloseTo(0.1619, 3); // P(χ²₁ > 1.957)
    expect(kupiecPof({ days: 250, exceptions: 0, confidence: 0.99 }).statistic).toBeCloseTo(-2 * 250 * Math.log(0.99), 10);
  });

  it('Christoffersen independence by hand on a clustered series', () => {
    // transitions: n00 = 5, n01 = 2, n10 = 2, n11 = 2
    const hits = [0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0].map(Boolean);
    expect(christoffersenIndependence(hits).statistic).toBeCloseTo(0.4996473411574751, 10);
    expect(christoffersenIndependence([false, false, false]).statistic).toBe(0);
  });

  it('Basel traffic light for 250 days at 99%: green ≤ 4, yellow 5–9, red ≥ 10', () => {
    const zone = (exceptions: number) => baselTrafficLight({ days: 250, exceptions, confidence: 0.99 });
    expect([0, 4, 5, 9, 10, 20].map(zone)).toEqual(['GREEN', 'GREEN', 'YELLOW', 'YELLOW', 'RED', 'RED']);
  });

  it('scores a hand-made series: exceptions listed with date, pnl and var', () => {
    const dates = [1, 2, 3, 4].map((d) => new Date(Date.UTC(2026, 0, d)));
    const r = scoreVarBacktest({ dates, pnl: [-5, -11, 3, -10], var: [10, 10, 10, 10], confidence: 0.99 });
    expect(r.exceptions).toBe(1); // a loss equal to VaR is not an exception
    expect(r.exceedances).toEqual([{ date: dates[1], pnl: -11, var: 10 }]);
  });
});
