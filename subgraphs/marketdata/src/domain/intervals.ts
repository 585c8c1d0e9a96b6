/** GraphQL `BarInterval` values and how each is produced. */
export type BarIntervalName = 'M1' | 'M5' | 'M15' | 'H1' | 'D1';

/** Intervals stored in the `bar` table; everything else is aggregated from '1m'. */
export type StoredInterval = '1m' | '1d';

export interface IntervalSpec {
  name: BarIntervalName;
  /** Length in milliseconds. */
  millis: number;
  /** PostgreSQL interval literal for date_bin / time_bucket. */
  sql: string;
  /** The stored interval it is read from. */
  source: StoredInterval;
  /** True when bars are read as stored, false when aggregated. */
  stored: boolean;
}

const MINUTE = 60_000;

export const INTERVALS: Record<BarIntervalName, IntervalSpec> = {
  M1: { name: 'M1', millis: MINUTE, sql: '1 minute', source: '1m', stored: true },
  M5: { name: 'M5', millis: 5 * MINUTE, sql: '5 minutes', source: '1m', stored: false },
  M15: { name: 'M15', millis: 15 * MINUTE, sql: '15 minutes', source: '1m', stored: false },
  H1: { name: 'H1', millis: 60 * MINUTE, sql: '1 hour', source: '1m', stored: false },
  D1: { name: 'D1', millis: 1440 * MINUTE, sql: '1 day', source: '1d', stored: true },
};

export const STORED_TO_NAME: Record<StoredInterval, BarIntervalName> = { '1m': 'M1', '1d': 'D1' };
