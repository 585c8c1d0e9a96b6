import { Worker } from 'node:worker_threads';
import type { Bus, Clock, Logger, TimerHandle } from '@nautilus/runtime';
import { findBars } from '@nautilus/marketdata/reads';
import type pg from 'pg';
import { barSeriesFromRows, type StrategyKind } from '../domain/index.ts';
import { claimQueuedBacktest, completeBacktest, failUnfinishedBacktests, finishBacktest, setBacktestProgress } from '../store/backtests.ts';
import { STORED_INTERVAL, type BacktestScheduler } from '../service/backtests.ts';
import type { BacktestRow } from '../service/types.ts';
import type { BacktestThreadMessage, BacktestThreadTask } from './backtestMessages.ts';

/** Bars per year used to annualise: 252 trading days; 390 minutes in a US session. */
export const PERIODS_PER_YEAR = { D1: 252, M1: 252 * 390 } as const;

/** A worker thread's entry: backtestBoot.mjs loads backtestThread.ts through tsx's API. */
const THREAD_BOOT = new URL('./backtestBoot.mjs', import.meta.url);

/** Why a backtest that was QUEUED or RUNNING when the engine stopped is FAILED. */
export const RESTART_REASON = 'the strategy engine stopped before this backtest finished (restart or crash); run it again';

export interface BacktestRunnerOptions {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  logger: Logger;
  /** Backtests run at once, each on its own worker thread (default 1: the machine has few cores). */
  concurrency?: number;
  /** How often the queue is checked besides wake-ups, on the clock (default 5 s). */
  pollMs?: number;
}

interface Running {
  row: BacktestRow;
  worker: Worker | null;
  aborted: string | null;
  lastProgress: number;
  /** Progress writes and events, one after another (in order, before the final status). */
  progressChain: Promise<void>;
}

/**
 * Runs queued backtests on worker threads, so a long run never blocks the engine's request thread.
 * The queue is the `backtest` table (claimed with SKIP LOCKED); progress is stored and published on
 * `strategy.backtest.progress` (at most once per percent); cancel terminates the thread. At start,
 * every QUEUED or RUNNING backtest left by a previous process is marked FAILED with
 * {@link RESTART_REASON}, so none stays RUNNING after a crash.
 */
export class BacktestRunner implements BacktestScheduler {
  readonly stats = { started: 0, completed: 0, failed: 0, cancelled: 0 };
  private readonly running = new Map<string, Running>();
  private timer: TimerHandle | undefined;
  private claiming = false;
  private stopped = false;
  private readonly finished = new Set<Promise<void>>();

  constructor(private readonly options: BacktestRunnerOptions) {}

  get runningCount(): number {
    return this.running.size;
  }

  async start(): Promise<void> {
    const failed = await failUnfinishedBacktests(this.options.pool, RESTART_REASON, new Date(this.options.clock.now()));
    for (const row of failed) await this.publish(row);
    if (failed.length > 0) this.options.logger.warn({ backtests: failed.map((b) => b.id) }, 'backtests left unfinished by the previous process marked FAILED');
    this.timer = this.options.clock.setInterval(() => this.wake(), this.options.pollMs ?? 5_000);
    this.wake();
  }

