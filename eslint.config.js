// @ts-check
import tseslint from 'typescript-eslint';

/**
 * Lint rules that make the architecture's boundaries checkable:
 * - accel/ is pure math: no GraphQL, Prisma, database or runtime kit inside;
 * - only packages/runtime/src/config.ts (and CLIs/tests/tools) read process.env;
 *   everything else receives values.
 */
export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/__generated__/**', 'prisma/generated/**', '.data/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['accel/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['graphql', 'graphql/*', '@apollo/*'], message: 'accel/ has no GraphQL inside: return plain data, let the subgraph map it.' },
            { group: ['@prisma/*', 'pg', 'pg-*', '@nautilus/db'], message: 'accel/ has no database inside: take typed arrays as arguments.' },
            { group: ['@nautilus/runtime', '@nautilus/*'], message: 'accel/ depends on no other workspace: it is used by all of them.' },
          ],
        },
      ],
    },
  },
  {
    files: ['{packages,prisma,subgraphs,gateway}/*/src/**/*.ts', '{prisma,gateway}/src/**/*.ts'],
    ignores: ['packages/runtime/src/config.ts', '**/cli/**', 'packages/testing/**', 'apps/launcher/src/**', 'prisma/prisma.config.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through loadConfig() in packages/runtime/src/config.ts and pass values down.' }],
    },
  },
);
