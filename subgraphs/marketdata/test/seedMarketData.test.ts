import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { TestClock } from '@nautilus/runtime';
import { useTestDatabase } from '@nautilus/testing';
import { lastCompletedSession, seedMarketData } from '../src/seedMarketData.ts';

describe('seedMarketData', () => {
  const database = useTestDatabase();
  let pool: pg.Pool;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
  });
  afterAll(() => pool?.end());

  it('seeds the demo world once, in one transaction, and leaves an existing world alone', async () => {
    const clock = new TestClock(Date.UTC(2026, 0, 5, 12, 0)); // a Monday
    const first = await seedMarketData({ pool, clock, seed: 3, years: 0.25, minuteDays: 1 });
    expect(first.seeded).toBe(true);
    expect(first.instruments).toBeGreaterThanOrEqual(45);
    const counts = await pool.query<{ interval: string; n: number; last: Date }>('SELECT interval, count(*)::int AS n, max(ts) AS last FROM marketdata.bar GROUP BY interval ORDER BY interval');
    expect(counts.rows.reduce((sum, r) => sum + r.n, 0)).toBe(first.bars);
    // The Friday before a Monday is the last completed session.
    const daily = counts.rows.find((r) => r.interval === '1d')!;
    expect(daily.last.toISOString()).toBe('2026-01-02T00:00:00.000Z');
    const minute = counts.rows.find((r) => r.interval === '1m')!;
    expect(minute.n).toBe(first.instruments * 390);

    const again = await seedMarketData({ pool, clock, seed: 3 });
    expect(again).toEqual({ seeded: false, instruments: first.instruments, bars: 0, summary: `reusing existing data (${first.instruments} instruments)` });
  });

  it('picks the previous business day as the last completed session', () => {
    expect(lastCompletedSession(Date.UTC(2026, 0, 7, 9)).toISOString()).toBe('2026-01-06T00:00:00.000Z'); // Wed → Tue
    expect(lastCompletedSession(Date.UTC(2026, 0, 4, 9)).toISOString()).toBe('2026-01-02T00:00:00.000Z'); // Sun → Fri
  });
});
