// @ts-check
import { readdirSync, existsSync } from 'node:fs';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const noDatabase = (/** @type {string} */ message) => [{ group: ['pg', 'pg-*', '@prisma/*', '@nautilus/db', '@nautilus/db/*', 'ioredis', 'redis'], message }];
const noIo = [
  ...noDatabase('Domain code does no I/O: take data as arguments, let a service or the store fetch it.'),
  { group: ['graphql', 'graphql/*', '@apollo/*', 'dataloader'], message: 'Domain code knows no GraphQL: resolvers map its results.' },
  { group: ['node:fs', 'node:fs/*', 'node:net', 'node:http', 'node:https', 'node:child_process', 'fs', 'fs/*', 'net', 'http', 'https', 'child_process'], message: 'Domain code does no I/O.' },
];

/** The engines: every folder of subgraphs/ with a manifest (the same registry the gateway reads). */
const engines = readdirSync('subgraphs', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`subgraphs/${entry.name}/engine.ts`))
  .map((entry) => entry.name);

/**
 * Lint rules that make the architecture's boundaries checkable:
 * - accel/ is pure math: no GraphQL, Prisma, database or runtime kit inside;
 * - only packages/runtime/src/config.ts (and CLIs/tests/tools) read process.env;
 *   everything else receives values;
 * - an engine imports no other engine (only its published `reads` module, once
 *   it has one), the gateway and the kits import no engine, and nothing imports
 *   the launcher app: engines meet in the graph;
 * - pure domain folders import no I/O (database, network, files, GraphQL);
 * - resolvers reach the database only through services and loaders (no pg/@nautilus/db, no store/);
 * - no import cycles (import-x/no-cycle).
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
  // Per engine (later blocks win for the same rule, so each layer repeats the engine fence):
  // - one engine never imports another: only `@nautilus/<other>/reads`; never the gateway or the launcher;
  // - pure domain code: no database, network, files or GraphQL;
  // - resolvers are thin: the database only through services (and their store).
  ...engines.flatMap((engine) => {
    const fence = engines
      .filter((other) => other !== engine)
      .flatMap((other) => [
        // A regex, not a gitignore group: `!@nautilus/x/reads` cannot re-include a path under `@nautilus/x`, which the group excludes.
        { regex: `^@nautilus/${other}(?:/(?!reads$).*)?$`, message: `${engine} may import only ${other}'s published reads (@nautilus/${other}/reads); otherwise engines meet in the graph.` },
        { group: [`**/subgraphs/${other}/**`, `**/${other}/src/**`, `**/${other}/engine.ts`], message: `${engine} may not reach into ${other}'s folder.` },
      ])
      .concat([{ group: ['@nautilus/gateway', '@nautilus/gateway/*', '@nautilus/launcher', '@nautilus/launcher/*'], message: 'An engine depends on the kits (runtime, db, accel), never on the gateway or the launcher.' }]);
    const restrict = (/** @type {Array<{group: string[], message: string}>} */ extra) => ({ 'no-restricted-imports': ['error', { patterns: [...fence, ...extra] }] });
    return [
      { files: [`subgraphs/${engine}/src/**/*.ts`, `subgraphs/${engine}/engine.ts`], rules: restrict([]) },
      { files: [`subgraphs/${engine}/src/domain/**/*.ts`], rules: restrict(noIo) },
      {
        files: [`subgraphs/${engine}/src/resolvers/**/*.ts`],
        rules: restrict([
          ...noDatabase('Resolvers call services; SQL belongs to the engine\'s service/store layer.'),
          { group: ['**/store', '**/store/*'], message: 'Resolvers call services (or the per-request loaders), never the store.' },
        ]),
      },
      {
        // The pool is in the context too: a resolver must not run SQL through it either.
        files: [`subgraphs/${engine}/src/resolvers/**/*.ts`],
        rules: {
          'no-restricted-syntax': [
            'error',
            { selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='query']", message: 'Resolvers run no SQL (not even through ctx.pool): call a service or a loader.' },
          ],
        },
      },
    ];
  }),
  // The gateway and the kits know engines only through the registry of manifests.
  {
    files: ['gateway/src/**/*.ts', 'packages/*/src/**/*.ts', 'prisma/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: engines.flatMap((engine) => [`@nautilus/${engine}`, `@nautilus/${engine}/*`]), message: 'Kits and the gateway import no engine: read the registry (loadEngines) or meet the engine in the graph.' },
            { group: ['@nautilus/launcher', '@nautilus/launcher/*'], message: 'The launcher is an app: nothing imports it.' },
          ],
        },
      ],
    },
  },
  // No import cycles in the code that ships (tests and tools may import freely).
  {
    files: ['{packages,apps,subgraphs}/*/src/**/*.ts', '{prisma,gateway,accel}/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['{packages,prisma,subgraphs,gateway}/*/src/**/*.ts', '{prisma,gateway}/src/**/*.ts'],
    ignores: ['packages/runtime/src/config.ts', '**/cli/**', 'packages/testing/**', 'apps/launcher/src/**', 'prisma/prisma.config.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through loadConfig() in packages/runtime/src/config.ts and pass values down.' }],
    },
  },
);
