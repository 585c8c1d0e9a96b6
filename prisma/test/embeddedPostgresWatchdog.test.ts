import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnEmbeddedPostgres } from '../src/index.ts';

describe('embedded PostgreSQL watchdog', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('restarts a postmaster killed with SIGKILL on the same port, and the same URL works again', { timeout: 120_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'nautilus-watchdog-'));
    await chmod(dir, 0o755);
    const dataDir = path.join(dir, 'postgres');
    const server = await spawnEmbeddedPostgres({ dataDir, database: 'postgres' });
    try {
      const pidOf = async () => Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
      const first = await pidOf();
      process.kill(first, 'SIGKILL');
      const deadline = Date.now() + 60_000;
      let answered: unknown;
      while (Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500));
        const client = new pg.Client({ connectionString: server.adminUrl, connectionTimeoutMillis: 1_000 });
        try {
          await client.connect();
          answered = (await client.query('SELECT 1 AS one')).rows[0];
          break;
        } catch {
          // not back yet
        } finally {
          await client.end().catch(() => {});
        }
      }
      expect(answered).toEqual({ one: 1 });
      expect(await pidOf()).not.toBe(first);
    } finally {
      await server.stop();
    }
  });
});
