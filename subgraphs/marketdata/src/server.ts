import type pg from 'pg';
import { defineSubgraph, type Bus, type SubgraphDeps, type SubgraphServer } from '@nautilus/runtime';
import engine from '../engine.ts';
import type { MarketdataContext } from './context.ts';
import { createLoaders, type CreateLoadersOptions } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { findTimeseriesLayout } from './store/findTimeseriesLayout.ts';

export interface CreateMarketdataServerOptions extends SubgraphDeps {
  pool: pg.Pool;
  bus: Bus;
  /** Observes dataloader batches (tests). */
  onBatch?: CreateLoadersOptions['onBatch'];
}

const buildServer = defineSubgraph({
  engine,
  dir: new URL('..', import.meta.url),
  createContext: ({ pool, bus, clock, timescale, onBatch }: CreateMarketdataServerOptions & { timescale: boolean }) => ({
    pool,
    bus,
    clock,
    timescale,
    loaders: createLoaders({ pool, onBatch }),
  }),
  resolvers,
});

/** Builds the market data subgraph (never listens: `index.ts` does, tests call `execute`) once it knows the database's timeseries layout. */
export async function createMarketdataServer(options: CreateMarketdataServerOptions): Promise<SubgraphServer<MarketdataContext>> {
  const { timescale } = await findTimeseriesLayout(options.pool);
  return buildServer({ ...options, timescale });
}
