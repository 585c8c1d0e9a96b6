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

/**
 * A `pg` pool that survives the database going away: an idle client's error
 * (server restart or shutdown) is reported to `onError` instead of crashing
 * the process, and the next query fails or reconnects normally.
 */
export function createPool({ connectionString, max = 10, applicationName = 'nautilus', onError }: CreateDbOptions & { onError?: (error: Error) => void }): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, application_name: applicationName });
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
