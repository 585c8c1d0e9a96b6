import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** Where the SQL migrations live: `prisma/migrations/NNNN_name/migration.sql`. */
export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');

/** Arbitrary constant: every migrator in the deployment takes the same advisory lock. */
const MIGRATION_LOCK_KEY = 727_465_001;

export interface Migration {
  /** Folder name, e.g. `0001_marketdata`; migrations apply in this order. */
  id: string;
  sql: string;
  /** sha256 of the SQL text. */
  checksum: string;
}

export interface MigrateOptions {
  connectionString: string;
  migrationsDir?: string;
  /** Called once per newly applied migration. */
  onApplied?: (id: string, millis: number) => void;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

/**
 * Thrown when a migration that was already applied has changed on disk. An
 * applied migration is history: change the schema with a new migration.
 */
export class MigrationChecksumError extends Error {
  override name = 'MigrationChecksumError';
  constructor(
    readonly id: string,
    readonly recorded: string,
    readonly found: string,
  ) {
    super(
      `migration ${id} was changed after it was applied (recorded checksum ${recorded.slice(0, 12)}…, file now ${found.slice(0, 12)}…); ` +
        'restore the original file and add a new migration for the change',
    );
  }
}

/** Reads every `NNNN_name/migration.sql` in order. */
export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const ids = entries
    .filter((e) => e.isDirectory() && /^\d{4}_[a-z0-9_]+$/.test(e.name))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    ids.map(async (id) => {
      const sql = await readFile(path.join(dir, id, 'migration.sql'), 'utf8');
      return { id, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/**
 * Applies pending migrations in order. Runs under a session advisory lock so
 * concurrent starters (several subgraphs, a test run) apply each migration
 * exactly once; each migration and its record commit in one transaction, so a
 * failing migration leaves nothing behind. Re-running is a no-op.
 *
 * @throws {MigrationChecksumError} when an applied migration was edited.
 */
export async function migrate({ connectionString, migrationsDir, onApplied }: MigrateOptions): Promise<MigrateResult> {
  const migrations = await loadMigrations(migrationsDir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SET client_min_messages = warning');
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS nautilus_migration (
        id         text PRIMARY KEY,
        checksum   text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        millis     integer NOT NULL
      )`);
    const { rows } = await client.query<{ id: string; checksum: string }>('SELECT id, checksum FROM nautilus_migration');
    const recorded = new Map(rows.map((r) => [r.id, r.checksum]));
    for (const migration of migrations) {
      const checksum = recorded.get(migration.id);
      if (checksum !== undefined && checksum !== migration.checksum) {
        throw new MigrationChecksumError(migration.id, checksum, migration.checksum);
      }
    }
    const result: MigrateResult = { applied: [], alreadyApplied: [] };
    for (const migration of migrations) {
      if (recorded.has(migration.id)) {
        result.alreadyApplied.push(migration.id);
        continue;
      }
      const started = performance.now();
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        const millis = Math.round(performance.now() - started);
        await client.query('INSERT INTO nautilus_migration (id, checksum, millis) VALUES ($1, $2, $3)', [
          migration.id,
          migration.checksum,
          millis,
        ]);
        await client.query('COMMIT');
        result.applied.push(migration.id);
        onApplied?.(migration.id, millis);
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${migration.id} failed and was rolled back: ${(error as Error).message}`, { cause: error });
      }
    }
    return result;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
