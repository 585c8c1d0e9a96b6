import { createBatchLoaders } from '@nautilus/runtime';
import type DataLoader from 'dataloader';
import type pg from 'pg';
import { findInstrumentsByIds, findInstrumentsBySymbols } from './store/instruments.ts';
import { findLastCloses, findLatestQuotes } from './store/quotes.ts';
import type { InstrumentRow, QuoteRecord } from './service/types.ts';

/**
 * Per-request dataloaders (a new set for every request, so nothing is cached
 * across users or over time). Every entity reference and child lookup goes
 * through one of these: N instruments cost one query, not N.
 */
export interface MarketdataLoaders {
  instrumentById: DataLoader<number, InstrumentRow | null>;
  instrumentBySymbol: DataLoader<string, InstrumentRow | null>;
  latestQuote: DataLoader<number, QuoteRecord | null>;
  lastClose: DataLoader<number, number | null>;
}

export interface CreateLoadersOptions {
  pool: pg.Pool;
  /** Observes each batch (tests assert batching with it). */
  onBatch?: (loader: keyof MarketdataLoaders, keys: readonly unknown[]) => void;
}

export function createLoaders({ pool, onBatch }: CreateLoadersOptions): MarketdataLoaders {
  const batch = createBatchLoaders<MarketdataLoaders>({ onBatch });
  const findInstruments = async (column: 'id' | 'symbol', keys: readonly (number | string)[]): Promise<InstrumentRow[]> => {
    const rows = column === 'id' ? await findInstrumentsByIds(pool, keys as readonly number[]) : await findInstrumentsBySymbols(pool, keys as readonly string[]);
    // An instrument found by id is found by symbol too, and the other way round.
    for (const row of rows) {
      if (column === 'id') instrumentBySymbol.prime(row.symbol, row);
      else instrumentById.prime(row.id, row);
    }
    return rows;
  };
  const instrumentById = batch.byKey('instrumentById', { load: (ids) => findInstruments('id', ids), key: (row) => row.id });
  const instrumentBySymbol = batch.byKey('instrumentBySymbol', { load: (symbols) => findInstruments('symbol', symbols), key: (row) => row.symbol });
  return {
    instrumentById,
    instrumentBySymbol,
    latestQuote: batch.byKey('latestQuote', { load: (ids) => findLatestQuotes(pool, ids) }),
    lastClose: batch.byKey('lastClose', { load: (ids) => findLastCloses(pool, ids) }),
  };
}
