import type { EngineManifest } from '@nautilus/runtime/engine';

/** The portfolio engine: see README.md in this folder. */
export default {
  name: 'portfolio',
  title: 'Portfolio',
  description: 'Family-office entities, portfolios, trades, positions and cash, goals, performance, optimisation and rebalancing',
  defaultPort: 4102,
  entry: 'src/index.ts',
  seed: { module: 'src/seedPortfolios.ts', export: 'seedPortfolios', order: 20 },
  codegen: {
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
  },
} satisfies EngineManifest;
