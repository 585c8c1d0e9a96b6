import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The SDK's tests on their own (`npm test -w @nautilus/sdk`): no database, so none of the
 * workspace's global setup. The root config runs the same files in its `unit` project.
 */
export default defineConfig({
  // One graphql build for every importer (see the root vitest.config.ts).
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: { name: '@nautilus/sdk', include: ['test/**/*.test.ts'], environment: 'node' },
});
