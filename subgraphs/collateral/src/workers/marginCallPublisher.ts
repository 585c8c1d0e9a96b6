import type pg from 'pg';
import type { Bus, Clock, Logger, TimerHandle } from '@nautilus/runtime';
import { findUnpublishedCalls, markCallsPublished } from '../store/marginCalls.ts';
import type { MarginCallRow } from '../service/types.ts';

/** Calls sent per database round; a backlog larger than this takes several rounds, in id order. */
const BATCH = 100;

export interface MarginCallPublisherOptions {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  logger: Logger;
  /** Period of the catch-up round that retries what a failed publish left behind. Default 5 s. */
  intervalMs?: number;
}

/**
 * Puts raised margin calls on the bus from the database (a transactional
 * outbox): the call row is committed first, with `published_at` NULL; this
 * worker sends every unmarked call in id order, then marks it. A publish that
 * fails (the bus or the database is down) leaves the mark NULL and the next
 * round, on a timer of the clock, sends it again: a call raised during an
 * outage reaches subscribers once the bus is back, and one whose publish
 * failed before a crash is sent after the restart. Delivery is at least once
 * (a crash between publish and mark resends); consumers dedupe by call id.
 *
 * Rounds never overlap: {@link flush} during a round schedules one more round
 * after it, so a call committed meanwhile is not left waiting for the timer.
 */
export class MarginCallPublisher {
  private running: Promise<void> | undefined;
  private again = false;
  private timer: TimerHandle | undefined;
  /** Calls put on the bus, and rounds that failed (for /metrics and tests). */
  readonly stats = { published: 0, failedRounds: 0 };

  constructor(private readonly options: MarginCallPublisherOptions) {}

  /** Sends the backlog once, then keeps a catch-up round on the clock. */
  start(): Promise<void> {
    this.timer = this.options.clock.setInterval(() => void this.flush().catch(() => {}), this.options.intervalMs ?? 5_000);
    return this.flush().catch(() => {});
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) this.options.clock.clear(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => {});
  }

  /**
   * Publishes every unpublished call; resolves when they are on the bus and
   * marked, rejects when a round failed (what it could not send stays for the
   * next round).
   */
  flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const round = (async () => {
      do {
        this.again = false;
        await this.sendBacklog();
      } while (this.again);
    })();
    this.running = round
      .catch((err: unknown) => {
        this.stats.failedRounds++;
        this.options.logger.warn({ err }, 'margin calls not published yet; retrying on the next round');
        throw err;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async sendBacklog(): Promise<void> {
    const { pool, bus, clock } = this.options;
    for (;;) {
      const calls = await findUnpublishedCalls(pool, BATCH);
      if (calls.length === 0) return;
      const sent: string[] = [];
      try {
        for (const call of calls) {
          await bus.publish('collateral.margin_call.raised', toRaisedEvent(call));
          sent.push(call.id);
          this.stats.published++;
        }
      } finally {
        // What went out is marked even when a later publish failed, so it is not sent twice.
        if (sent.length > 0) await markCallsPublished(pool, sent, new Date(clock.now()));
      }
      if (calls.length < BATCH) return;
    }
  }
}

/** The bus event of a raised call: its key and the fields subscribers usually select. */
export function toRaisedEvent(call: MarginCallRow) {
  return {
    callId: call.id,
    accountId: call.accountId,
    kind: call.kind,
    amountDue: call.amountDue,
    equity: call.equity,
    requirement: call.requirement,
    raisedAt: call.raisedAt.toISOString(),
    dueAt: call.dueAt.toISOString(),
  };
}
