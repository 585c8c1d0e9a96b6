import { AccountIndex } from '../domain/accountIndex.ts';
import { LiveCallBook } from '../domain/liveCalls.ts';
import { resolveMarginPolicy, type MarginPolicy } from '../domain/margin/marginPolicy.ts';
import { evaluateAccount, valueCollateral, type CollateralValuation } from './evaluateAccount.ts';
import type { MarketStatistics } from './findMarketStatistics.ts';
import { fxRateFrom, fxRoute, type FxRate } from './fxRates.ts';
import type { AccountBook, AccountEvaluation } from './types.ts';

/** An evaluation as the monitor computes it (the full valuation, positions and requirement included). */
export type FullEvaluation = ReturnType<typeof evaluateAccount>;

/** What resolvers and services read of the live margin state. */
export interface MarginReadModel {
  /** Latest evaluation of an account (undefined when the model does not know it, or it could not be valued). */
  evaluation(accountId: string): (AccountEvaluation & Partial<FullEvaluation>) | undefined;
  book(accountId: string): AccountBook | undefined;
  isPatternDayTrader(accountId: string): boolean;
  readonly prices: ReadonlyMap<string, number>;
  readonly policy: MarginPolicy;
  readonly marketStatistics: MarketStatistics;
  readonly fxRate: FxRate;
  /** Accounts held. */
  readonly accountCount: number;
  /** Accounts with a live (open or escalated) call, or one being written. */
  readonly liveCallCount: number;
  hasLiveCall(accountId: string): boolean;
  price(instrumentId: string): number | undefined;
}

/** The commands resolvers and services give the margin monitor worker. */
export interface MarginCommands {
  /** Reloads the named accounts (after a mutation), or all. */
  refresh(accountIds?: readonly string[]): Promise<void>;
  /** A call was closed by hand: a new breach may raise a new one. */
  callClosed(accountId: string): void;
}

const NO_STATISTICS: MarketStatistics = { volatility: new Map(), correlation: (a, b) => (a === b ? 1 : 0) };

/**
 * The live margin state, in memory and without I/O: account books filed by
 * instrument (AccountIndex), the latest price of each instrument and its
 * time, market statistics, FX pairs, pattern-day-trader flags, collateral
 * valuations (cached until a collateral security ticks or the book is filed
 * again), evaluations, and the live calls (LiveCallBook, driven by the
 * worker). The MarginMonitor worker feeds it (books, stored prices, quotes)
 * and asks it to evaluate; resolvers read it through MarginReadModel.
 */
export class MarginBook implements MarginReadModel {
  private readonly accounts = new AccountIndex();
  private readonly priceMap = new Map<string, number>();
  private readonly priceTimes = new Map<string, number>();
  private readonly evaluations = new Map<string, FullEvaluation>();
  private readonly collateral = new Map<string, CollateralValuation>();
  private readonly patternDayTraders = new Set<string>();
  /** FX pair instruments (symbol → id). */
  private fxPairs: ReadonlyMap<string, string> = new Map();
  private statistics: MarketStatistics = NO_STATISTICS;
  /** The per-account call state machine; the worker drives it, the read model answers from it. */
  readonly calls = new LiveCallBook();
  /** Resolved (validated) once: evaluations on every tick reuse it. */
  readonly policy: MarginPolicy;
  /** Converts between currencies at the latest FX pair prices. */
  readonly fxRate: FxRate = (from, to) => fxRateFrom(this.fxPairs, this.priceMap, from, to);

  constructor(policy?: Partial<MarginPolicy>) {
    this.policy = resolveMarginPolicy(policy);
  }

  evaluation(accountId: string): FullEvaluation | undefined {
    return this.evaluations.get(accountId);
  }

  book(accountId: string): AccountBook | undefined {
    return this.accounts.book(accountId);
  }

  isPatternDayTrader(accountId: string): boolean {
    return this.patternDayTraders.has(accountId);
  }

  /** Latest prices of every instrument followed (read-only view). */
  get prices(): ReadonlyMap<string, number> {
    return this.priceMap;
  }

