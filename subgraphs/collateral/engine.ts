import type { EngineManifest } from '@nautilus/runtime/engine';

/** The collateral engine: see README.md in this folder. */
export default {
  name: 'collateral',
  title: 'Collateral',
  description: 'Margin accounts (Reg T, portfolio margin), collateral with haircuts, cross-margining, live margin calls and their prediction',
  defaultPort: 4104,
  entry: 'src/index.ts',
  subscriptions: {
    module: 'src/subscriptions.ts',
    fields: [
      { field: 'marginCallRaised', topic: 'collateral.margin_call.raised' },
      { field: 'marginUtilization', topic: 'collateral.utilization' },
      { field: 'marginWarning', topic: 'collateral.margin_warning' },
    ],
  },
  workers: [
    { name: 'margin-monitor', kind: 'in-process', description: 'Revalues accounts on every quote, raises and clears margin calls, predicts calls' },
  ],
  seed: { module: 'src/seedMarginAccounts.ts', export: 'seedMarginAccounts', order: 30 },
  metrics: {
    families: [
      'nautilus_margin_ticks_total',
      'nautilus_margin_evaluations_total',
      'nautilus_margin_utilization_events_total',
      'nautilus_margin_calls_raised_total',
      'nautilus_margin_calls_cleared_total',
      'nautilus_margin_warnings_total',
      'nautilus_margin_accounts',
      'nautilus_margin_live_calls',
    ],
  },
  codegen: {
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
  },
} satisfies EngineManifest;
