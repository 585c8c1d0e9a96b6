import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed end to end, from the SDL files:
 * - resolver types per subgraph (federation-aware, with the subgraph's context type);
 * - typed documents for the web client and the SDK from the composed supergraph
 *   (`gateway/supergraph.graphql`, written by `npm run compose`).
 * Run `npm run codegen` after changing a schema; generated files are committed.
 */
const scalars = { DateTime: { input: 'Date', output: 'Date | string' } };

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    'subgraphs/marketdata/src/__generated__/resolvers.ts': {
      schema: 'subgraphs/marketdata/schema.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context.ts#MarketdataContext',
        mappers: {
          Instrument: '../service/types.ts#InstrumentRow',
          Quote: '../service/types.ts#QuoteRecord',
          Bar: '../service/types.ts#BarRecord',
        },
        enumsAsTypes: true,
        scalars,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
      },
    },
    'subgraphs/portfolio/src/__generated__/resolvers.ts': {
      schema: 'subgraphs/portfolio/schema.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context.ts#PortfolioContext',
        mappers: {
          Entity: '../service/types.ts#EntityRow',
          Ownership: '../service/types.ts#OwnershipRow',
          Portfolio: '../service/types.ts#PortfolioRow',
          Position: '../service/types.ts#PositionRow',
          Trade: '../service/types.ts#TradeRow',
          CashEntry: '../service/types.ts#CashEntryRow',
          Goal: '../service/types.ts#GoalRow',
          ConsolidatedPosition: '../service/types.ts#ConsolidatedPositionRow',
          PortfolioShare: '../service/types.ts#PortfolioShareRow',
        },
        enumsAsTypes: true,
        scalars,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
      },
    },
    'subgraphs/risk/src/__generated__/resolvers.ts': {
      schema: 'subgraphs/risk/schema.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context.ts#RiskContext',
        mappers: {
          Portfolio: '../service/types.ts#PortfolioRepresentation',
          RiskReport: '../service/types.ts#RiskReportRecord',
          RiskLimit: '../service/types.ts#RiskLimitRow',
          RiskLimitBreach: '../service/types.ts#RiskLimitBreachRow',
          VarBacktest: '../service/types.ts#VarBacktestResult',
        },
        enumsAsTypes: true,
        scalars,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
      },
    },
    'subgraphs/collateral/src/__generated__/resolvers.ts': {
      schema: 'subgraphs/collateral/schema.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context.ts#CollateralContext',
        mappers: {
          MarginAccount: '../service/types.ts#AccountRow',
          MarginCall: '../service/types.ts#MarginCallRow',
          MarginWarning: '../service/types.ts#MarginWarningRow',
          MarginUtilization: '../service/types.ts#UtilizationRecord',
          CrossMargin: '../service/types.ts#CrossMarginRecord',
          CrossMarginOffset: '../service/types.ts#CrossMarginOffsetRecord',
          CollateralAllocationLine: '../service/types.ts#AllocationLineRecord',
        },
        enumsAsTypes: true,
        scalars,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
      },
    },
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
