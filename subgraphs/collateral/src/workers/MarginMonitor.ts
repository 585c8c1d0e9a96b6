import type pg from 'pg';
import { findLatestPricesWithTime } from '@nautilus/marketdata/reads';
import type { Bus, Clock, Logger, QuoteEvent, TimerHandle } from '@nautilus/runtime';
import { evaluatePatternDayTrader } from '../domain/margin/evaluatePatternDayTrader.ts';
import { computeRequirement } from '../domain/margin/computeRequirement.ts';
import type { MarginPolicy } from '../domain/margin/marginPolicy.ts';
import { planLiquidation } from '../domain/margin/planLiquidation.ts';
import { decideCallAction } from '../domain/decideCallAction.ts';
import { findMarketStatistics } from '../service/findMarketStatistics.ts';
import { findFxPairs } from '../service/fxRates.ts';
import { MarginBook, type FullEvaluation, type MarginCommands } from '../service/MarginBook.ts';
import { loadAccountBooks } from '../store/loadAccountBooks.ts';
import { closeLiveCall, escalateOverdueCalls, findLiveCalls, raiseMarginCall } from '../store/marginCalls.ts';
import { insertMarginWarning } from '../store/marginWarnings.ts';
import { findRecentTrades } from '../store/findRecentTrades.ts';
import type { AccountBook, AccountEvaluation, StoredLiquidationPlan } from '../service/types.ts';
import { RearmingAlarm } from '../domain/rearmingAlarm.ts';
import { MarginCallPublisher } from './marginCallPublisher.ts';
import { sharedJsAccel } from '@nautilus/accel';
import type { FirstPassageRunner } from '../domain/prediction/predictMarginCall.ts';
import { predictAccount } from '../service/predictAccountCall.ts';


export type { MarginCommands, MarginReadModel } from '../service/MarginBook.ts';

export interface MarginMonitorOptions {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  logger: Logger;
  /**
   * The routed accel that call predictions run on (index.ts: the router calibrated by `npm start`).
   * Omitted (tests, benches): one js-only accel shared by the process.
   */
  accel?: FirstPassageRunner;
  policy?: Partial<MarginPolicy>;
  /** Publish a utilisation update when utilisation moves by at least this (absolute). Default 0.001. */
  utilizationStep?: number;
  /** Reload positions, cash and collateral of every account this often (trades arrive from the portfolio engine). Default 15 s. */
  refreshIntervalMs?: number;
  /** Check open calls against their due time this often. Default 60 s. */
  escalationIntervalMs?: number;
  /**
   * Monte Carlo call prediction for every account every `intervalMs`; `false` turns the timer off
   * (`predictAll()` and the resolver still predict on demand, with the default settings).
   */
  prediction?: false | { intervalMs?: number; horizonDays?: number; paths?: number; threshold?: number };
  /** Utilisation at which an UTILIZATION warning is raised (re-armed below 90% of it). Default 0.9. */
  warningUtilization?: number;
}

const DEFAULT_PREDICTION = { intervalMs: 5 * 60_000, horizonDays: 1, paths: 2_000, threshold: 0.25 };

/** Market statistics (from daily bars) are re-read at most this often. */
const STATISTICS_TTL_MS = 3_600_000;

/** Accounts revalued between yields to the event loop during a reload. */
const REFRESH_SLICE = 100;

/** What a reload must notice: the account's terms, positions, cash and collateral. */
function signatureOf(book: AccountBook): string {
  return JSON.stringify([book.account, book.cash, book.positions.map((p) => [p.instrumentId, p.quantity, p.optionExpiry?.getTime()]), book.holdings]);
}

/**
 * The margin monitor worker: watches every margin account against live
 * prices. It loads books through the store into its read model (MarginBook,
 * service/MarginBook.ts: books filed by instrument, prices, evaluations), so
 * a tick revalues only the accounts that hold the ticked instrument (or an
 * option on it, or post it as collateral). Each revaluation may publish a
 * utilisation update and drives the call state machine: decideCallAction
 * (raise on breach, clear above the hysteresis band) over the read model's
 * LiveCallBook (domain/liveCalls.ts), which follows the writes in flight.
 * Warnings re-arm through RearmingAlarm. Database writes for an account are
 * chained so they happen in decision order, and events are published after
 * commit. Everything runs on the injected Clock. Resolvers read `readModel`
 * (MarginReadModel) and give the worker commands (MarginCommands).
 */
