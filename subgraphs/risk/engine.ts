import type { EngineManifest } from '@nautilus/runtime/engine';

/** The risk engine: see README.md in this folder. */
export default {
  name: 'risk',
  title: 'Risk',
  description: 'VaR/ES by six methods, component VaR, Greeks, exposures, stress tests, VaR backtests, limits and breaches',
  defaultPort: 4103,
  entry: 'src/index.ts',
  subscriptions: {
    module: 'src/subscriptions.ts',
    fields: [{ field: 'riskLimitBreached', topic: 'risk.limit.breached' }],
  },
  codegen: {
    contextType: '../context.ts#RiskContext',
    mappers: {
      Portfolio: '../service/types.ts#PortfolioRepresentation',
      RiskReport: '../service/types.ts#RiskReportRecord',
      RiskLimit: '../service/types.ts#RiskLimitRow',
      RiskLimitBreach: '../service/types.ts#RiskLimitBreachRow',
      VarBacktest: '../service/types.ts#VarBacktestResult',
    },
  },
} satisfies EngineManifest;
