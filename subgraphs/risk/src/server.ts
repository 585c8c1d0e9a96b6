import type pg from 'pg';
import type { Accel } from '@nautilus/accel';
import { defineSubgraph, type Bus, type SubgraphDeps } from '@nautilus/runtime';
import engine from '../engine.ts';
import { createLoaders, type CreateLoadersOptions } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { createRiskReportRecorder } from './service/riskReportRecorder.ts';

export interface CreateRiskServerOptions extends SubgraphDeps {
  pool: pg.Pool;
  /** Where `risk.limit.breached` is published (after commit). */
  bus: Bus;
  /** Runs MONTE_CARLO reports; the caller owns it (creates and closes it). */
  accel: Accel;
  /** Observes dataloader batches and the report writes' batches (`reportWriter`) (tests). */
  onBatch?: (name: Parameters<NonNullable<CreateLoadersOptions['onBatch']>>[0] | 'reportWriter', keys: readonly unknown[]) => void;
}

/** Builds the risk subgraph (never listens: `index.ts` does, tests call `execute`). */
export const createRiskServer = defineSubgraph({
  engine,
  dir: new URL('..', import.meta.url),
  createContext: ({ pool, bus, clock, accel, onBatch }: CreateRiskServerOptions) => ({
    pool,
    bus,
    clock,
    accel,
    loaders: createLoaders({ pool, onBatch }),
    recorder: createRiskReportRecorder({ pool, bus, onBatch }),
  }),
  resolvers,
  // The router behind MONTE_CARLO reports, for the system engine's `acceleration`.
  status: async ({ accel }) => ({ acceleration: await accel.status() }),
});
