import { describe, expect, it } from 'vitest';
import { STRATEGY_KINDS, defaultParams, validateStrategyParams } from '../../src/domain/index.ts';

describe('STRATEGY_KINDS', () => {
  it('catalogues the seven kinds, each parameter with a range that holds its default', () => {
    expect(Object.keys(STRATEGY_KINDS).sort()).toEqual(['MA_CROSSOVER', 'MEAN_REVERSION', 'PAIRS', 'TARGET_WEIGHTS', 'TS_MOMENTUM', 'VOL_BREAKOUT', 'XS_MOMENTUM']);
    for (const spec of Object.values(STRATEGY_KINDS)) {
      expect(spec.description.length).toBeGreaterThan(20);
      for (const p of spec.params) {
        expect(p.min).toBeLessThanOrEqual(p.default);
        expect(p.default).toBeLessThanOrEqual(p.max);
        expect(p.description.length).toBeGreaterThan(5);
      }
      expect(validateStrategyParams(spec.kind, defaultParams(spec.kind))).toMatchObject({ ok: true });
    }
  });
});

describe('validateStrategyParams', () => {
  it('fills defaults and normalises booleans', () => {
    expect(validateStrategyParams('MA_CROSSOVER', { fast: 5, allowShort: true })).toEqual({ ok: true, params: { fast: 5, slow: 50, allowShort: 1 } });
    expect(validateStrategyParams('TS_MOMENTUM', undefined)).toMatchObject({ ok: true, params: { lookback: 252, skip: 21 } });
  });

  it.each([
    ['NOPE', {}, 'kind', /unknown strategy kind/],
    ['MA_CROSSOVER', { fats: 5 }, 'params.fats', /unknown parameter fats/],
    ['MA_CROSSOVER', { fast: 0 }, 'params.fast', /between 1 and 250/],
    ['MA_CROSSOVER', { fast: 2.5 }, 'params.fast', /integer/],
    ['MA_CROSSOVER', { fast: '5' }, 'params.fast', /finite number/],
    ['MA_CROSSOVER', { fast: 60, slow: 50 }, 'params.slow', /greater than fast/],
    ['MA_CROSSOVER', { allowShort: 2 }, 'params.allowShort', /between 0 and 1/],
    ['TS_MOMENTUM', { lookback: 10, skip: 10 }, 'params.skip', /less than lookback/],
    ['MEAN_REVERSION', { entryZ: 1, exitZ: 1 }, 'params.exitZ', /less than entryZ/],
    ['XS_MOMENTUM', { topFraction: 0.9 }, 'params.topFraction', /between 0.01 and 0.5/],
    ['VOL_BREAKOUT', { multiplier: Number.POSITIVE_INFINITY }, 'params.multiplier', /finite/],
    ['PAIRS', [], 'params', /object/],
  ])('%s %j → error on %s', (kind, params, field, message) => {
    const r = validateStrategyParams(kind, params);
    expect(r).toMatchObject({ ok: false, field });
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('checks the universe: PAIRS needs exactly 2 symbols, XS_MOMENTUM at least 2, no duplicates; the prefix names the field', () => {
    expect(validateStrategyParams('PAIRS', {}, { symbols: ['A', 'B', 'C'] })).toMatchObject({ ok: false, field: 'symbols', message: expect.stringMatching(/exactly 2/) });
    expect(validateStrategyParams('PAIRS', {}, { symbols: ['A', 'B'] })).toMatchObject({ ok: true });
    expect(validateStrategyParams('XS_MOMENTUM', {}, { symbols: ['A'] })).toMatchObject({ ok: false, field: 'symbols' });
    expect(validateStrategyParams('MA_CROSSOVER', {}, { symbols: ['A', 'A'] })).toMatchObject({ ok: false, field: 'symbols', message: expect.stringMatching(/twice/) });
    expect(validateStrategyParams('MA_CROSSOVER', { slow: 1 }, { fieldPrefix: 'input.params' })).toMatchObject({ ok: false, field: 'input.params.slow' });
  });
});