export class MarginMonitor implements MarginCommands {
  /** The live margin state this worker keeps current; what resolvers read. */
  readonly readModel: MarginBook;
  private readonly published = new Map<string, { utilization: number; inCall: boolean }>();
  /** Puts raised calls on the bus from the database (outbox), so an outage delays them instead of losing them. */
  readonly publisher: MarginCallPublisher;
  private readonly utilizationAlarm: RearmingAlarm;
  private readonly predictionAlarm: RearmingAlarm;
  private readonly chains = new Map<string, Promise<void>>();
  /** Accounts moved by quotes not yet revalued, with the time of the newest such quote. */
  private readonly dirty = new Map<string, number>();
  private flushScheduled = false;
  /** Book signature per account at its last load (see signatureOf). */
  private readonly signatures = new Map<string, string>();
  /** When market statistics were last read. */
  private statisticsAt = Number.NEGATIVE_INFINITY;
  /** ISO text of the latest tick time (many events of one tick share it). */
  private isoCache: { ts: number; iso: string } = { ts: Number.NaN, iso: '' };
  private readonly timers: TimerHandle[] = [];
  private readonly background = new Set<Promise<unknown>>();
  private readonly abort = new AbortController();
  private consuming: Promise<void> | undefined;
  private refreshing: Promise<void> | undefined;
  private predicting = false;
  private readonly utilizationStep: number;
  private readonly warningUtilization: number;
  private readonly prediction: typeof DEFAULT_PREDICTION;
  private readonly predictOnTimer: boolean;
  /** Counters for /metrics and the benchmark. */
  readonly stats = { ticks: 0, evaluations: 0, utilizationEvents: 0, callsRaised: 0, callsCleared: 0, warnings: 0 };

  /** The accel call predictions run on (resolvers use it too). */
  accel(): Promise<FirstPassageRunner> {
    return this.options.accel ? Promise.resolve(this.options.accel) : sharedJsAccel();
  }

  constructor(private readonly options: MarginMonitorOptions) {
    this.readModel = new MarginBook(options.policy);
    this.publisher = new MarginCallPublisher({ pool: options.pool, bus: options.bus, clock: options.clock, logger: options.logger });
    this.utilizationStep = options.utilizationStep ?? 0.001;
    this.warningUtilization = options.warningUtilization ?? 0.9;
    this.predictOnTimer = options.prediction !== false;
    this.prediction = { ...DEFAULT_PREDICTION, ...(options.prediction || {}) };
    // UTILIZATION warnings re-arm below 90% of the level; PREDICTED ones below half the probability threshold.
    this.utilizationAlarm = new RearmingAlarm(this.warningUtilization, this.warningUtilization * 0.9);
    this.predictionAlarm = new RearmingAlarm(this.prediction.threshold, this.prediction.threshold / 2);
  }

