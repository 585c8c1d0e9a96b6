import { describe, expect, it } from 'vitest';
import { marginLevel, utilizationBarPercent, utilizationLevel } from '../src/lib/marginLevel.ts';

describe('utilizationLevel', () => {
  it('is calm below 70%, warning from 70% and danger from 90%', () => {
    expect([0, 0.5, 0.6999, 0.7, 0.85, 0.8999, 0.9, 1.2, 1_000].map(utilizationLevel)).toEqual([
      'calm',
      'calm',
      'calm',
      'warning',
      'warning',
      'warning',
      'danger',
      'danger',
      'danger',
    ]);
  });

  it('reads an unreadable utilisation as danger, never calm', () => {
    expect(utilizationLevel(Number.NaN)).toBe('danger');
  });
});

describe('marginLevel', () => {
  it('is call for an account in call whatever its utilisation', () => {
    expect(marginLevel(0.2, true)).toBe('call');
    expect(marginLevel(0.95, false)).toBe('danger');
    expect(marginLevel(0.75, false)).toBe('warning');
  });
});

describe('utilizationBarPercent', () => {
  it('fills the bar in proportion, clamped to 0…100', () => {
    expect(utilizationBarPercent(0.425)).toBeCloseTo(42.5);
    expect(utilizationBarPercent(-0.1)).toBe(0);
    expect(utilizationBarPercent(1.5)).toBe(100);
    expect(utilizationBarPercent(1_000)).toBe(100);
    expect(utilizationBarPercent(Number.NaN)).toBe(100);
  });
});
