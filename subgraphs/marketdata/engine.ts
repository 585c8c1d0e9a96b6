import type { EngineManifest } from '@nautilus/runtime/engine';

/** The market data engine: see README.md in this folder. */
export default {
  name: 'marketdata',
  title: 'Market data',
  description: 'Instruments, OHLCV bars aggregated in SQL, live quotes from the market simulator',
  defaultPort: 4101,
  entry: 'src/index.ts',
  subscriptions: {
    module: 'src/subscriptions.ts',
    fields: [{ field: 'quotes', topic: 'marketdata.quote' }],
  },
  workers: [
    { name: 'feed', kind: 'process', entry: 'src/workers/feed.ts', description: 'The market simulator: writes ticks and bars, publishes quotes on the bus' },
  ],
  seed: { module: 'src/seedMarketData.ts', export: 'seedMarketData', order: 10 },
  codegen: {
    contextType: '../context.ts#MarketdataContext',
    mappers: {
      Instrument: '../service/types.ts#InstrumentRow',
      Quote: '../service/types.ts#QuoteRecord',
      Bar: '../service/types.ts#BarRecord',
    },
  },
} satisfies EngineManifest;
