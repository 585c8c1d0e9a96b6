import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '@nautilus/db';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of a server where tests may CREATE DATABASE. */
    adminDatabaseUrl: string;
  }
}

/**
 * Once per test run: find a PostgreSQL server for integration tests. With
 * DATABASE_URL set (CI machines have PostgreSQL on 127.0.0.1:5432) use that
 * server; otherwise start an embedded one in `.data/test-postgres`. Each test
 * file then creates its own scratch database on it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    project.provide('adminDatabaseUrl', fromEnv);
    return async () => {};
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(project.config.root, '.data/test-postgres'),
    database: 'postgres',
  });
  project.provide('adminDatabaseUrl', server.adminUrl);
  return () => server.stop();
}
