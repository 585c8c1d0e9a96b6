import { describe, expect, it } from 'vitest';
import { LiveClock, TestClock } from '../src/index.ts';

describe('TestClock', () => {
  it('fires timers in time order, setting now() to each due time', async () => {
    const clock = new TestClock(0);
    const fired: Array<[string, number]> = [];
    clock.setTimeout(() => fired.push(['b', clock.now()]), 200);
    clock.setTimeout(() => fired.push(['a', clock.now()]), 100);
    const every = clock.setInterval(() => fired.push(['tick', clock.now()]), 150);
    await clock.advance(350);
    expect(fired).toEqual([['a', 100], ['tick', 150], ['b', 200], ['tick', 300]]);
    expect(clock.now()).toBe(350);
    clock.clear(every);
    await clock.advance(1000);
    expect(fired).toHaveLength(4);
    expect(clock.pending).toBe(0);
  });

  it('lets async work started by a timer settle before the next timer fires', async () => {
    const clock = new TestClock(0);
    const log: string[] = [];
    clock.setTimeout(async () => {
      await Promise.resolve();
      log.push('first done');
    }, 10);
    clock.setTimeout(() => log.push('second'), 20);
    await clock.advance(20);
    expect(log).toEqual(['first done', 'second']);
  });

  it('resolves sleep() only when advanced past it, and refuses to go backwards', async () => {
    const clock = new TestClock(1000);
    let woke = false;
    void clock.sleep(500).then(() => (woke = true));
    await clock.advance(499);
    expect(woke).toBe(false);
    await clock.advance(1);
    expect(woke).toBe(true);
    await expect(clock.advance(-1)).rejects.toThrow(/cannot go backwards/);
  });
});

describe('LiveClock', () => {
  it('reads wall time and runs real timers', async () => {
    const clock = new LiveClock();
    const before = Date.now();
    expect(Math.abs(clock.now() - before)).toBeLessThan(50);
    await clock.sleep(5);
    let ran = false;
    const handle = clock.setTimeout(() => (ran = true), 1);
    clock.clear(handle);
    await clock.sleep(10);
    expect(ran).toBe(false);
  });
});
