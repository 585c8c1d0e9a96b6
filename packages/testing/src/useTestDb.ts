import { afterAll, beforeAll } from 'vitest';
import { createDb, type Db } from '@nautilus/db';
import { useTestDatabase } from './useTestDatabase.ts';

/**
 * A fresh migrated database for the calling test file ({@link useTestDatabase})
 * with a Prisma client and pool over it (`max` connections, default 2):
 * opened in `beforeAll`, closed in `afterAll` before the database is dropped.
 * The schema tests that round-trip an engine's models through the client use
 * it: `const db = useTestDb(); … await db.prisma.riskLimit.create(…)`. Read
 * `db.prisma` / `db.pool` inside tests and hooks, not at module load.
 */
export function useTestDb(options: { max?: number } = {}): Db {
  const database = useTestDatabase();
  let db: Db | undefined;
  beforeAll(() => {
    db = createDb({ connectionString: database.url, max: options.max ?? 2 });
  });
  afterAll(() => db?.close());
  const current = (): Db => {
    if (!db) throw new Error('useTestDb: the client exists only inside tests and hooks');
    return db;
  };
  return {
    get pool() {
      return current().pool;
    },
    get prisma() {
      return current().prisma;
    },
    close: () => current().close(),
  };
}
