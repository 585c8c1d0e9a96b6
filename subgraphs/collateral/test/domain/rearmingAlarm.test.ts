import { describe, expect, it } from 'vitest';
import { RearmingAlarm } from '../../src/domain/rearmingAlarm.ts';

describe('RearmingAlarm', () => {
  it('fires once at the threshold and re-arms only below the re-arm level', () => {
    const alarm = new RearmingAlarm(0.9, 0.81);
    expect([0.5, 0.89, 0.9, 0.95, 0.85, 0.9, 0.8, 0.91].map((u) => alarm.check('a', u))).toEqual([false, false, true, false, false, false, false, true]);
  });

  it('keeps keys apart, and forget re-arms a key', () => {
    const alarm = new RearmingAlarm(0.25, 0.125);
    expect(alarm.check('a', 0.3)).toBe(true);
    expect(alarm.check('b', 0.3)).toBe(true);
    expect(alarm.check('a', 0.3)).toBe(false);
    alarm.forget('a');
    expect(alarm.check('a', 0.3)).toBe(true);
  });

  it('refuses a re-arm level above the threshold', () => {
    expect(() => new RearmingAlarm(0.5, 0.6)).toThrow(RangeError);
  });
});
