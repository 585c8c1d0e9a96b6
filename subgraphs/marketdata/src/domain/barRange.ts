import { badInput } from '@nautilus/runtime';
import type { IntervalSpec } from './intervals.ts';

export const MAX_BARS_LIMIT = 10_000;

export interface BarRange {
  from?: Date | null;
  to?: Date | null;
  limit?: number | null;
}

/** Validates the range arguments shared by `Query.bars` and `Instrument.bars`; returns the limit (default 500). */
export function validateBarRange({ from, to, limit }: BarRange): number {
  const max = limit ?? 500;
  if (!Number.isInteger(max) || max < 1 || max > MAX_BARS_LIMIT) {
    throw badInput('limit', `must be between 1 and ${MAX_BARS_LIMIT}, got ${max}`);
  }
  if (from && to && from.getTime() > to.getTime()) {
    throw badInput('from', `must not be after to (from ${from.toISOString()}, to ${to.toISOString()})`);
  }
  return max;
}

/**
 * Whole buckets only: `from` rounded down and `to` up to a bucket boundary (aligned to the Unix
 * epoch), so a partial range never yields a partial bar.
 */
export function wholeBuckets(spec: IntervalSpec, from?: Date | null, to?: Date | null): { from: Date | null; to: Date | null } {
  return {
    from: from ? new Date(Math.floor(from.getTime() / spec.millis) * spec.millis) : null,
    to: to ? new Date(Math.ceil(to.getTime() / spec.millis) * spec.millis) : null,
  };
}
