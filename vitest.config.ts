import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * One vitest run over the whole workspace. File suffixes pick the project:
 * `*.test.ts` unit and integration tests, `*.e2e.ts` cross-service tests that
 * start real servers on free ports.
 */
export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node, and so tsx in
    // production, loads the CJS one for every importer; Vite would hand our ESM
    // code the ESM build while @apollo/* (CJS) get the CJS one: two realms,
    // and "Cannot use GraphQLSchema from another module or realm". Pin one.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    projects: [
      // The web client's own config (node environment, its pure logic and SSR-rendered components).
      'web/vitest.config.ts',
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{packages,apps,prisma,subgraphs,gateway,accel}/**/test/**/*.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          pool: 'forks',
          globalSetup: ['packages/testing/src/globalSetup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.ts', '{gateway,subgraphs}/**/test/**/*.e2e.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          pool: 'forks',
          globalSetup: ['packages/testing/src/globalSetup.ts'],
        },
      },
    ],
  },
});
