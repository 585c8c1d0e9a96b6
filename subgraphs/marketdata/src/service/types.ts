/**
 * Row shapes of the market data engine, independent of GraphQL (the domain's own shapes are in
 * `domain/types.ts`, re-exported here for the codegen mappers). Table rows derive from the models
 * of `prisma/schema.prisma` (`SqlRow`: `numeric` read as float64, as the column lists cast it).
 */
import type { Instrument, SqlRow } from '@nautilus/db';

export type InstrumentRow = SqlRow<Pick<Instrument, 'id' | 'symbol' | 'name' | 'assetClass' | 'currency' | 'exchange' | 'multiplier' | 'tickSize' | 'active'>>;

export type { BarInput, BarRecord, IngestResult, Ohlcv, QuoteRecord, QuoteValues, ResolvedBar } from '../domain/types.ts';
