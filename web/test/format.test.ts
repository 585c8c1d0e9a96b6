import { describe, expect, it } from 'vitest';
import { decimalsForTick, formatBarTime, formatBarTimestamp, formatChange, formatPrice, formatVolume } from '../src/lib/format.ts';

describe('decimalsForTick', () => {
  it('shows as many decimals as the tick grid needs', () => {
    expect([1, 0.25, 0.01, 0.0005, 0.00001, 1e-8].map(decimalsForTick)).toEqual([0, 2, 2, 4, 5, 8]);
  });

  it('falls back to 2 for a missing or invalid tick size', () => {
    expect([0, -1, Number.NaN, Infinity].map(decimalsForTick)).toEqual([2, 2, 2, 2]);
  });
});

describe('formatPrice', () => {
  it('formats on the tick grid with thousands separators', () => {
    expect(formatPrice(1234.5, 0.01)).toBe('1,234.50');
    expect(formatPrice(1.08423, 0.00001)).toBe('1.08423');
    expect(formatPrice(5012, 1)).toBe('5,012');
  });

  it('shows a dash when there is no price', () => {
    expect(formatPrice(null)).toBe('—');
    expect(formatPrice(undefined)).toBe('—');
  });
});

describe('formatChange and formatVolume', () => {
  it('signs percent changes and refuses a zero base', () => {
    expect(formatChange(100, 101.234)).toBe('+1.23%');
    expect(formatChange(100, 98)).toBe('-2.00%');
    expect(formatChange(0, 5)).toBe('—');
  });

  it('abbreviates volumes', () => {
    expect(formatVolume(1_234_567)).toBe('1.2M');
    expect(formatVolume(950)).toBe('950');
  });
});

describe('bar time labels', () => {
  it('show UTC time for intraday bars and the date for daily bars', () => {
    expect(formatBarTime('2026-01-05T14:30:00Z', 'M5')).toBe('14:30');
    expect(formatBarTime('2026-01-05T00:00:00Z', 'D1')).toBe('2026-01-05');
    expect(formatBarTimestamp('2026-01-05T14:30:00Z', 'H1')).toBe('2026-01-05 14:30 UTC');
    expect(formatBarTime('not a date', 'M1')).toBe('');
  });
});
