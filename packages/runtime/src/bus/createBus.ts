import type { Bus } from './bus.ts';
import { MemoryBus } from './memoryBus.ts';
import { PostgresBus } from './postgresBus.ts';
import { RedisBus } from './redisBus.ts';
import type { Logger } from '../logger.ts';

export interface CreateBusOptions {
  kind: 'memory' | 'postgres' | 'redis';
  /** Needed for `postgres`. */
  databaseUrl?: string;
  /** Needed for `redis`. */
  redisUrl?: string;
  /** The internal secret the networked buses sign and check messages with. Required for `postgres` and `redis`. */
  secret?: string;
  logger?: Logger;
}

/** Builds the bus the configuration asks for; throws naming the missing URL. */
export function createBus({ kind, databaseUrl, redisUrl, secret, logger }: CreateBusOptions): Bus {
  if (kind !== 'memory' && !secret) throw new Error(`createBus: the ${kind} bus needs the internal secret to authenticate its messages`);
  switch (kind) {
    case 'memory':
      return new MemoryBus();
    case 'postgres':
      if (!databaseUrl) throw new Error('createBus: the postgres bus needs databaseUrl');
      return new PostgresBus({ connectionString: databaseUrl, secret: secret!, logger });
    case 'redis':
      if (!redisUrl) throw new Error('createBus: the redis bus needs redisUrl (set REDIS_URL)');
      return new RedisBus({ url: redisUrl, secret: secret!, logger });
  }
}
