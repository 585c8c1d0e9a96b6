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

/** What the server offers for TimescaleDB, as any role can see it. */
export interface TimescaleAvailability {
  /** The package is installed: `CREATE EXTENSION timescaledb` finds its control file. */
  installed: boolean;
  /**
   * The library is in `shared_preload_libraries`, so its settings exist. Only then may
   * `CREATE EXTENSION timescaledb` run: loading it later is FATAL and ends the session, which no
   * `EXCEPTION` handler can catch.
   */
  preloaded: boolean;
}

/** Reads {@link TimescaleAvailability} with queries every role may run (no superuser-only settings). */
export async function findTimescaleAvailability(client: pg.ClientBase): Promise<TimescaleAvailability> {
  const { rows } = await client.query<TimescaleAvailability>(`
    SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') AS installed,
           current_setting('timescaledb.max_background_workers', true) IS NOT NULL AS preloaded`);
  return rows[0]!;
}

/** `CREATE EXTENSION [IF NOT EXISTS] timescaledb [options]`, up to (not including) its semicolon or the line's end. */
const CREATE_TIMESCALEDB = /\bCREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?"?timescaledb"?(?![\w$])[^;\n]*/gi;

/** Whether a migration tries to create the TimescaleDB extension. */
export function createsTimescaleExtension(sql: string): boolean {
  return sql.search(CREATE_TIMESCALEDB) !== -1;
}

/**
 * The migration as it may run on this server. Where TimescaleDB is not preloaded, every
 * `CREATE EXTENSION timescaledb` becomes a `DO` block that raises an ordinary (catchable) error
 * saying why, so a migration that tries the extension inside `BEGIN … EXCEPTION` (0002) takes its
 * plain PostgreSQL path and records that reason, instead of the server ending the session. The
 * recorded checksum stays the file's: this is how the file runs here, not a different migration.
 */
export function guardTimescaleExtension(sql: string, availability: TimescaleAvailability): string {
  if (availability.preloaded) return sql;
  const reason = availability.installed
    ? 'TimescaleDB is installed but not preloaded (add timescaledb to shared_preload_libraries and restart PostgreSQL to use it)'
    : 'TimescaleDB is not installed on this server';
  return sql.replace(CREATE_TIMESCALEDB, `DO $nautilus_guard$ BEGIN RAISE EXCEPTION '%', '${reason.replaceAll("'", "''")}'; END $nautilus_guard$`);
}

/** Thrown when the server ends the migrator's session (a FATAL error, a restart, a terminated backend). */
export class MigrationConnectionError extends Error {
  override name = 'MigrationConnectionError';
}

/**
 * Applies pending migrations in order. Runs under a session advisory lock so
 * concurrent starters (several subgraphs, a test run) apply each migration
 * exactly once; each migration and its record commit in one transaction, so a
 * failing migration leaves nothing behind. Re-running is a no-op.
 *
 * `CREATE EXTENSION timescaledb` runs only where the server preloads it
 * ({@link guardTimescaleExtension}).
 *
 * @throws {MigrationChecksumError} when an applied migration was edited.
 * @throws {MigrationConnectionError} when the server ends the session (nothing of the current migration is committed).
 */
export async function migrate({ connectionString, migrationsDir, onApplied }: MigrateOptions): Promise<MigrateResult> {
  const migrations = await loadMigrations(migrationsDir);
  const client = new pg.Client({ connectionString });
  // A session the server ends (FATAL, shutdown, pg_terminate_backend) is reported as an 'error'
  // event; without a listener that event would crash the process. Remember it and fail with it.
  let lost: Error | undefined;
  client.on('error', (error) => {
    lost ??= error;
  });
  const connectionError = (during: string, error: unknown): MigrationConnectionError =>
    new MigrationConnectionError(
      `the PostgreSQL server ended the migrator's session during ${during}: ${(error as Error).message}` +
        (lost && lost !== error ? ` (${lost.message})` : '') +
        '; nothing of it was committed, run the migrations again once the server accepts connections',
      { cause: error },
    );
  await client.connect();
  let current = 'the migration bookkeeping';
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
    const pending = migrations.filter((m) => !recorded.has(m.id));
    const availability = pending.some((m) => createsTimescaleExtension(m.sql)) ? await findTimescaleAvailability(client) : undefined;
    const result: MigrateResult = { applied: [], alreadyApplied: migrations.filter((m) => recorded.has(m.id)).map((m) => m.id) };
    for (const migration of pending) {
      current = `migration ${migration.id}`;
      const started = performance.now();
      await client.query('BEGIN');
      try {
        await client.query(availability ? guardTimescaleExtension(migration.sql, availability) : migration.sql);
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
        if (lost || isSessionEnded(error)) throw connectionError(current, error);
        const rollbackError = await client.query('ROLLBACK').then(
          () => undefined,
          (e: unknown) => e,
        );
        if (rollbackError !== undefined || lost) throw connectionError(current, error);
        throw new Error(`migration ${migration.id} failed and was rolled back: ${(error as Error).message}`, { cause: error });
      }
    }
    return result;
  } catch (error) {
    if (error instanceof MigrationConnectionError || error instanceof MigrationChecksumError) throw error;
    if (lost || isSessionEnded(error)) throw connectionError(current, error);
    throw error;
  } finally {
    if (!lost) await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}

/** A FATAL or PANIC error response, or pg's own report of a closed connection. */
function isSessionEnded(error: unknown): boolean {
  const { severity, message } = error as { severity?: string; message?: string };
  return severity === 'FATAL' || severity === 'PANIC' || /Connection terminated|not queryable/i.test(message ?? '');
}