  /** Loads every book and live call, evaluates all accounts, then follows the quote topic. */
  async start(): Promise<void> {
    const { bus, clock } = this.options;
    const subscription = bus.subscribe('marketdata.quote', { signal: this.abort.signal, bufferSize: 50_000 });
    this.readModel.calls.load(await findLiveCalls(this.options.pool));
    // Calls raised before a crash whose publish never happened go out first.
    await this.publisher.start();
    await this.refresh();
    this.consuming = (async () => {
      for await (const quote of subscription) this.applyQuote(quote);
    })().catch((err: unknown) => this.options.logger.error({ err }, 'margin monitor stopped consuming quotes'));
    this.timers.push(
      clock.setInterval(() => {
        // A reload still running (a slow database) is not queued behind: the next tick of the timer catches up.
        if (this.refreshing) return;
        void this.refresh().catch((err: unknown) => this.options.logger.warn({ err }, 'margin book refresh failed'));
      }, this.options.refreshIntervalMs ?? 15_000),
    );
    this.timers.push(clock.setInterval(() => void this.track(this.escalate()).catch((err: unknown) => this.options.logger.warn({ err }, 'margin call escalation failed')), this.options.escalationIntervalMs ?? 60_000));
    if (this.predictOnTimer) {
      this.timers.push(clock.setInterval(() => void this.track(this.predictAll()).catch((err: unknown) => this.options.logger.warn({ err }, 'margin call prediction failed')), this.prediction.intervalMs));
    }
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) this.options.clock.clear(timer);
    this.abort.abort();
    await this.publisher.stop();
    await this.consuming;
    // Background rounds (prediction, escalation) check the abort signal and are awaited here.
    await Promise.allSettled([...this.background]);
    await this.idle();
  }

  /** Keeps a background round's promise until it settles, so stop() can wait for it. */
  private track<T>(work: Promise<T>): Promise<T> {
    const settled = work.finally(() => this.background.delete(settled));
    this.background.add(settled);
    return settled;
  }

  /**
   * Resolves when quotes already on the bus have been taken in, and every
   * revaluation and database write they caused has finished (tests, shutdown).
   */
  async idle(): Promise<void> {
    // The quote loop takes buffered events on microtasks: one macrotask turn lets it drain them.
    await new Promise((resolve) => setImmediate(resolve));
    this.flush();
    while (this.chains.size > 0 || this.refreshing) {
      await Promise.all([...this.chains.values(), this.refreshing]);
    }
  }

  /** A call was closed outside the monitor (by hand): forget it so a new breach can raise a new one. */
  callClosed(accountId: string): void {
    this.readModel.calls.forget(accountId);
  }

  /**
   * Reloads books (all, or the given accounts) with prices, market
   * statistics and day-trade counts, then re-evaluates them. Concurrent
   * calls share one reload.
   */
  refresh(accountIds?: readonly string[]): Promise<void> {
    const run = async () => {
      // One after another; a previous reload's failure is its caller's, not this one's.
      await this.refreshing?.catch(() => {});
      const { pool, clock } = this.options;
      const model = this.readModel;
      const [books, fxPairs] = await Promise.all([loadAccountBooks(pool, accountIds), findFxPairs(pool)]);
      model.setFxPairs(fxPairs);
      if (!accountIds) {
        const known = new Set(books.map((b) => b.account.id));
        for (const id of model.accountIds()) if (!known.has(id)) this.forget(id);
      }
      const instruments = new Set<string>();
      for (const book of books) for (const id of book.instrumentIds) instruments.add(id);
      const fxIds = new Set(books.flatMap((book) => model.fxInstrumentsOf(book)));
      const missing = [...instruments, ...fxIds].filter((id) => !model.prices.has(id));
      const now = clock.now();
      // Volatilities and correlations come from daily bars: re-read hourly, or when an instrument is new.
      const known = model.marketStatistics;
      const statisticsStale = now - this.statisticsAt >= STATISTICS_TTL_MS || [...instruments].some((id) => !known.volatility.has(id));
      const [quotes, statistics, trades] = await Promise.all([
        findLatestPricesWithTime(pool, missing.map(Number)),
        statisticsStale ? findMarketStatistics(pool, [...new Set([...instruments, ...known.volatility.keys()])], new Date(now)) : Promise.resolve(known),
        findRecentTrades(pool, books.map((b) => b.account.id), new Date(now)),
      ]);
      if (statisticsStale) {
        model.setMarketStatistics(statistics);
        this.statisticsAt = now;
      }
      // A live tick that arrived while the query ran is newer than the stored quote: the model keeps it.
      for (const [id, q] of quotes) model.applyStoredPrice(String(id), q.price, q.ts.getTime());
      let sinceYield = 0;
      for (const book of books) {
        const id = book.account.id;
        const pdt = evaluatePatternDayTrader(trades.get(id) ?? [], new Date(now));
        const wasPdt = model.isPatternDayTrader(id);
        const isPdt = book.account.methodology === 'REG_T' && pdt.isPatternDayTrader;
        model.setPatternDayTrader(id, isPdt);
        // On the periodic reload, a book that has not changed keeps its evaluation (ticks keep it current);
        // a reload of named accounts (after a mutation) always revalues them.
        const signature = signatureOf(book) + JSON.stringify(model.fxInstrumentsOf(book));
        if (!accountIds && this.signatures.get(id) === signature && wasPdt === isPdt && model.evaluation(id) && !statisticsStale) continue;
        this.signatures.set(id, signature);
        model.file(book);
        this.revalue(id, clock.now());
        // A full reload revalues every account: let quotes and requests through every so often.
        if (++sinceYield >= REFRESH_SLICE) {
          sinceYield = 0;
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    };
    const promise = run().finally(() => {
      if (this.refreshing === promise) this.refreshing = undefined;
    });
    this.refreshing = promise;
    return promise;
  }

  /** A quote, applied and revalued at once: every account that it moves is evaluated before this returns. */
  onQuote(quote: QuoteEvent): void {
    this.applyQuote(quote);
    this.flush();
  }

  /**
   * A quote from the bus: the new price, and the accounts it moves marked for
   * revaluation. The revaluation runs once the quotes already waiting on the
   * bus have been applied (setImmediate), so a burst of quotes (the simulator
   * publishes every instrument at once; a busy moment queues ticks) costs one
   * evaluation per account instead of one per quote. With one quote at a time
   * this adds no delay beyond the current event-loop turn.
   */
  private applyQuote(quote: QuoteEvent): void {
    this.stats.ticks++;
    const price = quote.last;
    if (!(price > 0)) return;
    const parsed = Date.parse(quote.ts);
    const ts = Number.isFinite(parsed) ? parsed : this.options.clock.now();
    const accounts = this.readModel.applyPrice(quote.instrumentId, price, ts);
    if (!accounts || accounts.size === 0) return;
    for (const accountId of accounts) this.dirty.set(accountId, ts);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Revalues every account marked by quotes since the last flush (each once, with its newest tick's time). */
  private flush(): void {
    this.flushScheduled = false;
    if (this.dirty.size === 0) return;
    const batch = [...this.dirty];
    this.dirty.clear();
    for (const [accountId, ts] of batch) {
      try {
        this.revalue(accountId, ts);
      } catch (err) {
        this.options.logger.error({ err, accountId }, 'margin account revaluation failed');
      }
    }
  }

  /** Drops the account from the read model and forgets what the worker published or warned about it. */
  private forget(accountId: string): void {
    this.readModel.forget(accountId);
    this.signatures.delete(accountId);
    this.published.delete(accountId);
    this.utilizationAlarm.forget(accountId);
    this.predictionAlarm.forget(accountId);
  }

  private revalue(accountId: string, tickTs: number): void {
    const book = this.readModel.book(accountId);
    if (!book) return;
    const { clock, logger } = this.options;
    let evaluation: FullEvaluation;
    try {
      evaluation = this.readModel.evaluate(accountId, clock.now())!;
    } catch (err) {
      logger.warn({ err, accountId }, 'margin account could not be evaluated');
      return;
    }
    this.stats.evaluations++;
    const calls = this.readModel.calls;
    const decision = decideCallAction({ evaluation, hasLiveCall: calls.has(accountId), minimumTransferAmount: book.account.minimumTransferAmount });
    if (decision.action === 'raise') {
      // The pending call is matched by identity when the write returns (see LiveCallBook).
      const pending = calls.raise(accountId, decision.kind);
      const plan = this.planFor(book, evaluation, decision.amount);
      const raisedAt = new Date(clock.now());
      const dueAt = new Date(raisedAt.getTime() + book.account.callDueHours * 3_600_000);
      this.enqueue(accountId, async () => {
        const call = await raiseMarginCall(this.options.pool, {
          accountId,
          kind: decision.kind,
          amountDue: decision.amount,
          minimumTransferAmount: book.account.minimumTransferAmount,
          evaluation,
          requirement: decision.requirement,
          raisedAt,
          dueAt,
          plan,
        }).catch(async (error: unknown) => {
          if (calls.get(accountId) === pending) {
            // A live call already stored (the one-live-call index) is adopted; otherwise the next tick tries again.
            const stored = (await findLiveCalls(this.options.pool, [accountId]).catch(() => []))[0];
            calls.raiseFailed(accountId, pending, stored?.id);
          }
          throw error;
        });
        calls.raised(accountId, pending, call.id);
        this.stats.callsRaised++;
        // Committed with its outbox mark unset: the publisher sends it (now, or on a later round if the bus is down).
        await this.publisher.flush();
      });
    } else if (decision.action === 'clear') {
      const cleared = calls.clear(accountId)!;
      const ts = new Date(clock.now());
      this.enqueue(accountId, async () => {
        const call = await closeLiveCall(this.options.pool, accountId, 'MET', ts, `equity ${evaluation.equity.toFixed(2)} back above ${evaluation.houseRequirement.toFixed(2)}`, evaluation).catch((error: unknown) => {
          // Not written: the call is still live in the database; remember it so the next tick retries the clear.
          calls.clearFailed(accountId, cleared);
          throw error;
        });
        if (call) this.stats.callsCleared++;
      });
    }
    this.publishUtilization(evaluation, tickTs);
    this.warnOnUtilization(evaluation);
  }

  private publishUtilization(evaluation: AccountEvaluation, tickTs: number): void {
    const inCall = this.readModel.hasLiveCall(evaluation.accountId);
    const last = this.published.get(evaluation.accountId);
    if (last && last.inCall === inCall && Math.abs(last.utilization - evaluation.utilization) < this.utilizationStep) return;
    this.published.set(evaluation.accountId, { utilization: evaluation.utilization, inCall });
    this.stats.utilizationEvents++;
    void this.options.bus
      .publish('collateral.utilization', {
        accountId: evaluation.accountId,
        equity: evaluation.equity,
        maintenanceRequirement: evaluation.requirement.maintenance,
        houseRequirement: evaluation.houseRequirement,
        excess: evaluation.excess,
        utilization: evaluation.utilization,
        inCall,
        ts: this.iso(tickTs),
      })
      .catch((err: unknown) => this.options.logger.warn({ err }, 'utilisation event not published'));
  }

  private iso(ts: number): string {
    if (this.isoCache.ts !== ts) this.isoCache = { ts, iso: new Date(ts).toISOString() };
    return this.isoCache.iso;
  }

  private warnOnUtilization(evaluation: AccountEvaluation): void {
    const id = evaluation.accountId;
    if (!this.utilizationAlarm.check(id, evaluation.utilization)) return;
    const ts = new Date(this.options.clock.now());
    this.enqueue(id, () => this.warn({ accountId: id, kind: 'UTILIZATION', ts, utilization: evaluation.utilization, probability: null, distanceToCall: null, expectedDaysToCall: null, horizonDays: null }));
  }

  private async warn(warning: Parameters<typeof insertMarginWarning>[1]): Promise<void> {
    const row = await insertMarginWarning(this.options.pool, warning);
    this.stats.warnings++;
    await this.options.bus.publish('collateral.margin_warning', {
      warningId: row.id,
      accountId: row.accountId,
      kind: row.kind,
      utilization: row.utilization,
      probability: row.probability,
      ts: row.ts.toISOString(),
    });
  }

  /** One Monte Carlo prediction per account with exposure; PREDICTED warnings with hysteresis (re-armed below half the threshold). */
  async predictAll(): Promise<void> {
    if (this.predicting) return;
    const { horizonDays, paths } = this.prediction;
    this.predicting = true;
    try {
      let seed = 1;
      for (const accountId of this.readModel.evaluatedAccountIds()) {
        if (this.abort.signal.aborted) return;
        const prediction = await predictAccount(this.readModel, await this.accel(), accountId, { horizonDays, paths, seed: seed++ });
        if (!prediction || prediction.alreadyInCall) continue;
        if (this.predictionAlarm.check(accountId, prediction.probability)) {
          const evaluation = this.readModel.evaluation(accountId)!;
          const ts = new Date(this.options.clock.now());
          this.enqueue(accountId, () =>
            this.warn({
              accountId,
              kind: 'PREDICTED',
              ts,
              utilization: evaluation.utilization,
              probability: prediction.probability,
              distanceToCall: prediction.distanceToCall,
              expectedDaysToCall: prediction.expectedTimeToCallDays,
              horizonDays,
            }),
          );
        }
        // Let quotes through between accounts: prediction is background work.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.predicting = false;
    }
  }

  /** Open calls past their due time become ESCALATED (runs on the clock every `escalationIntervalMs`). */
  async escalate(): Promise<void> {
    // Escalation does not change whether a call is live, so the in-memory state is left alone
    // (re-adding entries here could undo a clear that landed while the update ran).
    await escalateOverdueCalls(this.options.pool, new Date(this.options.clock.now()));
  }

  private planFor(book: AccountBook, evaluation: FullEvaluation, deficit: number): StoredLiquidationPlan {
    const { methodology, houseMultiplier } = book.account;
    const { prices, policy } = this.readModel;
    try {
      const plan = planLiquidation(evaluation.positions, prices, deficit, {
        requirementOf: (positions) => computeRequirement(methodology, positions, prices, policy).maintenance * houseMultiplier,
      });
      return {
        steps: plan.steps.map((s) => ({ instrumentId: s.instrumentId, symbol: s.symbol, quantity: s.quantity, value: s.value, cost: s.cost, requirementReleased: s.requirementReleased })),
        totalCost: plan.totalCost,
        cured: plan.cured,
        remainingDeficit: plan.remainingDeficit,
      };
    } catch (err) {
      this.options.logger.warn({ err, accountId: book.account.id }, 'no liquidation plan');
      return { steps: [], totalCost: 0, cured: false, remainingDeficit: deficit };
    }
  }

  private enqueue(accountId: string, work: () => Promise<void>): void {
    const previous = this.chains.get(accountId) ?? Promise.resolve();
    const next = previous
      .then(work)
      .catch((err: unknown) => this.options.logger.error({ err, accountId }, 'margin monitor write failed'))
      .finally(() => {
        if (this.chains.get(accountId) === next) this.chains.delete(accountId);
      });
    this.chains.set(accountId, next);
  }
}
