import pg from 'pg';
import { MemoryBus, TestClock, createLogger, type SubgraphServer } from '@nautilus/runtime';
import { subgraphCaller } from '@nautilus/testing';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { createStrategyServer } from '../../src/server.ts';
import type { StrategyContext } from '../../src/context.ts';
import { PortfolioClient } from '../../src/service/portfolioClient.ts';
import { BacktestRunner } from '../../src/workers/backtestRunner.ts';
import { FillRecorder } from '../../src/workers/fillRecorder.ts';
import { PaperBroker } from '../../src/workers/paperBroker.ts';
import { SignalRunner } from '../../src/workers/signalRunner.ts';

export const SECRET = 'x'.repeat(32);
export const logger = createLogger({ name: 'strategy-test', level: 'silent' });
/** The clock of the tests: a Monday afternoon after the stored bars. */
export const START = Date.UTC(2026, 0, 5, 15, 0);
export const DAY_MS = 86_400_000;

/** Daily bars for `days` days ending the day before START: a drifting, wiggling close with a high/low range. */
export async function insertDailyBars(pool: pg.Pool, instrumentId: number, days: number, drift: number, phase: number): Promise<void> {
  await pool.query(
    `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume)
     SELECT $1, '1d', ts, c * 0.998, c * 1.01, c * 0.99, c, 1000000
       FROM (SELECT $4::timestamptz - ((n + 1) || ' days')::interval AS ts,
                    100 * exp(-n * $2::float8 + 0.08 * sin(n * 0.11 + $3::float8) + 0.03 * sin(n * 0.53)) AS c
               FROM generate_series(0, $5 - 1) AS n) s`,
    [instrumentId, drift, phase, new Date(Date.UTC(2026, 0, 5)), days],
  );
}

/** One engine's worth of strategy (workers and server) over a test database, with a listening portfolio server to record fills in. */
export async function startStrategyEngine(url: string) {
  const clock = new TestClock(START);
  const bus = new MemoryBus();
  const pool = new pg.Pool({ connectionString: url, max: 6 });
  const portfolio = createPortfolioServer({ pool, clock, logger, internalSecret: SECRET });
  const portfolioUrl = await portfolio.listen(0);
  const recorder = new FillRecorder({ pool, clock, logger, recorder: new PortfolioClient({ url: portfolioUrl, secret: SECRET, clock }) });
  const broker = new PaperBroker({ pool, bus, clock, logger, onFills: () => void recorder.wake() });
  const backtests = new BacktestRunner({ pool, bus, clock, logger });
  // The runner's own schedule is a year: tests call evaluate() themselves.
  const signals = new SignalRunner({ pool, bus, clock, logger, broker, intervalMs: 365 * DAY_MS });
  await backtests.start();
  await broker.start();
  recorder.start();
  signals.start();
  const batches: Array<[string, readonly unknown[]]> = [];
  const server: SubgraphServer<StrategyContext> = createStrategyServer({ pool, bus, clock, logger, internalSecret: SECRET, backtests, broker, signals, onBatch: (name, keys) => batches.push([name, keys]) });
  const strategy = subgraphCaller(() => server);
  const portfolioCalls = subgraphCaller(() => portfolio);
  return {
    clock,
    bus,
    pool,
    server,
    backtests,
    broker,
    recorder,
    signals,
    /** Every dataloader batch: [loader, keys]. */
    batches,
    ...strategy,
    portfolio: portfolioCalls,
    async stop() {
      await backtests.stop();
      await broker.stop();
      await recorder.stop();
      await signals.stop();
      await server.stop();
      await portfolio.stop();
      await pool.end();
    },
  };
}

/** Polls `check` (real time) until it returns a value, or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, ms = 20_000, what = 'condition'): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
