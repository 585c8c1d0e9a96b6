import { cp, mkdtemp, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@nautilus/testing';
import { MIGRATIONS_DIR, MigrationChecksumError, loadMigrations, migrate } from '../src/index.ts';

describe('migrate', () => {
  const db = useTestDatabase({ migrated: false });

  it('applies every migration in order on an empty database, then re-applies as a no-op', async () => {
    const all = (await loadMigrations()).map((m) => m.id);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const first = await migrate({ connectionString: db.url });
    expect(first.applied).toEqual(all);
    expect(first.alreadyApplied).toEqual([]);

    const second = await migrate({ connectionString: db.url });
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(all);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('SELECT id FROM nautilus_migration ORDER BY id');
    await client.end();
    expect(rows.map((r) => r.id)).toEqual(all);
  });

  it('takes the plain PostgreSQL path when TimescaleDB is unavailable and records why', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const hasTimescale = (await client.query("SELECT 1 FROM pg_extension WHERE extname = 'timescaledb'")).rowCount === 1;
    const feature = (await client.query("SELECT enabled, detail FROM nautilus_feature WHERE name = 'timescaledb'")).rows[0];
    const brin = (await client.query("SELECT indexname FROM pg_indexes WHERE indexname IN ('bar_ts_brin', 'tick_ts_brin') ORDER BY 1")).rows;
    await client.end();
    expect(feature.enabled).toBe(hasTimescale);
    if (!hasTimescale) {
      expect(feature.detail).toMatch(/plain PostgreSQL with BRIN indexes/);
      expect(brin.map((r) => r.indexname)).toEqual(['bar_ts_brin', 'tick_ts_brin']);
    }
  });

  it('refuses to run when an applied migration was changed on disk', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nautilus-migrations-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const [firstId] = (await loadMigrations(dir)).map((m) => m.id);
    await appendFile(path.join(dir, firstId!, 'migration.sql'), '\n-- edited after the fact\n');
    const error = await migrate({ connectionString: db.url, migrationsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationChecksumError);
    expect((error as Error).message).toMatch(new RegExp(`migration ${firstId} was changed after it was applied`));
  });

  it('rolls back a failing migration completely and records nothing for it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nautilus-migrations-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(path.join(dir, '9999_broken'));
    await writeFile(path.join(dir, '9999_broken', 'migration.sql'), 'CREATE TABLE half_written (id int);\nSELECT no_such_function();\n');
    await expect(migrate({ connectionString: db.url, migrationsDir: dir })).rejects.toThrow(/migration 9999_broken failed and was rolled back/);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const table = await client.query("SELECT to_regclass('half_written') AS t");
    const recorded = await client.query("SELECT 1 FROM nautilus_migration WHERE id = '9999_broken'");
    await client.end();
    expect(table.rows[0].t).toBeNull();
    expect(recorded.rowCount).toBe(0);
  });
});
