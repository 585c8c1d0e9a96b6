import type { TopicName, Topics } from './topics.ts';

export interface SubscribeOptions {
  /** Ends the subscription (the iterator returns) when aborted. */
  signal?: AbortSignal;
  /**
   * Events held for a subscriber that is not keeping up. Beyond this the
   * oldest events are dropped and counted in `dropped`, so a slow consumer
   * never makes the process buffer without bound. Default 10,000.
   */
  bufferSize?: number;
}

/** An async stream of one topic's events; `close()` ends it. */
export interface BusSubscription<T> extends AsyncIterableIterator<T> {
  close(): void;
  /** Events dropped because this subscriber's buffer was full. */
  readonly dropped: number;
}

/**
 * The event bus contract. Implementations: PostgreSQL LISTEN/NOTIFY (default,
 * no extra service), Redis pub/sub (when REDIS_URL is set), in-memory (unit
 * tests). All pass the same contract tests (`test/bus.contract.test.ts`).
 *
 * Delivery is at-most-once to subscribers present when the event is published,
 * in publish order per publisher. Durable state lives in the database; the bus
 * only says "this changed".
 */
export interface Bus {
  readonly kind: 'memory' | 'postgres' | 'redis';
  publish<T extends TopicName>(topic: T, payload: Topics[T]): Promise<void>;
  subscribe<T extends TopicName>(topic: T, options?: SubscribeOptions): BusSubscription<Topics[T]>;
  /** Resolves once the implementation is listening (e.g. LISTEN issued). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

type Waiter<T> = (result: IteratorResult<T>) => void;

/** A bounded queue exposed as an async iterator: the subscriber side of every bus. */
export class BoundedSubscription<T> implements BusSubscription<T> {
  private readonly buffer: T[] = [];
  private readonly waiters: Waiter<T>[] = [];
  private closed = false;
  private droppedCount = 0;

  constructor(
    private readonly capacity: number,
    private readonly onClose: () => void,
  ) {}

  get dropped(): number {
    return this.droppedCount;
  }

  /** Delivers one event to this subscriber. */
  push(value: T): void {
    if (this.closed) return;
    const waiter = this.waiters.shift();
    if (waiter) {
      waiter({ value, done: false });
      return;
    }
    if (this.buffer.length >= this.capacity) {
      this.buffer.shift();
      this.droppedCount++;
    }
    this.buffer.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    const value = this.buffer.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.buffer.length = 0;
    for (const waiter of this.waiters.splice(0)) waiter({ value: undefined, done: true });
    this.onClose();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * Local fan-out shared by every implementation: each process keeps one
 * upstream listener per topic and copies events to its subscribers.
 */
export class Fanout {
  private readonly subscribers = new Map<string, Set<BoundedSubscription<unknown>>>();

  constructor(
    /** Called when a topic gets its first local subscriber. */
    private readonly onFirst: (topic: string) => void,
    /** Called when a topic loses its last local subscriber. */
    private readonly onLast: (topic: string) => void,
  ) {}

  add<T>(topic: string, options: SubscribeOptions = {}): BoundedSubscription<T> {
    let set = this.subscribers.get(topic);
    if (!set) {
      set = new Set();
      this.subscribers.set(topic, set);
      this.onFirst(topic);
    }
    const subscribers = set;
    const subscription: BoundedSubscription<T> = new BoundedSubscription<T>(options.bufferSize ?? 10_000, () => {
      subscribers.delete(subscription as BoundedSubscription<unknown>);
      if (subscribers.size === 0 && this.subscribers.get(topic) === subscribers) {
        this.subscribers.delete(topic);
        this.onLast(topic);
      }
    });
    subscribers.add(subscription as BoundedSubscription<unknown>);
    if (options.signal) {
      if (options.signal.aborted) subscription.close();
      else options.signal.addEventListener('abort', () => subscription.close(), { once: true });
    }
    return subscription;
  }

  deliver(topic: string, payload: unknown): void {
    const set = this.subscribers.get(topic);
    if (!set) return;
    for (const subscriber of set) subscriber.push(payload);
  }

  closeAll(): void {
    for (const set of [...this.subscribers.values()]) for (const s of [...set]) s.close();
  }

  topics(): string[] {
    return [...this.subscribers.keys()];
  }
}
