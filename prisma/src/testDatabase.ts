import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from './migrate.ts';

export interface CreateScratchDatabaseOptions {
  /** A connection string whose user may CREATE DATABASE (any database on the server). */
  adminUrl: string;
  /** Name prefix; a random suffix is added. */
  prefix?: string;
  /** Apply migrations after creating it. Default true. */
  migrated?: boolean;
}

export interface ScratchDatabase {
  url: string;
  name: string;
  /** Drops the database: after its connections have closed, or terminating them after a grace period. */
  drop(): Promise<void>;
}

/** How long `drop()` lets the database's connections close by themselves before terminating them. */
const DROP_GRACE_MS = 2_000;

/**
 * Creates a fresh, uniquely named database on an existing server, optionally
 * migrated: one per test file, so tests never share state, and the migration
 * is awaited before the first test runs.
 */
export async function createScratchDatabase({ adminUrl, prefix = 'nautilus_test', migrated = true }: CreateScratchDatabaseOptions): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const scratch: ScratchDatabase = {
    url: url.toString(),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // pg's Pool.end() resolves as soon as it has *asked* its clients to close, not when their
        // sockets are gone. Terminating a backend whose client is still closing makes that client
        // emit 'error' with nobody listening (an uncaught exception in the test worker), so wait
        // for the connections to go away by themselves, and only force after a grace period.
        for (let waited = 0; waited < DROP_GRACE_MS; waited += 25) {
          const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (rows[0]!.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
  if (migrated) {
    try {
      await migrate({ connectionString: scratch.url });
    } catch (error) {
      await scratch.drop().catch(() => {}); // a failed migration leaves no scratch database behind
      throw error;
    }
  }
  return scratch;
}
