import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@nautilus/testing';
import { BacktestRunner, RESTART_REASON } from '../src/workers/backtestRunner.ts';
import { DAY_MS, eventually, insertDailyBars, logger, startStrategyEngine } from './support/harness.ts';

const BACKTEST_FIELDS = `id status progress error kind symbols mode interval initialCash parameters
  metrics { totalReturn cagr sharpe maxDrawdown maxDrawdownDuration tradeCount winRate deflatedSharpe all }
  trades { symbol side quantity entryTs entryPrice exitTs exitPrice pnl mae mfe }
  equityCurve { ts equity drawdown } drawdowns { start trough end depth length }
  sweep { parameters metrics { sharpe totalReturn } }`;

/**
 * Backtests through the graph: queued, run on a worker thread, stored with metrics, trades,
 * equity curve, drawdowns and sweep cells; the engine answers while a long run goes on; cancel stops
 * a run; a restart marks what the previous process left QUEUED or RUNNING as FAILED with the reason.
 */
describe('strategy subgraph: backtests', () => {
  const database = useTestDatabase();
  let engine: Awaited<ReturnType<typeof startStrategyEngine>>;
  const from = new Date(Date.UTC(2026, 0, 5) - 290 * DAY_MS).toISOString();
  const to = new Date(Date.UTC(2026, 0, 4)).toISOString();

  const run = (input: Record<string, unknown>) => engine.run(`mutation($i: BacktestInput!) { runBacktest(input: $i) { id status } }`, { i: input });
  const get = async (id: string) => (await engine.ok(`query($id: ID!) { backtest(id: $id) { ${BACKTEST_FIELDS} } }`, { id })).backtest;
  const finished = (id: string, ms = 60_000) => eventually(async () => {
    const b = await get(id);
    return ['COMPLETED', 'FAILED', 'CANCELLED'].includes(b.status) ? b : null;
  }, ms, `backtest ${id} to finish`);

  beforeAll(async () => {
    engine = await startStrategyEngine(database.url);
    const { rows } = await engine.pool.query<{ id: number; symbol: string }>(
      `INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('AAA', 'Alpha', 'equity', 'USD', 'XNAS'), ('BBB', 'Beta', 'equity', 'USD', 'XNYS'), ('MIN', 'Minute', 'equity', 'USD', 'XNYS') RETURNING id, symbol`,
    );
    const ids = Object.fromEntries(rows.map((r) => [r.symbol, r.id]));
    await insertDailyBars(engine.pool, ids.AAA!, 300, 0.001, 0);
    await insertDailyBars(engine.pool, ids.BBB!, 300, -0.0005, 1.7);
    // 200,000 minute bars: enough work for a sweep to run for seconds on the worker thread.
    await engine.pool.query(
      `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume)
       SELECT $1, '1m', '2025-06-01T00:00:00Z'::timestamptz + (n || ' minutes')::interval, c, c * 1.001, c * 0.999, c, 1000
         FROM (SELECT n, 100 * exp(0.05 * sin(n * 0.001) + 0.01 * sin(n * 0.037)) AS c FROM generate_series(0, 199999) AS n) s`,
      [ids.MIN],
    );
  });
  afterAll(async () => {
    await engine?.stop();
  });

  it('runs a vectorised backtest to completion with metrics, trades, equity curve and drawdowns', async () => {
    const queued = await run({ kind: 'MA_CROSSOVER', parameters: { fast: 5, slow: 20 }, symbols: ['AAA', 'BBB'], from, to, initialCash: 50_000, fees: { bps: 1 } });
    expect(queued.errors).toBeUndefined();
    expect(queued.data!.runBacktest.status).toBe('QUEUED');
    const b = await finished(queued.data!.runBacktest.id);
    expect(b).toMatchObject({ status: 'COMPLETED', progress: 1, error: null, kind: 'MA_CROSSOVER', symbols: ['AAA', 'BBB'], mode: 'VECTORIZED', interval: 'D1', initialCash: 50_000 });
    expect(b.metrics.tradeCount).toBeGreaterThan(0);
    expect(b.metrics.all.numberOfTrades).toBe(b.metrics.tradeCount);
    expect(Number.isFinite(b.metrics.sharpe)).toBe(true);
    expect(b.metrics.maxDrawdown).toBeLessThanOrEqual(0);
    expect(b.trades.length).toBeGreaterThan(0);
    expect(b.equityCurve.length).toBeGreaterThan(250);
    expect(b.equityCurve[0].equity).toBeCloseTo(50_000, 0);
    const last = b.equityCurve.at(-1);
    expect(last.equity / 50_000 - 1).toBeCloseTo(b.metrics.totalReturn, 9);
    expect(b.sweep).toEqual([]);
    for (const d of b.drawdowns) expect(d.depth).toBeLessThan(0);
  });

  it('gives the same trades and equity in EVENT mode for market orders, and sweeps a grid cell by cell', async () => {
    const base = { kind: 'MA_CROSSOVER', parameters: { fast: 5, slow: 20 }, symbols: ['AAA'], from, to, fees: { perShare: 0.01, minimum: 1 }, slippage: { kind: 'BPS', value: 2 } };
    const vectorised = await finished((await run(base)).data!.runBacktest.id);
    const event = await finished((await run({ ...base, mode: 'EVENT' })).data!.runBacktest.id);
    expect(event.status).toBe('COMPLETED');
    expect(event.trades.map((t: { entryTs: string }) => t.entryTs)).toEqual(vectorised.trades.map((t: { entryTs: string }) => t.entryTs));
    expect(event.equityCurve.at(-1).equity).toBeCloseTo(vectorised.equityCurve.at(-1).equity, 6);

    const sweep = await finished((await run({ ...base, grid: [{ name: 'fast', values: [3, 5] }, { name: 'slow', values: [20, 40, 60] }] })).data!.runBacktest.id);
    expect(sweep.status).toBe('COMPLETED');
    expect(sweep.sweep).toHaveLength(6);
    expect(sweep.sweep.map((c: { parameters: { fast: number; slow: number } }) => [c.parameters.fast, c.parameters.slow])).toEqual([[3, 20], [3, 40], [3, 60], [5, 20], [5, 40], [5, 60]]);
    expect(sweep.sweep[3].metrics.sharpe).toBeCloseTo(vectorised.metrics.sharpe, 9);
    expect(Number.isFinite(sweep.metrics.deflatedSharpe)).toBe(true);
    const listed = await engine.ok(`{ backtests(status: COMPLETED, first: 10) { id } }`);
    expect(listed.backtests.length).toBeGreaterThanOrEqual(4);
  });

  it('stays responsive while a long sweep runs on its worker thread, and cancel stops it', async () => {
    const grid = [{ name: 'fast', values: Array.from({ length: 20 }, (_, i) => i + 2) }, { name: 'slow', values: Array.from({ length: 20 }, (_, i) => 100 + i * 10) }];
    const queued = await run({ kind: 'MA_CROSSOVER', symbols: ['MIN'], from: '2025-06-01T00:00:00Z', to: '2025-12-31T00:00:00Z', interval: 'M1', mode: 'EVENT', grid });
    expect(queued.errors).toBeUndefined();
    const id = queued.data!.runBacktest.id as string;
    await eventually(async () => (await get(id)).status === 'RUNNING' || null, 30_000, 'the run to start');
    // While it runs, every query is answered quickly (the request thread is free).
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const { strategyKinds } = await engine.ok(`{ strategyKinds { kind } }`);
      expect(strategyKinds).toHaveLength(7);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const progressed = await eventually(async () => {
      const b = await get(id);
      return b.progress > 0 ? b : null;
    }, 30_000, 'progress');
    expect(progressed.status).toBe('RUNNING');
    expect(Math.max(...latencies)).toBeLessThan(250);
    const cancelled = await engine.ok(`mutation($id: ID!) { cancelBacktest(id: $id) { status error } }`, { id });
    expect(cancelled.cancelBacktest).toEqual({ status: 'CANCELLED', error: 'cancelled by the user' });
    await eventually(async () => engine.backtests.runningCount === 0 || null, 10_000, 'the thread to stop');
    const after = await get(id);
    expect(after.status).toBe('CANCELLED');
    expect(after.metrics).toBeNull();
    // Cancelling a finished backtest changes nothing.
    expect((await engine.ok(`mutation($id: ID!) { cancelBacktest(id: $id) { status } }`, { id })).cancelBacktest.status).toBe('CANCELLED');
    expect((await engine.run(`mutation { cancelBacktest(id: "999999") { status } }`)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('marks backtests a crashed process left QUEUED or RUNNING as FAILED with the reason when the engine starts', async () => {
    const { rows } = await engine.pool.query<{ id: string }>(
      `INSERT INTO strategy.backtest (kind, input, status, progress, started_at) VALUES ('MA_CROSSOVER', $1, 'running', 0.4, now()), ('MA_CROSSOVER', $1, 'queued', 0, null) RETURNING id::text AS id`,
      [JSON.stringify({ kind: 'MA_CROSSOVER', parameters: { fast: 5, slow: 20 }, symbols: ['AAA'], instrumentIds: [1], from, to, interval: 'D1', initialCash: 1000, mode: 'VECTORIZED', fees: { perShare: 0, bps: 0, minimum: 0 }, slippage: { kind: 'BPS', value: 0 }, grid: null, seed: 1 })],
    );
    const restarted = new BacktestRunner({ pool: engine.pool, bus: engine.bus, clock: engine.clock, logger });
    await restarted.start();
    await restarted.stop();
    for (const { id } of rows) expect(await get(id)).toMatchObject({ status: 'FAILED', error: RESTART_REASON });
  });
});
