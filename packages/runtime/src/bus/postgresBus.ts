import pg from 'pg';
import { Fanout, type Bus, type BusSubscription, type SubscribeOptions } from './bus.ts';
import { BusSeal, RejectionCounter } from './busSeal.ts';
import type { TopicName, Topics } from './topics.ts';
import type { Logger } from '../logger.ts';

/** PostgreSQL rejects NOTIFY payloads of 8000 bytes or more. */
export const MAX_NOTIFY_PAYLOAD_BYTES = 7999;

export interface PostgresBusOptions {
  connectionString: string;
  /** The internal secret: every message is signed with it, and unsigned or forged ones are dropped (see BusSeal). */
  secret: string;
  logger?: Logger;
}

/**
 * Event bus over PostgreSQL LISTEN/NOTIFY: the default, because every
 * deployment already has the database. One connection LISTENs on the topics
 * this process subscribes to; another sends `pg_notify`. A NOTIFY issued
 * inside a transaction is delivered on commit, so publishers may notify from
 * the transaction that wrote the data. Messages are signed with the internal
 * secret (BusSeal): anyone who can connect to the database can NOTIFY, and
 * what they send is dropped and counted in `rejected`, never delivered.
 */
export class PostgresBus implements Bus {
  readonly kind = 'postgres' as const;
  private listener!: pg.Client;
  private publisher!: pg.Client;
  /** Resolves once both connections are up (again, after a reconnect). */
  private connected!: Promise<void>;
  private pending: Promise<unknown> = Promise.resolve();
  /** Publishes go out one at a time on the publisher connection, in call order. */
  private publishing: Promise<unknown> = Promise.resolve();
  private readonly fanout: Fanout;
  private readonly seal: BusSeal;
  private readonly rejections: RejectionCounter;
  private closed = false;
  private reconnecting: Promise<void> | undefined;
  private reconnectCount = 0;

  constructor(private readonly options: PostgresBusOptions) {
    this.seal = new BusSeal(options.secret);
    this.rejections = new RejectionCounter((details) => options.logger?.warn(details, 'dropped an unauthenticated bus message'));
    this.fanout = new Fanout(
      (topic) => this.enqueue(() => this.listener.query(`LISTEN ${quoteIdent(topic)}`)),
      (topic) => this.enqueue(() => this.listener.query(`UNLISTEN ${quoteIdent(topic)}`)),
    );
    this.open();
  }

  /** Messages dropped because they were unsigned, forged, expired or replayed. */
  get rejected(): number {
    return this.rejections.count;
  }

  /** Times the connections were re-established after the database went away. */
  get reconnects(): number {
    return this.reconnectCount;
  }

  async publish<T extends TopicName>(topic: T, payload: Topics[T]): Promise<void> {
    const text = this.seal.seal(topic, payload);
    if (Buffer.byteLength(text) > MAX_NOTIFY_PAYLOAD_BYTES) {
      throw new RangeError(
        `bus payload for ${topic} is ${Buffer.byteLength(text)} bytes; NOTIFY allows ${MAX_NOTIFY_PAYLOAD_BYTES}: publish keys, not blobs`,
      );
    }
    const sent = this.publishing.then(async () => {
      await this.connected;
      await this.publisher.query('SELECT pg_notify($1, $2)', [topic, text]);
    });
    this.publishing = sent.catch(() => {});
    await sent;
  }

  subscribe<T extends TopicName>(topic: T, options?: SubscribeOptions): BusSubscription<Topics[T]> {
    return this.fanout.add<Topics[T]>(topic, options);
  }

  /** Resolves when the connections are up and every pending LISTEN has been acknowledged. */
  async ready(): Promise<void> {
    await this.connected;
    await this.pending;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.fanout.closeAll();
    await this.pending.catch(() => {});
    await Promise.allSettled([this.listener.end(), this.publisher.end()]);
  }

  /** Opens both connections; a connection that fails or ends later triggers {@link reconnect}. */
  private open(): void {
    const listener = new pg.Client({ connectionString: this.options.connectionString });
    const publisher = new pg.Client({ connectionString: this.options.connectionString });
    this.listener = listener;
    this.publisher = publisher;
    listener.on('notification', (msg) => {
      const opened = this.seal.open(msg.channel, msg.payload ?? '');
      if (opened.ok) this.fanout.deliver(msg.channel, opened.payload);
      else this.rejections.reject(msg.channel, opened.reason);
    });
    const lost = (error?: Error) => {
      if (this.closed || (this.listener !== listener && this.publisher !== publisher)) return;
      this.options.logger?.warn({ err: error }, 'postgres bus connection lost; reconnecting');
      void this.reconnect();
    };
    for (const client of [listener, publisher]) {
      client.on('error', lost);
      client.on('end', () => lost());
    }
    this.connected = Promise.all([listener.connect(), publisher.connect()]).then(() => undefined);
    this.connected.catch(() => {});
  }

  /**
   * Re-establishes both connections with back-off (250 ms doubling to 5 s)
   * until the database answers, then LISTENs again on every topic this process
   * follows: subscriptions resume by themselves (events published during the
   * outage are not replayed: the bus is at-most-once, state is in the database).
   */
  private reconnect(): Promise<void> {
    if (this.reconnecting) return this.reconnecting;
    const run = async () => {
      let delay = 250;
      for (;;) {
        if (this.closed) return;
        await Promise.allSettled([this.listener.end(), this.publisher.end()]);
        this.open();
        try {
          await this.connected;
          for (const topic of this.fanout.topics()) await this.listener.query(`LISTEN ${quoteIdent(topic)}`);
          this.reconnectCount++;
          this.options.logger?.info({ topics: this.fanout.topics().length, reconnects: this.reconnectCount }, 'postgres bus reconnected');
          return;
        } catch (error) {
          this.options.logger?.debug({ err: error }, 'postgres bus reconnect failed; retrying');
          await new Promise((resolve) => setTimeout(resolve, delay));
          delay = Math.min(delay * 2, 5_000);
        }
      }
    };
    this.reconnecting = run().finally(() => {
      this.reconnecting = undefined;
    });
    this.pending = this.pending.then(() => this.reconnecting);
    return this.reconnecting;
  }

  private enqueue(run: () => Promise<unknown>): void {
    this.pending = this.pending
      .then(() => this.connected)
      .then(() => (this.closed ? undefined : run()))
      .catch((error: unknown) => this.options.logger?.error({ err: error }, 'postgres bus LISTEN failed'));
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
