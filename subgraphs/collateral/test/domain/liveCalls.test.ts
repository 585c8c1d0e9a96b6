import { describe, expect, it } from 'vitest';
import { LiveCallBook } from '../../src/domain/liveCalls.ts';

describe('LiveCallBook (the monitor\'s call state machine)', () => {
  it('raise → raised: the pending call gets its id', () => {
    const calls = new LiveCallBook();
    const pending = calls.raise('a', 'MAINTENANCE');
    expect(calls.get('a')).toEqual({ id: null, kind: 'MAINTENANCE' });
    calls.raised('a', pending, '17');
    expect(calls.get('a')).toEqual({ id: '17', kind: 'MAINTENANCE' });
    expect(calls.size).toBe(1);
  });

  it('a clear that lands while the raise is written is not undone by the raise returning', () => {
    const calls = new LiveCallBook();
    const pending = calls.raise('a', 'MAINTENANCE');
    expect(calls.clear('a')).toBe(pending);
    calls.raised('a', pending, '17');
    expect(calls.has('a')).toBe(false);
  });

  it('a newer pending raise is not taken over by an older write', () => {
    const calls = new LiveCallBook();
    const older = calls.raise('a', 'MAINTENANCE');
    calls.clear('a');
    const newer = calls.raise('a', 'REGULATORY');
    calls.raised('a', older, '1');
    calls.raiseFailed('a', older, undefined);
    expect(calls.get('a')).toBe(newer);
    expect(newer.id).toBeNull();
  });

  it('a failed raise adopts the call already stored, or forgets the pending one so the next tick retries', () => {
    const calls = new LiveCallBook();
    const adopted = calls.raise('a', 'MAINTENANCE');
    calls.raiseFailed('a', adopted, '9');
    expect(calls.get('a')).toEqual({ id: '9', kind: 'MAINTENANCE' });
    const lost = calls.raise('b', 'MAINTENANCE');
    calls.raiseFailed('b', lost, undefined);
    expect(calls.has('b')).toBe(false);
  });

  it('a failed clear remembers the call (still live in the database) unless a new one took its place', () => {
    const calls = new LiveCallBook();
    calls.load([{ accountId: 'a', id: '3', kind: 'HOUSE' }]);
    const cleared = calls.clear('a')!;
    calls.clearFailed('a', cleared);
    expect(calls.get('a')).toEqual({ id: '3', kind: 'HOUSE' });
    calls.clear('a');
    const fresh = calls.raise('a', 'MAINTENANCE');
    calls.clearFailed('a', cleared);
    expect(calls.get('a')).toBe(fresh);
  });

  it('forget drops a call closed by hand', () => {
    const calls = new LiveCallBook();
    calls.load([{ accountId: 'a', id: '3', kind: 'HOUSE' }]);
    calls.forget('a');
    expect(calls.has('a')).toBe(false);
    expect(calls.size).toBe(0);
  });
});
