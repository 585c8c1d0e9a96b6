/** Row shapes of the market data domain, independent of GraphQL. */

export interface InstrumentRow {
  id: number;
  symbol: string;
  name: string;
  assetClass: string;
  currency: string;
  exchange: string;
  multiplier: number;
  tickSize: number;
  active: boolean;
}

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
