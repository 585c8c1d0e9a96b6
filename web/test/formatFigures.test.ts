import { describe, expect, it } from 'vitest';
import { formatCompact, formatDate, formatDateTime, formatMoney, formatPercent, formatQuantity, formatSignedMoney, formatSignedPercent, signClass } from '../src/ui/formatFigures.ts';

describe('formatFigures', () => {
  it('formats money with separators, cents on request, and never "-0"', () => {
    expect(formatMoney(1234567.8)).toBe('1,234,568');
    expect(formatMoney(1234567.8, { cents: true })).toBe('1,234,567.80');
    expect(formatMoney(-0.4)).toBe('0');
    expect(formatMoney(-0.001, { cents: true })).toBe('0.00');
    expect([null, undefined, Number.NaN, Infinity].map((v) => formatMoney(v))).toEqual(['—', '—', '—', '—']);
  });

  it('signs P&L with a real minus and leaves zero unsigned', () => {
    expect(formatSignedMoney(1234.4)).toBe('+1,234');
    expect(formatSignedMoney(-1234.6)).toBe('−1,235');
    expect(formatSignedMoney(0.2)).toBe('0');
    expect(formatSignedMoney(-12.345, { cents: true })).toBe('−12.35');
  });

  it('formats fractions as percentages, signed on request', () => {
    expect(formatPercent(0.1234)).toBe('12.34%');
    expect(formatPercent(-0.00001)).toBe('0.00%');
    expect(formatPercent(0.5, 0)).toBe('50%');
    expect(formatSignedPercent(0.0123)).toBe('+1.23%');
    expect(formatSignedPercent(-0.5)).toBe('−50.00%');
    expect(formatSignedPercent(0.00001)).toBe('0.00%');
    expect(formatPercent(null)).toBe('—');
  });

  it('formats quantities, compact figures, dates and signs', () => {
    expect(formatQuantity(1234.5)).toBe('1,234.5');
    expect(formatQuantity(0.1234567)).toBe('0.123457');
    expect(formatCompact(1_200_000)).toBe('1.2M');
    expect(formatDate('2026-01-05T14:30:00Z')).toBe('2026-01-05');
    expect(formatDateTime('2026-01-05T14:30:59Z')).toBe('2026-01-05 14:30 UTC');
    expect(formatDate('not a date')).toBe('—');
    expect([signClass(2), signClass(-1), signClass(0), signClass(null)]).toEqual(['up', 'down', '', '']);
  });
});
