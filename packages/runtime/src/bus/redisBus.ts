import { Redis } from 'ioredis';
import { Fanout, type Bus, type BusSubscription, type SubscribeOptions } from './bus.ts';
import { BusSeal, RejectionCounter } from './busSeal.ts';
import type { TopicName, Topics } from './topics.ts';
import type { Logger } from '../logger.ts';

export interface RedisBusOptions {
  url: string;
  /** Prefix for channel names, so several deployments can share one Redis. */
  prefix?: string;
  /** The internal secret: every message is signed with it, and unsigned or forged ones are dropped (see BusSeal). */
  secret: string;
  logger?: Logger;
}

/**
 * Event bus over Redis pub/sub, for scale-out deployments (REDIS_URL set).
 * A subscribed Redis connection can only (un)subscribe, so publishing uses a
 * second connection. Messages are signed with the internal secret (BusSeal);
 * unsigned or forged ones are dropped and counted in `rejected`.
 */
export class RedisBus implements Bus {
  readonly kind = 'redis' as const;
  private readonly sub: Redis;
  private readonly pub: Redis;
  private readonly prefix: string;
  private readonly fanout: Fanout;
  private pending: Promise<unknown> = Promise.resolve();
  private readonly seal: BusSeal;
  private readonly rejections: RejectionCounter;

  constructor(private readonly options: RedisBusOptions) {
    this.seal = new BusSeal(options.secret);
    this.rejections = new RejectionCounter((details) => options.logger?.warn(details, 'dropped an unauthenticated bus message'));
    this.prefix = options.prefix ?? 'nautilus:';
    this.sub = new Redis(options.url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.pub = new Redis(options.url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    const onError = (error: Error) => options.logger?.error({ err: error }, 'redis bus connection error');
    this.sub.on('error', onError);
    this.pub.on('error', onError);
    this.fanout = new Fanout(
      (topic) => this.enqueue(() => this.sub.subscribe(this.prefix + topic)),
      (topic) => this.enqueue(() => this.sub.unsubscribe(this.prefix + topic)),
    );
    this.sub.on('message', (channel: string, message: string) => {
      const topic = channel.slice(this.prefix.length);
      const opened = this.seal.open(topic, message);
      if (opened.ok) this.fanout.deliver(topic, opened.payload);
      else this.rejections.reject(channel, opened.reason);
    });
  }

  /** Messages dropped because they were unsigned, forged, expired or replayed. */
  get rejected(): number {
    return this.rejections.count;
  }

  async publish<T extends TopicName>(topic: T, payload: Topics[T]): Promise<void> {
    await this.pub.publish(this.prefix + topic, this.seal.seal(topic, payload));
  }

  subscribe<T extends TopicName>(topic: T, options?: SubscribeOptions): BusSubscription<Topics[T]> {
    return this.fanout.add<Topics[T]>(topic, options);
  }

  async ready(): Promise<void> {
    await this.pending;
  }

  async close(): Promise<void> {
    this.fanout.closeAll();
    await this.pending.catch(() => {});
    this.sub.disconnect();
    this.pub.disconnect();
  }

  private enqueue(run: () => Promise<unknown>): void {
    this.pending = this.pending
      .then(run)
      .catch((error: unknown) => this.options.logger?.error({ err: error }, 'redis bus SUBSCRIBE failed'));
  }
}
