import { defineConfig } from 'vitest/config';

/**
 * One vitest run over the whole workspace. File suffixes pick the project:
 * `*.test.ts` unit and integration tests, `*.e2e.ts` cross-service tests that
 * start real servers on free ports.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{packages,prisma,subgraphs,gateway,accel}/**/test/**/*.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          pool: 'forks',
          globalSetup: ['packages/testing/src/globalSetup.ts'],
        },
      },
      {
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
