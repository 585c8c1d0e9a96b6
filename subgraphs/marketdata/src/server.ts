import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type pg from 'pg';
import { createSubgraphServer, type Bus, type Clock, type Logger, type SubgraphServer } from '@nautilus/runtime';
import type { MarketdataContext } from './context.ts';
import { createLoaders, type CreateLoadersOptions } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { findTimeseriesLayout } from './service/findTimeseriesLayout.ts';

/** Port the market data subgraph listens on unless MARKETDATA_PORT says otherwise. */
export const MARKETDATA_DEFAULT_PORT = 4101;

export const typeDefs = parse(readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8'));

export interface CreateMarketdataServerOptions {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  logger: Logger;
  internalSecret: string;
  /** Observes dataloader batches (tests). */
  onBatch?: CreateLoadersOptions['onBatch'];
}

/** Builds the market data subgraph (never listens: `index.ts` does, tests call `execute`). */
export async function createMarketdataServer(options: CreateMarketdataServerOptions): Promise<SubgraphServer<MarketdataContext>> {
  const { pool, bus, clock, logger } = options;
  const { timescale } = await findTimeseriesLayout(pool);
  return createSubgraphServer<MarketdataContext>({
    name: 'marketdata',
    typeDefs,
    resolvers: resolvers as never,
    internalSecret: options.internalSecret,
    clock,
    logger,
    createContext: (request) => ({
      ...request,
      pool,
      bus,
      clock,
      timescale,
      loaders: createLoaders({ pool, onBatch: options.onBatch }),
    }),
    checkReady: async () => {
      await pool.query('SELECT 1');
    },
  });
}
