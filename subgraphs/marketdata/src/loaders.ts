import DataLoader from 'dataloader';
import type pg from 'pg';
import { findLastCloses, findLatestQuotes } from './service/quotes.ts';
import { INSTRUMENT_COLUMNS, type InstrumentRow, type QuoteRecord } from './service/types.ts';

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
  const instrumentById: DataLoader<number, InstrumentRow | null> = new DataLoader(async (ids) => {
    onBatch?.('instrumentById', ids);
    const { rows } = await pool.query<InstrumentRow>(`SELECT ${INSTRUMENT_COLUMNS} FROM instrument WHERE id = ANY($1::int[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const row = byId.get(id) ?? null;
      if (row) instrumentBySymbol.prime(row.symbol, row);
      return row;
    });
  });
  const instrumentBySymbol: DataLoader<string, InstrumentRow | null> = new DataLoader(async (symbols) => {
    onBatch?.('instrumentBySymbol', symbols);
    const { rows } = await pool.query<InstrumentRow>(`SELECT ${INSTRUMENT_COLUMNS} FROM instrument WHERE symbol = ANY($1::text[])`, [symbols]);
    const bySymbol = new Map(rows.map((r) => [r.symbol, r]));
    return symbols.map((symbol) => {
      const row = bySymbol.get(symbol) ?? null;
      if (row) instrumentById.prime(row.id, row);
      return row;
    });
  });
  const latestQuote = new DataLoader<number, QuoteRecord | null>(async (ids) => {
    onBatch?.('latestQuote', ids);
    const quotes = await findLatestQuotes(pool, ids);
    return ids.map((id) => quotes.get(id) ?? null);
  });
  const lastClose = new DataLoader<number, number | null>(async (ids) => {
    onBatch?.('lastClose', ids);
    const closes = await findLastCloses(pool, ids);
    return ids.map((id) => closes.get(id) ?? null);
  });
  return { instrumentById, instrumentBySymbol, latestQuote, lastClose };
}
