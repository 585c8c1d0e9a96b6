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

export interface BarRecord {
  ts: Date;
  /** The interval the bar was read or aggregated at. */
  interval: 'M1' | 'M5' | 'M15' | 'H1' | 'D1';
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

export interface QuoteRecord {
  instrumentId: number;
  symbol: string;
  bid: number;
  ask: number;
  last: number;
  size: number;
  ts: Date;
}

/** SQL column list mapping `instrument` rows onto {@link InstrumentRow}. */
export const INSTRUMENT_COLUMNS = `id, symbol, name, asset_class AS "assetClass", currency, exchange,
  multiplier::float8 AS multiplier, tick_size::float8 AS "tickSize", active`;
