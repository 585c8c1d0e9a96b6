import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The SDK's tests on their own (`npm test -w @nautilus/sdk`). The consumer test runs a real
 * gateway over engines with a database, so the workspace's global setup (a PostgreSQL server)
 * applies here too. The root config runs the same files in its `unit` project.
 */
export default defineConfig({
  // One graphql build for every importer (see the root vitest.config.ts).
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    name: '@nautilus/sdk',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['../testing/src/globalSetup.ts'],
  },
});
