import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatAmountDue,
  formatDueIn,
  formatEventTime,
  formatMethodology,
  formatProbability,
  formatUtilization,
} from '../src/lib/formatMargin.ts';

describe('formatAmount and formatAmountDue', () => {
  it('shows whole units with separators, and a dash when missing', () => {
    expect(formatAmount(1_234_567.8)).toBe('1,234,568');
    expect(formatAmount(-25_000.4)).toBe('-25,000');
    expect(formatAmount(-0.3)).toBe('0');
    expect(formatAmount(null)).toBe('—');
    expect(formatAmount(Number.NaN)).toBe('—');
  });

  it('shows an amount due to the cent, with its currency when known', () => {
    expect(formatAmountDue(12_345.671, 'USD')).toBe('USD 12,345.67');
    expect(formatAmountDue(500)).toBe('500.00');
    expect(formatAmountDue(undefined, 'USD')).toBe('—');
  });
});

describe('formatUtilization and formatProbability', () => {
  it('shows utilisation as a percent with one decimal, capped for accounts without equity', () => {
    expect(formatUtilization(0.8525)).toBe('85.3%');
    expect(formatUtilization(0)).toBe('0.0%');
    expect(formatUtilization(1.25)).toBe('125.0%');
    expect(formatUtilization(1_000)).toBe('≥1,000%');
    expect(formatUtilization(Number.NaN)).toBe('—');
  });

  it('shows probabilities as whole percents', () => {
    expect(formatProbability(0.3249)).toBe('32%');
    expect(formatProbability(0.004)).toBe('<1%');
    expect(formatProbability(0)).toBe('0%');
    expect(formatProbability(null)).toBe('—');
  });
});

describe('formatDueIn', () => {
  const now = Date.parse('2026-01-05T14:00:00Z');
  it('counts down to the due time and up once past it', () => {
    expect(formatDueIn('2026-01-05T17:12:30Z', now)).toBe('due in 3h 12m');
    expect(formatDueIn('2026-01-05T15:00:00Z', now)).toBe('due in 1h');
    expect(formatDueIn('2026-01-05T14:00:20Z', now)).toBe('due in <1m');
    expect(formatDueIn('2026-01-07T18:00:00Z', now)).toBe('due in 2d 4h');
    expect(formatDueIn('2026-01-05T13:35:00Z', now)).toBe('overdue 25m');
    expect(formatDueIn('not a date', now)).toBe('');
  });
});

describe('formatEventTime and formatMethodology', () => {
  it('shows event times in UTC and methodologies in words', () => {
    expect(formatEventTime('2026-01-05T14:30:05.123Z')).toBe('14:30:05');
    expect(formatEventTime('nope')).toBe('');
    expect(formatMethodology('REG_T')).toBe('Reg T');
    expect(formatMethodology('PORTFOLIO')).toBe('Portfolio');
  });
});
