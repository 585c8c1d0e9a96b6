import type { CodegenConfig } from '@graphql-codegen/cli';
import { loadEngines } from './packages/runtime/src/engine/registry.ts';

/**
 * Typed end to end, from the SDL files:
 * - resolver types per engine (federation-aware, with the engine's context type and
 *   mappers from its manifest, `subgraphs/<name>/engine.ts`: a new engine folder is
 *   generated without editing this file);
 * - typed documents for the web client and the SDK from the composed supergraph
 *   (`gateway/supergraph.graphql`, written by `npm run compose`).
 * Run `npm run codegen` after changing a schema; generated files are committed.
 */
const scalars = { DateTime: { input: 'Date', output: 'Date | string' } };

/** Resolver types for every engine of the registry that declares `codegen` in its manifest. */
const engineOutputs: CodegenConfig['generates'] = Object.fromEntries(
  (await loadEngines())
    .filter((engine) => engine.codegen)
    .map((engine) => [
      `subgraphs/${engine.name}/src/__generated__/resolvers.ts`,
      {
        schema: `subgraphs/${engine.name}/${engine.schema ?? 'schema.graphql'}`,
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: true,
          contextType: engine.codegen!.contextType,
          mappers: { ...engine.codegen!.mappers },
          enumsAsTypes: true,
          scalars,
          useTypeImports: true,
          emitLegacyCommonJSImports: false,
        },
      },
    ]),
);

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    ...engineOutputs,
    'web/src/__generated__/': {
      schema: 'gateway/supergraph.graphql',
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/__generated__/**'],
      preset: 'client',
      config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
    'packages/sdk/src/__generated__/': {
      schema: 'gateway/supergraph.graphql',
      documents: ['packages/sdk/src/operations/**/*.graphql'],
      preset: 'client',
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        documentMode: 'string',
        // The SDK typechecks under NodeNext, where relative imports need an extension.
        emitLegacyCommonJSImports: false,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