  price(instrumentId: string): number | undefined {
    return this.priceMap.get(instrumentId);
  }

  get marketStatistics(): MarketStatistics {
    return this.statistics;
  }

  get accountCount(): number {
    return this.accounts.size;
  }

  get liveCallCount(): number {
    return this.calls.size;
  }

  hasLiveCall(accountId: string): boolean {
    return this.calls.has(accountId);
  }

  /** Account ids held. */
  accountIds(): string[] {
    return [...this.accounts.accountIds()];
  }

  /** Account ids with an evaluation, in the order they were first evaluated. */
  evaluatedAccountIds(): string[] {
    return [...this.evaluations.keys()];
  }

  /**
   * A live price: stored with its time; collateral valuations of the accounts
   * that post the instrument are dropped. Returns the accounts it moves
   * (positions, option underlyings, collateral, FX pairs of foreign collateral).
   */
  applyPrice(instrumentId: string, price: number, ts: number): ReadonlySet<string> | undefined {
    this.priceMap.set(instrumentId, price);
    this.priceTimes.set(instrumentId, ts);
    for (const accountId of this.accounts.collateralHeldBy(instrumentId) ?? []) this.collateral.delete(accountId);
    return this.accounts.movedBy(instrumentId);
  }

  /** A stored price (read at a reload): kept only when no newer price (a live tick that came meanwhile) is held. */
  applyStoredPrice(instrumentId: string, price: number, ts: number): void {
    if ((this.priceTimes.get(instrumentId) ?? Number.NEGATIVE_INFINITY) >= ts) return;
    this.priceMap.set(instrumentId, price);
    this.priceTimes.set(instrumentId, ts);
  }

  setFxPairs(pairs: ReadonlyMap<string, string>): void {
    this.fxPairs = pairs;
  }

  setMarketStatistics(statistics: MarketStatistics): void {
    this.statistics = statistics;
  }

  setPatternDayTrader(accountId: string, isPatternDayTrader: boolean): void {
    if (isPatternDayTrader) this.patternDayTraders.add(accountId);
    else this.patternDayTraders.delete(accountId);
  }

  /** FX pair instruments converting the book's foreign collateral into the account's currency. */
  fxInstrumentsOf(book: AccountBook): string[] {
    const ids = new Set<string>();
    for (const h of book.holdings) for (const leg of fxRoute(h.currency, book.account.currency, this.fxPairs) ?? []) ids.add(leg.instrumentId);
    return [...ids];
  }

  /** Files the book (replacing the account's previous one); an FX tick moves foreign collateral, so its FX pairs are filed too. */
  file(book: AccountBook): void {
    this.collateral.delete(book.account.id);
    this.accounts.file(book, this.fxInstrumentsOf(book));
  }

  /** Drops everything held about the account. */
  forget(accountId: string): void {
    this.accounts.remove(accountId);
    this.collateral.delete(accountId);
    this.evaluations.delete(accountId);
    this.calls.forget(accountId);
    this.patternDayTraders.delete(accountId);
  }

  /**
   * Evaluates the account at the prices held (as of its newest price's time)
   * and keeps the result. Undefined when the account is not held.
   * @throws what evaluateAccount throws (e.g. a position without a price); the previous evaluation is kept.
   */
  evaluate(accountId: string, now: number): FullEvaluation | undefined {
    const book = this.accounts.book(accountId);
    if (!book) return undefined;
    let asOf = 0;
    for (const id of book.instrumentIds) asOf = Math.max(asOf, this.priceTimes.get(id) ?? 0);
    let collateral = this.collateral.get(accountId);
    if (!collateral) this.collateral.set(accountId, (collateral = valueCollateral(book, this.priceMap, now, this.fxRate)));
    const evaluation = evaluateAccount({
      book,
      prices: this.priceMap,
      asOf,
      now,
      collateral,
      volatility: this.statistics.volatility,
      policy: this.policy,
      isPatternDayTrader: this.patternDayTraders.has(accountId),
    });
    this.evaluations.set(accountId, evaluation);
    return evaluation;
  }
}
