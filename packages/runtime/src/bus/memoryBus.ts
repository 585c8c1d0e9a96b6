import { Fanout, type Bus, type BusSubscription, type SubscribeOptions } from './bus.ts';
import type { TopicName, Topics } from './topics.ts';

/**
 * In-process bus for unit tests and single-process tools. Events are
 * delivered asynchronously (next microtask) and JSON round-tripped, like the
 * networked buses, so code cannot come to rely on shared object identity.
 */
export class MemoryBus implements Bus {
  readonly kind = 'memory' as const;
  private readonly fanout = new Fanout(
    () => {},
    () => {},
  );

  async publish<T extends TopicName>(topic: T, payload: Topics[T]): Promise<void> {
    const copy: unknown = JSON.parse(JSON.stringify(payload));
    queueMicrotask(() => this.fanout.deliver(topic, copy));
  }

  subscribe<T extends TopicName>(topic: T, options?: SubscribeOptions): BusSubscription<Topics[T]> {
    return this.fanout.add<Topics[T]>(topic, options);
  }

  async ready(): Promise<void> {}

  async close(): Promise<void> {
    this.fanout.closeAll();
  }
}
