import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/client.ts';

export interface CreateDbOptions {
  connectionString: string;
  /** Pool size; default 10. */
  max?: number;
  /** Tag in pg_stat_activity (`marketdata`, `gateway`). */
  applicationName?: string;
}

/**
 * One database handle per service: a `pg` pool for hand-written SQL (COPY,
 * time buckets) and a Prisma client sharing the same pool through
 * `@prisma/adapter-pg`. Both see the same transactions isolation rules; close
 * with `db.close()`.
 */
export interface Db {
  pool: pg.Pool;
  prisma: PrismaClient;
  close(): Promise<void>;
}

/** Timeouts of every pool unless the caller says otherwise (see createPool). */
export const POOL_TIMEOUTS = {
  /** Waiting for a connection (server down or refusing): fail fast. */
  connectMs: 5_000,
  /** Server-side limit per statement (statement_timeout); 0 = none (migrations, seeds, bulk loads). */
  statementMs: 15_000,
  /** Client-side limit per query: also covers a frozen server that never answers (statement_timeout cannot fire there). */
  queryMs: 20_000,
  /** A transaction left idle this long is ended by the server, releasing its locks. */
  idleInTransactionMs: 60_000,
} as const;

export interface PoolTimeouts {
  connectMs?: number;
  statementMs?: number;
  queryMs?: number;
  idleInTransactionMs?: number;
}

/**
 * A `pg` pool that survives the database going away: an idle client's error
 * (server restart or shutdown) is reported to `onError` instead of crashing
 * the process, and the next query fails or reconnects normally. Every pool has
 * timeouts (POOL_TIMEOUTS), so a database that is down or frozen fails a
 * request within seconds (SERVICE_UNAVAILABLE at the subgraph) instead of
 * hanging it for as long as the outage lasts.
 */
export function createPool({
  connectionString,
  max = 10,
  applicationName = 'nautilus',
  onError,
  timeouts = {},
}: CreateDbOptions & { onError?: (error: Error) => void; timeouts?: PoolTimeouts }): pg.Pool {
  const t = { ...POOL_TIMEOUTS, ...timeouts };
  const pool = new pg.Pool({
    connectionString,
    max,
    application_name: applicationName,
    connectionTimeoutMillis: t.connectMs,
    ...(t.statementMs > 0 ? { statement_timeout: t.statementMs } : {}),
    ...(t.queryMs > 0 ? { query_timeout: t.queryMs } : {}),
    idle_in_transaction_session_timeout: t.idleInTransactionMs,
  });
  pool.on('error', (error) => onError?.(error));
  return pool;
}

export function createDb(options: CreateDbOptions): Db {
  const pool = createPool(options);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    pool,
    prisma,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

const clients = new WeakMap<pg.Pool, PrismaClient>();

/**
 * The Prisma client over an engine's `pg` pool (one per pool, made on first
 * use): the store's ordinary reads and writes go through it, hand-written SQL
 * through the same pool, so both share its connections, limits and timeouts.
 * Close the pool as before; the client holds nothing of its own.
 */
export function prismaOf(pool: pg.Pool): PrismaClient {
  let client = clients.get(pool);
  if (!client) clients.set(pool, (client = new PrismaClient({ adapter: new PrismaPg(pool) })));
  return client;
}
