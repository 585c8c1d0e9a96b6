import type pg from 'pg';
import type { Bus, Clock, Logger } from '@nautilus/runtime';
import { writeBars, type ResolvedBar } from '../service/ingestBars.ts';
import { recordQuotes } from '../service/quotes.ts';
import type { QuoteRecord } from '../service/types.ts';
import { MarketSimulator, type MarketUniverse } from '../domain/simulator/index.ts';
import { createCalibratedUniverse } from '../seedMarketData.ts';
import { findActiveInstrumentPrices } from '../store/instruments.ts';

export interface CreateSimulatorFeedOptions {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  seed: number;
  tickMs: number;
  logger?: Logger;
  universe?: MarketUniverse;
}

/**
 * The default market feed: the simulator, continuing from the stored prices,
 * writing every quote batch to `tick` and publishing it on `marketdata.quote`
 * after commit, and writing completed 1-minute bars. Instruments of the
 * universe that are not in the database are left out.
 */
export async function createSimulatorFeed({ pool, bus, clock, seed, tickMs, logger, universe }: CreateSimulatorFeedOptions): Promise<MarketSimulator> {
  const full = universe ?? createCalibratedUniverse();
  const rows = await findActiveInstrumentPrices(pool, full.instruments.map((i) => i.symbol));
  const ids = new Map(rows.map((r) => [r.symbol, r.id]));
  const keep = full.instruments.map((spec, index) => ({ spec, index })).filter(({ spec }) => ids.has(spec.symbol));
  const subset: MarketUniverse = {
    instruments: keep.map(({ spec }) => spec),
    correlation: keep.map(({ index: i }) => keep.map(({ index: j }) => full.correlation[i]![j]!)),
  };
  const startPrices = new Map(rows.filter((r) => r.price !== null).map((r) => [r.symbol, r.price!]));
  return new MarketSimulator({
    clock,
    universe: subset,
    seed,
    tickMs,
    startPrices,
    logger,
    onQuotes: (quotes) =>
      recordQuotes(
        pool,
        bus,
        quotes.map((q): QuoteRecord => ({ ...q, instrumentId: ids.get(q.symbol)! })),
      ),
    onMinuteBars: async (bars) => {
      const resolved = bars.map((b): ResolvedBar => ({ ...b, instrumentId: ids.get(b.symbol)! }));
      if (resolved.length) await writeBars(pool, resolved);
    },
  });
}
