import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { useTestDatabase } from '@nautilus/testing';
import {
  MigrationConnectionError,
  createScratchDatabase,
  createsTimescaleExtension,
  findTimescaleAvailability,
  guardTimescaleExtension,
  loadMigrations,
  migrate,
} from '../src/index.ts';

async function migrationsDir(migrations: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nautilus-migrations-'));
  for (const [id, sql] of Object.entries(migrations)) {
    await mkdir(path.join(dir, id));
    await writeFile(path.join(dir, id, 'migration.sql'), sql);
  }
  return dir;
}

describe('guardTimescaleExtension', () => {
  const sql = `-- CREATE EXTENSION succeeds only where preloaded
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS timescaledb;
  EXCEPTION WHEN OTHERS THEN NULL;
  END;
END
$$;
CREATE EXTENSION IF NOT EXISTS timescaledb_toolkit;
CREATE TABLE t (id int);
`;

  it('leaves a migration alone where TimescaleDB is preloaded', () => {
    expect(guardTimescaleExtension(sql, { installed: true, preloaded: true })).toBe(sql);
  });

  it('turns CREATE EXTENSION timescaledb into a catchable error saying why, and nothing else', () => {
    const guarded = guardTimescaleExtension(sql, { installed: true, preloaded: false });
    expect(guarded).not.toMatch(/CREATE EXTENSION IF NOT EXISTS timescaledb;/);
    expect(guarded).toContain(
      "DO $nautilus_guard$ BEGIN RAISE EXCEPTION '%', 'TimescaleDB is installed but not preloaded (add timescaledb to shared_preload_libraries and restart PostgreSQL to use it)'; END $nautilus_guard$;",
    );
    expect(guarded).toContain('CREATE EXTENSION IF NOT EXISTS timescaledb_toolkit;');
    expect(guarded).toContain('-- CREATE EXTENSION succeeds only where preloaded\n');
    expect(guardTimescaleExtension(sql, { installed: false, preloaded: false })).toContain('TimescaleDB is not installed on this server');
  });

  it('finds the extension in migration 0002 only', async () => {
    const ids = (await loadMigrations()).filter((m) => createsTimescaleExtension(m.sql)).map((m) => m.id);
    expect(ids).toEqual(['0002_timeseries_layout']);
  });
});

describe('migrate on a server that ends the session', () => {
  const db = useTestDatabase({ migrated: false });

  it('fails with a clear MigrationConnectionError instead of an unhandled error event', async () => {
    const dir = await migrationsDir({ '0001_slow': 'CREATE TABLE slow (id int);\nSELECT pg_sleep(30);\n' });
    const running = migrate({ connectionString: db.url, migrationsDir: dir }).catch((e: unknown) => e);
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      let terminated = false;
      for (let i = 0; i < 200 && !terminated; i++) {
        const { rows } = await admin.query<{ done: boolean }>(
          "SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()",
        );
        terminated = rows.some((r) => r.done);
        if (!terminated) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(terminated).toBe(true);
      const error = await running;
      expect(error).toBeInstanceOf(MigrationConnectionError);
      expect((error as Error).message).toMatch(/the PostgreSQL server ended the migrator's session during migration 0001_slow: .*terminat.*nothing of it was committed/);
      const { rows } = await admin.query("SELECT to_regclass('slow') AS t, to_regclass('nautilus_migration') AS m");
      expect(rows[0]).toEqual({ t: null, m: 'nautilus_migration' });
    } finally {
      await admin.end();
    }
  });
});

/** Where the test server has the TimescaleDB package but does not preload it (issue 10's crash). */
async function notPreloadedSkipReason(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
  try {
    const { installed, preloaded } = await findTimescaleAvailability(client);
    if (!installed) return 'the test server has no timescaledb package installed';
    if (preloaded) return 'the test server preloads timescaledb';
    return undefined;
  } finally {
    await client.end();
  }
}

const skipReason = await notPreloadedSkipReason();

describe.skipIf(skipReason !== undefined)(
  `migrate where TimescaleDB is installed but not preloaded${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    it('takes the plain PostgreSQL path, records why, and leaves no extension behind', async () => {
      const scratch = await createScratchDatabase({ adminUrl: inject('adminDatabaseUrl'), migrated: false });
      try {
        const result = await migrate({ connectionString: scratch.url });
        expect(result.applied).toEqual((await loadMigrations()).map((m) => m.id));
        const client = new pg.Client({ connectionString: scratch.url });
        await client.connect();
        const feature = await client.query("SELECT enabled, detail FROM nautilus_feature WHERE name = 'timescaledb'");
        const extension = await client.query("SELECT 1 FROM pg_extension WHERE extname = 'timescaledb'");
        const brin = await client.query("SELECT indexname FROM pg_indexes WHERE indexname IN ('bar_ts_brin', 'tick_ts_brin') ORDER BY 1");
        await client.end();
        expect(feature.rows[0]).toEqual({
          enabled: false,
          detail: expect.stringMatching(/^plain PostgreSQL with BRIN indexes; TimescaleDB unavailable: TimescaleDB is installed but not preloaded/),
        });
        expect(extension.rowCount).toBe(0);
        expect(brin.rows.map((r) => r.indexname)).toEqual(['bar_ts_brin', 'tick_ts_brin']);
      } finally {
        await scratch.drop();
      }
    });

    it('reports a FATAL load of the library as a MigrationConnectionError', async () => {
      const scratch = await createScratchDatabase({ adminUrl: inject('adminDatabaseUrl'), migrated: false });
      try {
        const dir = await migrationsDir({ '0001_load': "LOAD 'timescaledb';\n" });
        const error = await migrate({ connectionString: scratch.url, migrationsDir: dir }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(MigrationConnectionError);
        expect((error as Error).message).toMatch(/during migration 0001_load: extension "timescaledb" must be preloaded/);
      } finally {
        await scratch.drop();
      }
    });
  },
);
