/**
 * Row shapes of the market data domain, independent of GraphQL. Table rows derive from the models
 * of `prisma/schema.prisma` (`SqlRow`: `numeric` read as float64, as the column lists cast it).
 */
import type { Instrument, SqlRow } from '@nautilus/db';

export type InstrumentRow = SqlRow<Pick<Instrument, 'id' | 'symbol' | 'name' | 'assetClass' | 'currency' | 'exchange' | 'multiplier' | 'tickSize' | 'active'>>;

/** The five numbers of a bar, shared by every bar shape (stored, ingested, simulated). */
export interface Ohlcv {
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

export interface BarRecord extends Ohlcv {
  ts: Date;
  /** The interval the bar was read or aggregated at. */
  interval: 'M1' | 'M5' | 'M15' | 'H1' | 'D1';
}

/** A quote as the simulator and feeds produce it, before it is keyed by instrument id. */
export interface QuoteValues {
  symbol: string;
  bid: number;
  ask: number;
  /** Last trade price. */
  last: number;
  /** Size of the last trade in units (0 for indices, which do not trade). */
  size: number;
  ts: Date;
}

export interface QuoteRecord extends QuoteValues {
  instrumentId: number;
}

/** SQL column list mapping `instrument` rows onto {@link InstrumentRow}. */
export const INSTRUMENT_COLUMNS = `id, symbol, name, asset_class AS "assetClass", currency, exchange,
  multiplier::float8 AS multiplier, tick_size::float8 AS "tickSize", active`;
