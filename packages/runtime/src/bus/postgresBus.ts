import pg from 'pg';
import { Fanout, type Bus, type BusSubscription, type SubscribeOptions } from './bus.ts';
import type { TopicName, Topics } from './topics.ts';
import type { Logger } from '../logger.ts';

/** PostgreSQL rejects NOTIFY payloads of 8000 bytes or more. */
export const MAX_NOTIFY_PAYLOAD_BYTES = 7999;

export interface PostgresBusOptions {
  connectionString: string;
  logger?: Logger;
}

/**
 * Event bus over PostgreSQL LISTEN/NOTIFY: the default, because every
 * deployment already has the database. One connection LISTENs on the topics
 * this process subscribes to; another sends `pg_notify`. A NOTIFY issued
 * inside a transaction is delivered on commit, so publishers may notify from
 * the transaction that wrote the data.
 */
export class PostgresBus implements Bus {
  readonly kind = 'postgres' as const;
  private readonly listener: pg.Client;
  private readonly publisher: pg.Client;
  private readonly connected: Promise<void>;
  private pending: Promise<unknown> = Promise.resolve();
  /** Publishes go out one at a time on the publisher connection, in call order. */
  private publishing: Promise<unknown> = Promise.resolve();
  private readonly fanout: Fanout;
  private closed = false;

  constructor(private readonly options: PostgresBusOptions) {
    this.listener = new pg.Client({ connectionString: options.connectionString });
    this.publisher = new pg.Client({ connectionString: options.connectionString });
    this.fanout = new Fanout(
      (topic) => this.enqueue(() => this.listener.query(`LISTEN ${quoteIdent(topic)}`)),
      (topic) => this.enqueue(() => this.listener.query(`UNLISTEN ${quoteIdent(topic)}`)),
    );
    this.listener.on('notification', (msg) => {
      if (!msg.payload) return;
      try {
        this.fanout.deliver(msg.channel, JSON.parse(msg.payload));
      } catch (error) {
        options.logger?.warn({ err: error, channel: msg.channel }, 'dropped a malformed bus payload');
      }
    });
    const onError = (error: Error) => options.logger?.error({ err: error }, 'postgres bus connection error');
    this.listener.on('error', onError);
    this.publisher.on('error', onError);
    this.connected = Promise.all([this.listener.connect(), this.publisher.connect()]).then(() => undefined);
    this.connected.catch(() => {});
  }

  async publish<T extends TopicName>(topic: T, payload: Topics[T]): Promise<void> {
    const text = JSON.stringify(payload);
    if (Buffer.byteLength(text) > MAX_NOTIFY_PAYLOAD_BYTES) {
      throw new RangeError(
        `bus payload for ${topic} is ${Buffer.byteLength(text)} bytes; NOTIFY allows ${MAX_NOTIFY_PAYLOAD_BYTES}: publish keys, not blobs`,
      );
    }
    await this.connected;
    const sent = this.publishing.then(() => this.publisher.query('SELECT pg_notify($1, $2)', [topic, text]));
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
