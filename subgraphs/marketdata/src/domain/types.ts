/** Shapes of the market data domain, independent of storage and GraphQL. */
import type { BarIntervalName, StoredInterval } from './intervals.ts';

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
  interval: BarIntervalName;
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

/** A bar as `ingestBars` receives it. */
export interface BarInput extends Ohlcv {
  symbol: string;
  interval: BarIntervalName;
  ts: Date;
}

/** A validated bar keyed by instrument id, ready for COPY. */
export interface ResolvedBar extends Ohlcv {
  instrumentId: number;
  interval: StoredInterval;
  ts: Date;
}

export interface IngestResult {
  written: number;
  inserted: number;
  replaced: number;
}
