import type { Clock, Logger, TimerHandle } from '@nautilus/runtime';
import type pg from 'pg';
import { findUnrecordedFills, markFillAttempt, markFillRecorded } from '../store/orders.ts';
import { TradeRefusedError, type TradeRecorder } from '../service/portfolioClient.ts';

/** A refused fill is tried this many times (portfolio may change: a deposit, shorting allowed), then left with its error. */
export const MAX_REFUSED_ATTEMPTS = 5;

export interface FillRecorderOptions {
  pool: pg.Pool;
  recorder: TradeRecorder;
  clock: Clock;
  logger: Logger;
  /** Retry period for fills portfolio has not confirmed (default 5 s). */
  retryMs?: number;
}

/**
 * The outbox of paper fills: every fill is stored (trade_id NULL) in the transaction that fills the
 * order, then this worker records it in portfolio through {@link TradeRecorder} (one call per fill,
 * external id `strategy-fill:<id>`), marks it with portfolio's trade id, and retries on the clock
 * what failed: a fill is recorded at least once, and portfolio's external id makes it exactly once.
 */
export class FillRecorder {
  readonly stats = { recorded: 0, failures: 0 };
  private timer: TimerHandle | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly options: FillRecorderOptions) {}

  start(): void {
    this.schedule();
    this.wake();
  }

  /** Drains the outbox now (coalesced with a drain already running). */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.wake();
      }
    });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) this.options.clock.clear(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = this.options.clock.setTimeout(() => {
      void this.wake().finally(() => this.schedule());
    }, this.options.retryMs ?? 5_000);
  }

  private async drain(): Promise<void> {
    const { pool, recorder, clock, logger } = this.options;
    try {
      const fills = await findUnrecordedFills(pool, 200);
      for (const fill of fills) {
        if (this.stopped) return;
        if (fill.attempts >= MAX_REFUSED_ATTEMPTS) continue;
        try {
          const [tradeId] = await recorder.recordTrades(fill.portfolioId, [
            { symbol: fill.symbol, side: fill.side === 'buy' ? 'BUY' : 'SELL', quantity: round8(fill.quantity), price: round8(fill.price), fees: round8(fill.fee), ts: fill.ts.toISOString(), externalId: `strategy-fill:${fill.id}` },
          ]);
          await markFillRecorded(pool, fill.id, tradeId!, new Date(clock.now()));
          this.stats.recorded++;
        } catch (error) {
          this.stats.failures++;
          const refused = error instanceof TradeRefusedError;
          // Only a refusal counts against the fill: an unreachable portfolio is retried without limit.
          if (refused) await markFillAttempt(pool, fill.id, (error as Error).message);
          logger.warn({ err: error, fillId: fill.id }, refused ? 'portfolio refused a paper fill' : 'portfolio unreachable; the fill stays in the outbox');
          if (!refused) return;
        }
      }
    } catch (error) {
      logger.warn({ err: error }, 'reading the paper fill outbox failed; retrying on the clock');
    }
  }
}

/** Portfolio keeps decimals with at most 10 places: quantities, prices and fees go rounded to 8. */
function round8(x: number): number {
  return Math.round(x * 1e8) / 1e8;
}
