import { withTransaction } from '@nautilus/db';
import type pg from 'pg';
import type { Clock } from '@nautilus/runtime';
import type { ResolvedBar } from './domain/types.ts';
import { lockForTransaction } from './store/advisoryLock.ts';
import { copyIntoBarTable } from './store/bars.ts';
import { countInstruments, insertInstruments } from './store/instruments.ts';
import { createDemoUniverse, generateHistory, type BarRow, type MarketUniverse } from './domain/simulator/index.ts';
import { loadDemoCalibration } from './service/simulatorCalibration.ts';

export interface SeedMarketDataOptions {
  pool: pg.Pool;
  clock: Clock;
  /** Simulator seed: the same seed gives the same demo history. */
  seed: number;
  /** Years of daily bars. Default 5. */
  years?: number;
  /** Most recent business days that also get 1-minute bars. Default 5. */
  minuteDays?: number;
  universe?: MarketUniverse;
  onProgress?: (message: string) => void;
}

export interface SeedResult {
  /** False when instruments already existed (nothing was written). */
  seeded: boolean;
  instruments: number;
  bars: number;
  /** One line for the launcher's log. */
  summary: string;
}

/** Arbitrary constant: concurrent starters seed once. */
const SEED_LOCK_KEY = 727_465_002;

/** The demo universe calibrated from real prices: what the seed and the live feed both use. */
export function createCalibratedUniverse(): MarketUniverse {
  return createDemoUniverse({ calibration: loadDemoCalibration() });
}

/** The last completed session before `now`: yesterday, or the Friday before a weekend. */
export function lastCompletedSession(now: number): Date {
  const day = new Date(now);
  day.setUTCHours(0, 0, 0, 0);
  do day.setUTCDate(day.getUTCDate() - 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day;
}

/**
 * First start only: writes the ~50 demo instruments, years of daily bars and
 * the last days of 1-minute bars from the seeded simulator, in one
 * transaction (a failed seed leaves an empty database, retried next start).
 * A database that already has instruments is left as it is.
 */
export async function seedMarketData({ pool, clock, seed, years = 5, minuteDays = 5, universe, onProgress }: SeedMarketDataOptions): Promise<SeedResult> {
  // The transaction-scoped advisory lock makes concurrent starters seed once and is released at COMMIT/ROLLBACK.
  return withTransaction(pool, async (client) => {
    await lockForTransaction(client, SEED_LOCK_KEY);
    const existing = await countInstruments(client);
    if (existing > 0) return { seeded: false, instruments: existing, bars: 0, summary: `reusing existing data (${existing} instruments)` };

    const world = universe ?? createCalibratedUniverse();
    const endDate = lastCompletedSession(clock.now());
    onProgress?.(`simulating ${years} years of daily bars and ${minuteDays} days of minute bars for ${world.instruments.length} instruments`);
    const { daily, minute } = generateHistory({ universe: world, seed, endDate, years, minuteDays });

    const rows = await insertInstruments(client, world.instruments);
    const ids = new Map(rows.map((r) => [r.symbol, r.id]));
    const resolve = (bar: BarRow): ResolvedBar => ({ ...bar, instrumentId: ids.get(bar.symbol)! });
    onProgress?.(`writing ${(daily.length + minute.length).toLocaleString('en-US')} bars`);
    await copyIntoBarTable(client, daily.map(resolve));
    await copyIntoBarTable(client, minute.map(resolve));
    const bars = daily.length + minute.length;
    return { seeded: true, instruments: rows.length, bars, summary: `seeded ${rows.length} instruments and ${bars.toLocaleString('en-US')} bars` };
  });
}
