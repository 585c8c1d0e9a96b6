import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { createScratchDatabase, findTimescaleAvailability, type ScratchDatabase } from '@nautilus/db';
import '@nautilus/testing';
import { ingestBars, type BarInput } from '../src/service/ingestBars.ts';
import { queryBars } from '../src/service/queryBars.ts';
import { findTimeseriesLayout } from '../src/store/findTimeseriesLayout.ts';
import { INTERVALS, type BarIntervalName } from '../src/domain/intervals.ts';
import type { BarRecord } from '../src/service/types.ts';

/**
 * The TimescaleDB layout (production: docker-compose runs timescale/timescaledb) against the plain
 * PostgreSQL layout, bucket for bucket, for every interval: the same bars written in the same order
 * (recent data, a policy run, a backfill older than the refresh windows and the compression
 * horizon, corrections of old and recent bars, policy runs in between) must read back identically.
 *
 * Needs a server that preloads TimescaleDB at TIMESCALE_URL (any database on it; the test creates
 * and drops its own), e.g. postgresql://postgres@127.0.0.1:5433/postgres. Skipped, with the reason
 * in its title, where there is none.
 */
const TIMESCALE_URL = process.env.TIMESCALE_URL;

async function findSkipReason(): Promise<string | undefined> {
  if (!TIMESCALE_URL) return 'TIMESCALE_URL is not set (point it at a PostgreSQL server that preloads timescaledb)';
  const testServer = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await testServer.connect();
  try {
    if ((await findTimescaleAvailability(testServer)).preloaded) return 'the test server (DATABASE_URL) preloads timescaledb: no plain layout to compare with';
  } finally {
    await testServer.end();
  }
  const client = new pg.Client({ connectionString: TIMESCALE_URL, connectionTimeoutMillis: 3_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    const { installed, preloaded } = await findTimescaleAvailability(client);
    if (!installed) return `TIMESCALE_URL (${new URL(TIMESCALE_URL).host}) has no timescaledb extension installed`;
    if (!preloaded) return `TIMESCALE_URL (${new URL(TIMESCALE_URL).host}) does not preload timescaledb (shared_preload_libraries)`;
    return undefined;
  } catch (error) {
    return `TIMESCALE_URL is not reachable: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}

const skipReason = await findSkipReason();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Deterministic, valid 1-minute bars: a random walk from `price`. */
function minuteBars(symbol: string, start: number, count: number, price: number): BarInput[] {
  const bars: BarInput[] = [];
  let close = price;
  for (let i = 0; i < count; i++) {
    const open = close;
    close = Math.round(open * (1 + Math.sin(start / MINUTE + i * 1.7) * 0.002) * 100) / 100;
    const high = Math.round((Math.max(open, close) + 0.05 + (i % 7) * 0.01) * 100) / 100;
    const low = Math.round((Math.min(open, close) - 0.04 - (i % 5) * 0.01) * 100) / 100;
    bars.push({ symbol, interval: 'M1', ts: new Date(start + i * MINUTE), open, high, low, close, volume: 100 + ((i * 37) % 250) });
  }
  return bars;
}

function dailyBars(symbol: string, start: number, count: number, price: number): BarInput[] {
  return Array.from({ length: count }, (_, i) => {
    const open = price + i;
    return { symbol, interval: 'D1', ts: new Date(start + i * DAY), open, high: open + 2, low: open - 1.5, close: open + 0.5, volume: 10_000 + i };
  });
}

/** 5m/15m/1h buckets computed here from the 1m bars, the reference both layouts must match. */
function aggregate(bars: readonly BarInput[], interval: BarIntervalName): Array<Omit<BarRecord, 'interval'>> {
  const millis = INTERVALS[interval].millis;
  const buckets = new Map<number, Omit<BarRecord, 'interval'>>();
  for (const bar of [...bars].sort((a, b) => a.ts.getTime() - b.ts.getTime())) {
    const key = Math.floor(bar.ts.getTime() / millis) * millis;
    const bucket = buckets.get(key);
    if (!bucket) buckets.set(key, { ts: new Date(key), open: bar.open, high: bar.high, low: bar.low, close: bar.close, volume: bar.volume });
    else {
      bucket.high = Math.max(bucket.high, bar.high);
      bucket.low = Math.min(bucket.low, bar.low);
      bucket.close = bar.close;
      bucket.volume += bar.volume;
    }
  }
  return [...buckets.values()].sort((a, b) => a.ts.getTime() - b.ts.getTime());
}

interface Layout {
  name: string;
  scratch: ScratchDatabase;
  pool: pg.Pool;
  timescale: boolean;
}

describe.skipIf(skipReason !== undefined)(
  `TimescaleDB and plain PostgreSQL layouts read the same bars${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    const layouts: Layout[] = [];
    /** Every 1m bar as finally stored (corrections replace earlier versions). */
    const stored = new Map<string, BarInput>();
    const now = Date.now();
    const thisHour = Math.floor(now / HOUR) * HOUR;
    const SYMBOLS = ['TSA', 'TSB'];

    async function open(name: string, adminUrl: string): Promise<Layout> {
      const scratch = await createScratchDatabase({ adminUrl, prefix: 'nautilus_layout' });
      const pool = new pg.Pool({ connectionString: scratch.url, max: 2 });
      await pool.query(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES
        ('TSA', 'Layout A', 'equity', 'USD', 'XNAS'), ('TSB', 'Layout B', 'equity', 'USD', 'XNYS')`);
      const { timescale } = await findTimeseriesLayout(pool);
      const layout = { name, scratch, pool, timescale };
      layouts.push(layout);
      return layout;
    }

    /** Runs every TimescaleDB background job of the database now (refresh and compression policies). */
    async function runPolicies(pool: pg.Pool): Promise<string[]> {
      const { rows } = await pool.query<{ job_id: number; proc_name: string }>(
        'SELECT job_id, proc_name FROM timescaledb_information.jobs WHERE hypertable_name IS NOT NULL ORDER BY job_id',
      );
      for (const { job_id } of rows) await pool.query(`CALL run_job(${Number(job_id)})`);
      return rows.map((r) => r.proc_name);
    }

    /** Writes the same batch to both layouts and returns what each reported. */
    async function write(bars: BarInput[]): Promise<Array<{ written: number; inserted: number; replaced: number }>> {
      for (const bar of bars) if (bar.interval === 'M1') stored.set(`${bar.symbol}|${bar.ts.getTime()}`, bar);
      return Promise.all(layouts.map((l) => ingestBars(l.pool, bars)));
    }

    async function policyRun(): Promise<void> {
      const ts = layouts.find((l) => l.timescale)!;
      const procs = await runPolicies(ts.pool);
      expect(procs).toContain('policy_compression');
    }

    beforeAll(async () => {
      const plain = await open('plain', inject('adminDatabaseUrl'));
      const timescale = await open('timescale', TIMESCALE_URL!);
      expect(plain.timescale, 'the test server (DATABASE_URL) must take the plain layout').toBe(false);
      expect(timescale.timescale, 'the TIMESCALE_URL server must take the TimescaleDB layout').toBe(true);

      // 1. Recent minutes (the last 6 hours, partial hours at both ends), then a policy run.
      const recentStart = Math.floor(now / MINUTE) * MINUTE - 6 * HOUR - 17 * MINUTE;
      for (const [i, symbol] of SYMBOLS.entries()) await write(minuteBars(symbol, recentStart, 6 * 60 + 10, 100 + i * 50));
      await write(SYMBOLS.flatMap((s, i) => dailyBars(s, Math.floor(now / DAY) * DAY - 80 * DAY, 80, 90 + i * 40)));
      await policyRun();

      // 2. A backfill older than any refresh window: 10 days back, and 70 days back (beyond the
      //    30-day compression horizon, so its chunk gets compressed by the next policy run).
      for (const [i, symbol] of SYMBOLS.entries()) {
        await write(minuteBars(symbol, thisHour - 10 * DAY + 7 * MINUTE, 3 * 60, 120 + i * 10));
        await write(minuteBars(symbol, thisHour - 70 * DAY, 3 * 60, 80 + i * 10));
      }
      await policyRun();

      // 3. Corrections (upserts reported as replaced), old and recent, then more policy runs.
      const correct = (symbol: string, ts: number, change: (b: BarInput) => Partial<BarInput>): BarInput => {
        const bar = stored.get(`${symbol}|${ts}`);
        if (!bar) throw new Error(`no stored bar ${symbol} at ${new Date(ts).toISOString()}`);
        return { ...bar, ...change(bar) };
      };
      const corrections = [
        correct('TSA', thisHour - 10 * DAY + 30 * MINUTE, (b) => ({ high: b.high + 5 })),
        correct('TSA', thisHour - 70 * DAY + 61 * MINUTE, (b) => ({ low: b.low - 3, volume: b.volume + 1_000 })),
        correct('TSB', thisHour - 2 * HOUR + 5 * MINUTE, (b) => ({ high: b.high + 2, close: b.close + 1 })),
      ];
      for (const bar of corrections) {
        const results = await write([bar]);
        for (const result of results) expect(result).toEqual({ written: 1, inserted: 0, replaced: 1 });
      }
      await policyRun();
      await policyRun();
    });

    afterAll(async () => {
      for (const layout of layouts) {
        await layout.pool.end();
        await layout.scratch.drop();
      }
    });

    const range = () => ({ from: new Date(now - 90 * DAY), to: new Date(now + DAY), limit: 10_000 });

    it.each(['M1', 'M5', 'M15', 'H1', 'D1'] as const)('%s bars are equal bucket for bucket in both layouts', async (interval) => {
      for (const symbol of SYMBOLS) {
        const [plain, timescale] = await Promise.all(
          layouts.map(async (l) => {
            const { rows } = await l.pool.query<{ id: number }>('SELECT id FROM marketdata.instrument WHERE symbol = $1', [symbol]);
            return queryBars(l.pool, { instrumentId: rows[0]!.id, interval, ...range(), timescale: l.timescale });
          }),
        );
        expect(plain!.length).toBeGreaterThan(0);
        expect(timescale, `${symbol} ${interval}: TimescaleDB layout vs plain layout`).toEqual(plain);
        if (interval !== 'D1') {
          const expected = aggregate([...stored.values()].filter((b) => b.symbol === symbol), interval);
          expect(plain!.map(({ interval: _, ...bar }) => bar), `${symbol} ${interval}: plain layout vs buckets computed in the test`).toEqual(expected);
        }
      }
    });

    it('keeps no continuous aggregate on the TimescaleDB layout: only compression policies run', async () => {
      const { pool } = layouts.find((l) => l.timescale)!;
      const caggs = await pool.query('SELECT view_name FROM timescaledb_information.continuous_aggregates');
      expect(caggs.rows).toEqual([]);
      const jobs = await pool.query<{ proc_name: string; hypertable_name: string }>(
        'SELECT proc_name, hypertable_name FROM timescaledb_information.jobs WHERE hypertable_name IS NOT NULL ORDER BY hypertable_name',
      );
      expect(jobs.rows).toEqual([
        { proc_name: 'policy_compression', hypertable_name: 'bar' },
        { proc_name: 'policy_compression', hypertable_name: 'tick' },
      ]);
      const compressed = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM timescaledb_information.chunks WHERE hypertable_name = 'bar' AND is_compressed");
      expect(compressed.rows[0]!.n, 'the 70-day-old backfill was compressed before it was corrected').toBeGreaterThan(0);
    });

    it('serves hourly bars of old and corrected data after the policies ran', async () => {
      const { pool, timescale } = layouts.find((l) => l.timescale)!;
      const { rows } = await pool.query<{ id: number }>("SELECT id FROM marketdata.instrument WHERE symbol = 'TSA'");
      const h1 = await queryBars(pool, { instrumentId: rows[0]!.id, interval: 'H1', ...range(), timescale });
      const at = (ts: number) => h1.find((b) => b.ts.getTime() === ts);
      // The 70-day-old and 10-day-old backfills are there, with the corrected values.
      const old = aggregate([...stored.values()].filter((b) => b.symbol === 'TSA'), 'H1');
      const expectedOld = old.find((b) => b.ts.getTime() === thisHour - 70 * DAY + HOUR)!;
      expect(at(thisHour - 70 * DAY + HOUR)).toMatchObject({ low: expectedOld.low, volume: expectedOld.volume });
      const expectedTen = old.find((b) => b.ts.getTime() === thisHour - 10 * DAY)!;
      expect(at(thisHour - 10 * DAY)).toMatchObject({ high: expectedTen.high });
      // 3 hours at 70 days, 4 partial-or-whole hours at 10 days (starts at :07), 7 recent ones.
      expect(h1.filter((b) => b.ts.getTime() < now - DAY)).toHaveLength(3 + 4);
    });
  },
);
