/**
 * Every engine reads time from a `Clock`, never from `Date.now()`, so that a
 * session can be replayed deterministically: the market simulator, monitors
 * and runners schedule their work on the clock they are given.
 */
export interface Clock {
  /** Current time in epoch milliseconds. */
  now(): number;
  /** Runs `fn` once after `ms`. */
  setTimeout(fn: () => void, ms: number): TimerHandle;
  /** Runs `fn` every `ms` until cleared. */
  setInterval(fn: () => void, ms: number): TimerHandle;
  clear(handle: TimerHandle): void;
  /** Resolves after `ms` of this clock's time. */
  sleep(ms: number): Promise<void>;
}

export interface TimerHandle {
  readonly id: number;
}

/** Wall-clock time and real timers. */
export class LiveClock implements Clock {
  private readonly timers = new Map<number, NodeJS.Timeout>();
  private nextId = 1;

  now(): number {
    return Date.now();
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const id = this.nextId++;
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        fn();
      }, ms),
    );
    return { id };
  }

  setInterval(fn: () => void, ms: number): TimerHandle {
    const id = this.nextId++;
    this.timers.set(id, setInterval(fn, ms));
    return { id };
  }

  clear(handle: TimerHandle): void {
    const timer = this.timers.get(handle.id);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(handle.id);
    }
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.setTimeout(resolve, ms));
  }
}

interface ScheduledTimer {
  id: number;
  due: number;
  every: number | null;
  fn: () => void;
}

/**
 * A clock that only moves when told. `advance(ms)` fires every timer due in
 * that span in time order (ties in scheduling order), setting `now()` to each
 * timer's due time before running it, and awaits pending microtasks between
 * timers so async work started by a timer settles before the next one fires.
 */
export class TestClock implements Clock {
  private current: number;
  private timers: ScheduledTimer[] = [];
  private nextId = 1;

  constructor(start: number | Date = Date.UTC(2026, 0, 5, 14, 30)) {
    this.current = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    return this.schedule(fn, ms, null);
  }

  setInterval(fn: () => void, ms: number): TimerHandle {
    if (ms <= 0) throw new RangeError('TestClock.setInterval needs a positive interval');
    return this.schedule(fn, ms, ms);
  }

  clear(handle: TimerHandle): void {
    this.timers = this.timers.filter((t) => t.id !== handle.id);
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.setTimeout(resolve, ms));
  }

  /** Number of timers still scheduled. */
  get pending(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms`, firing due timers in order. */
  async advance(ms: number): Promise<void> {
    if (ms < 0) throw new RangeError('TestClock cannot go backwards');
    const target = this.current + ms;
    for (;;) {
      const next = this.nextDue(target);
      if (!next) break;
      this.current = next.due;
      if (next.every === null) this.timers = this.timers.filter((t) => t !== next);
      else next.due += next.every;
      next.fn();
      await flushMicrotasks();
    }
    this.current = target;
    await flushMicrotasks();
  }

  /** Jumps to an absolute time without firing timers (for setting up a scene). */
  set(time: number | Date): void {
    this.current = typeof time === 'number' ? time : time.getTime();
  }

  private schedule(fn: () => void, ms: number, every: number | null): TimerHandle {
    const id = this.nextId++;
    this.timers.push({ id, due: this.current + Math.max(0, ms), every, fn });
    return { id };
  }

  private nextDue(limit: number): ScheduledTimer | undefined {
    let best: ScheduledTimer | undefined;
    for (const t of this.timers) {
      if (t.due <= limit && (!best || t.due < best.due || (t.due === best.due && t.id < best.id))) best = t;
    }
    return best;
  }
}

async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise<void>((resolve) => setImmediate(resolve));
}