  /** Stops every run (their backtests FAILED with the reason) and the polling. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) this.options.clock.clear(this.timer);
    for (const [id] of this.running) this.abort(id, RESTART_REASON);
    await Promise.allSettled([...this.finished]);
  }

  wake(): void {
    if (this.stopped || this.claiming || this.running.size >= (this.options.concurrency ?? 1)) return;
    this.claiming = true;
    void claimQueuedBacktest(this.options.pool, new Date(this.options.clock.now()))
      .then((row) => {
        this.claiming = false;
        if (!row) return;
        const done = this.run(row).finally(() => {
          this.finished.delete(done);
          this.wake();
        });
        this.finished.add(done);
        this.wake();
      })
      .catch((err: unknown) => {
        this.claiming = false;
        this.options.logger.warn({ err }, 'claiming a queued backtest failed');
      });
  }

  abort(id: string, reason: string): void {
    const run = this.running.get(id);
    if (!run) return;
    run.aborted = reason;
    void run.worker?.terminate();
  }

  private async run(row: BacktestRow): Promise<void> {
    const { pool, clock, logger } = this.options;
    const run: Running = { row, worker: null, aborted: null, lastProgress: 0, progressChain: Promise.resolve() };
    this.running.set(row.id, run);
    this.stats.started++;
    await this.publish(row);
    try {
      const task = await this.prepare(row);
      if (run.aborted) throw new Error(run.aborted);
      const outcome = await this.execute(run, task);
      await run.progressChain;
      if (outcome.type === 'result') {
        const done = await completeBacktest(pool, row.id, { metrics: outcome.metrics, result: outcome.result, sweep: outcome.sweep, now: new Date(clock.now()) });
        if (done) {
          this.stats.completed++;
          await this.publish(done);
        }
      } else {
        const message = outcome.field ? `${outcome.field}: ${outcome.message}` : outcome.message;
        await this.fail(row.id, outcome.code === 'CANCELLED' ? 'cancelled' : 'failed', message);
      }
    } catch (error) {
      if (run.aborted) {
        const status = run.aborted === RESTART_REASON ? 'failed' : 'cancelled';
        await this.fail(row.id, status, run.aborted);
      } else {
        logger.warn({ err: error, backtestId: row.id }, 'backtest failed');
        await this.fail(row.id, 'failed', `internal error: ${(error as Error).message}`.slice(0, 500));
      }
    } finally {
      await run.progressChain;
      this.running.delete(row.id);
    }
  }

  /** Loads the bars of the run (marketdata's reads) into typed arrays. */
  private async prepare(row: BacktestRow): Promise<{ task: BacktestThreadTask; transfer: ArrayBuffer[] }> {
    const input = row.input;
    const bars = await findBars(this.options.pool, { instrumentIds: input.instrumentIds, interval: STORED_INTERVAL[input.interval], from: new Date(input.from), to: new Date(input.to) });
    const series = input.symbols.map((symbol, i) => barSeriesFromRows(symbol, bars.get(input.instrumentIds[i]!) ?? []));
    const transfer = series.flatMap((s) => [s.ts, s.open, s.high, s.low, s.close, s.volume].map((a) => a.buffer as ArrayBuffer));
    return {
      transfer,
      task: {
        spec: {
          kind: input.kind as StrategyKind,
          params: input.parameters,
          bars: series,
          initialCash: input.initialCash,
          mode: input.mode,
          fees: input.fees,
          slippage: input.slippage,
          seed: input.seed,
          periodsPerYear: PERIODS_PER_YEAR[input.interval],
        },
        grid: input.grid ? Object.fromEntries(input.grid.map((g) => [g.name, g.values])) : null,
      },
    };
  }

  private execute(run: Running, { task, transfer }: { task: BacktestThreadTask; transfer: ArrayBuffer[] }): Promise<Exclude<BacktestThreadMessage, { type: 'progress' }>> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(THREAD_BOOT, { workerData: task, transferList: transfer });
      run.worker = worker;
      let settled = false;
      worker.on('message', (message: BacktestThreadMessage) => {
        if (message.type === 'progress') {
          run.progressChain = run.progressChain.then(() => this.progress(run, message.value));
          return;
        }
        settled = true;
        resolve(message);
        void worker.terminate();
      });
      worker.on('error', (error) => {
        if (!settled) reject(error);
        settled = true;
      });
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(run.aborted ?? `the backtest thread exited with code ${code}`));
        settled = true;
      });
    });
  }

  /** Stores and publishes progress (at most once per percent); a run no longer RUNNING (cancelled elsewhere) is stopped. */
  private async progress(run: Running, value: number): Promise<void> {
    if (value - run.lastProgress < 0.01 && value < 1) return;
    run.lastProgress = value;
    try {
      const stillRunning = await setBacktestProgress(this.options.pool, run.row.id, value);
      if (!stillRunning) {
        this.abort(run.row.id, 'cancelled');
        return;
      }
      await this.options.bus.publish('strategy.backtest.progress', { backtestId: run.row.id, status: 'RUNNING', progress: value, error: null });
    } catch (err) {
      this.options.logger.warn({ err }, 'storing backtest progress failed');
    }
  }

  private async fail(id: string, status: 'failed' | 'cancelled', reason: string): Promise<void> {
    const row = await finishBacktest(this.options.pool, id, status, reason, new Date(this.options.clock.now())).catch((err: unknown) => {
      this.options.logger.warn({ err, backtestId: id }, 'marking a backtest finished failed');
      return null;
    });
    if (status === 'failed') this.stats.failed++;
    else this.stats.cancelled++;
    if (row) await this.publish(row);
  }

  private async publish(row: BacktestRow): Promise<void> {
    await this.options.bus
      .publish('strategy.backtest.progress', { backtestId: row.id, status: row.status, progress: row.progress, error: row.error })
      .catch((err: unknown) => this.options.logger.warn({ err }, 'publishing backtest progress failed'));
  }
}
