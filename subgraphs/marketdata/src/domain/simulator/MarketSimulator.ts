import type { QuoteValues } from '../types.ts';
import type { Clock, TimerHandle } from '@nautilus/runtime';
import type { AssetClass, MarketUniverse } from './InstrumentSpec.ts';
import type { BarRow } from './generateHistory.ts';
import { MarketModel, TRADING_DAYS_PER_YEAR } from './MarketModel.ts';
import { SeededRandom } from './SeededRandom.ts';
import { SESSION_MINUTES } from './intradayVolatility.ts';
import { ticksToPrice } from './roundToTick.ts';

/** One simulated top-of-book quote. `bid < last < ask`, all on the instrument's tick grid. */
export type SimQuote = QuoteValues;

/** The slice of a logger the simulator needs; a pino `Logger` (from `@nautilus/runtime`) fits. */
export interface SimulatorLogger {
  error(details: object, message: string): void;
}

export interface MarketSimulatorOptions {
  /** Drives ticks and stamps quotes; a `TestClock` makes runs reproducible. */
  clock: Clock;
  universe: MarketUniverse;
  /** Same seed + same clock steps ⇒ identical quotes and bars. */
  seed: number;
  /** Milliseconds of clock time between ticks (e.g. 1000). */
  tickMs: number;
  /** Prices to continue from (e.g. the last stored closes); missing symbols start at `initialPrice`. */
  startPrices?: ReadonlyMap<string, number>;
  /** Receives every instrument's quote each tick; awaited (see `MarketSimulator` on conflation). */
  onQuotes: (quotes: SimQuote[]) => Promise<void>;
  /** Receives the 1-minute bars of each completed clock minute; awaited. Omit to skip aggregation. */
  onMinuteBars?: (bars: BarRow[]) => Promise<void>;
  /** Where failures of the callbacks are reported (they never stop the simulator). */
  logger?: SimulatorLogger;
  /**
   * Trading-time speed-up (default 1): 1 means one clock millisecond is one
   * millisecond of trading time, so an hour of demo moves like an hour of a
   * real session; 60 makes a minute feel like an hour.
   */
  timeScale?: number;
}

/**
 * Milliseconds in a trading year: 252 sessions of 6.5 hours. Live ticks treat
 * clock time as trading time (whatever the hour or weekday, so the demo moves
 * at night too): a tick of Δms advances the model by Δt = Δms·timeScale /
 * TRADING_YEAR_MS years, so an hour of clock time carries 1/6.5 of a day's
 * variance at timeScale 1.
 */
export const TRADING_YEAR_MS = TRADING_DAYS_PER_YEAR * SESSION_MINUTES * 60_000;

/** Typical quoted spread per asset class in basis points of price (order of magnitude for liquid names). */
const SPREAD_BPS: Record<AssetClass, number> = { equity: 2, etf: 1, index: 1, fx: 0.5, crypto: 2, commodity: 2, bond: 1 };
/** Trade size unit per asset class; sizes are lot × (1 + Poisson(2)). */
const LOT: Record<AssetClass, number> = { equity: 100, etf: 100, index: 0, fx: 1_000_000, crypto: 1, commodity: 1, bond: 1 };

const MINUTE_MS = 60_000;

/**
 * The live market: on every clock tick advances `MarketModel` (correlated
 * GBM with jumps and the intraday volatility profile) and publishes one quote
 * per instrument, plus 1-minute bars when a clock minute completes. It is the
 * default feed when no data-source credentials exist.
 *
 * Quotes: `last` is the model price on the tick grid; bid and ask sit a
 * half-spread away (the class's typical spread in bps, at least one tick,
 * plus 0–1 random ticks per side), so bid < last < ask and bid ≥ one tick.
 * Every instrument quotes every tick (simple and predictable for clients;
 * the gateway conflates per subscriber anyway).
 *
 * Back-pressure: `onQuotes` (and `onMinuteBars`) are awaited. A tick that
 * fires while the previous delivery is still running still advances the model
 * and the minute bars, but its quotes are dropped (conflated: the next
 * delivered quotes are the newest state) and completed bars wait for the next
 * delivery, so bars are never lost and nothing piles up. Errors thrown by the
 * callbacks are logged and the simulator keeps running.
 *
 * Minute bars aggregate every tick of the minute, conflated ones included:
 * OHLC of `last`, volume the sum of trade sizes, `ts` the minute's start. The
 * first bar after `start()` covers only the part of its minute that was
 * simulated.
 */
export class MarketSimulator {
  private readonly clock: Clock;
  private readonly universe: MarketUniverse;
  private readonly model: MarketModel;
  private readonly quoteRng: SeededRandom;
  private readonly tickMs: number;
  private readonly timeScale: number;
  private readonly onQuotes: (quotes: SimQuote[]) => Promise<void>;
  private readonly onMinuteBars: ((bars: BarRow[]) => Promise<void>) | undefined;
  private readonly logger: SimulatorLogger | undefined;
  private timer: TimerHandle | undefined;
  private lastTickAt = 0;
  private inFlight: Promise<void> | undefined;
  private latest: SimQuote[] = [];
  private pendingBars: BarRow[] = [];
  private currentMinute: number | undefined;
  private readonly barOpen: Float64Array;
  private readonly barHigh: Float64Array;
  private readonly barLow: Float64Array;
  private readonly barClose: Float64Array;
  private readonly barVolume: Float64Array;
  private ticks = 0;
  private conflated = 0;

  /** @throws RangeError when `tickMs` or `timeScale` is not positive, or a start price is not > 0. */
  constructor(options: MarketSimulatorOptions) {
    const { clock, universe, seed, tickMs, startPrices, onQuotes, onMinuteBars, logger, timeScale = 1 } = options;
    if (!(tickMs > 0) || !Number.isFinite(tickMs)) throw new RangeError(`MarketSimulator: tickMs must be positive, got ${tickMs}`);
    if (!(timeScale > 0) || !Number.isFinite(timeScale)) throw new RangeError(`MarketSimulator: timeScale must be positive, got ${timeScale}`);
    this.clock = clock;
    this.universe = universe;
    this.tickMs = tickMs;
    this.timeScale = timeScale;
    this.onQuotes = onQuotes;
    this.onMinuteBars = onMinuteBars;
    this.logger = logger;
    this.model = new MarketModel({
      universe,
      seed,
      initialPrices: universe.instruments.map((i) => startPrices?.get(i.symbol) ?? i.initialPrice),
    });
    this.quoteRng = new SeededRandom(seed, 0x9b07e);
    const n = universe.instruments.length;
    this.barOpen = new Float64Array(n);
    this.barHigh = new Float64Array(n);
    this.barLow = new Float64Array(n);
    this.barClose = new Float64Array(n);
    this.barVolume = new Float64Array(n);
  }

  /** Whether ticks are scheduled. */
  get isRunning(): boolean {
    return this.timer !== undefined;
  }

  /** The most recently generated quotes (delivered or conflated), universe order. */
  get latestQuotes(): readonly SimQuote[] {
    return this.latest;
  }

  /** Ticks simulated and ticks whose quotes were conflated because a delivery was still running. */
  get stats(): { ticks: number; conflated: number } {
    return { ticks: this.ticks, conflated: this.conflated };
  }

  /** Schedules a tick every `tickMs` on the clock. Calling it while running does nothing. */
  start(): void {
    if (this.timer) return;
    this.lastTickAt = this.clock.now();
    this.timer = this.clock.setInterval(() => this.tick(), this.tickMs);
  }

  /**
   * Stops ticking, waits for the delivery in flight, then delivers any
   * completed minute bars still waiting. The partial current minute is not
   * emitted. Safe to call twice; `start()` afterwards continues the same path.
   */
  async stop(): Promise<void> {
    if (this.timer) this.clock.clear(this.timer);
    this.timer = undefined;
    await this.inFlight;
    if (this.pendingBars.length > 0) {
      const bars = this.pendingBars;
      this.pendingBars = [];
      await this.deliverBars(bars);
    }
  }

  private tick(): void {
    const now = this.clock.now();
    const dtYears = ((now - this.lastTickAt) * this.timeScale) / TRADING_YEAR_MS;
    this.lastTickAt = now;
    const prices = this.model.step(Math.max(0, dtYears), now);
    this.ticks++;
    const quotes = this.makeQuotes(prices, now);
    this.latest = quotes;
    if (this.onMinuteBars) this.aggregate(quotes, now);
    if (this.inFlight) {
      this.conflated++;
      return;
    }
    const bars = this.pendingBars;
    this.pendingBars = [];
    this.inFlight = this.deliver(bars, quotes).finally(() => {
      this.inFlight = undefined;
    });
  }

  private async deliver(bars: BarRow[], quotes: SimQuote[]): Promise<void> {
    if (bars.length > 0) await this.deliverBars(bars);
    try {
      await this.onQuotes(quotes);
    } catch (error) {
      this.logger?.error({ err: error }, 'market simulator: onQuotes failed');
    }
  }

  private async deliverBars(bars: BarRow[]): Promise<void> {
    try {
      await this.onMinuteBars?.(bars);
    } catch (error) {
      this.logger?.error({ err: error, bars: bars.length }, 'market simulator: onMinuteBars failed');
    }
  }

  private makeQuotes(prices: Float64Array, now: number): SimQuote[] {
    const rng = this.quoteRng;
    const ts = new Date(now);
    return this.universe.instruments.map((inst, i) => {
      const tick = inst.tickSize;
      const lastTicks = Math.max(2, Math.round(prices[i]! / tick));
      const half = Math.max(1, Math.ceil((lastTicks * SPREAD_BPS[inst.assetClass]) / 2 / 1e4));
      const bidTicks = Math.max(1, lastTicks - half - rng.int(2));
      const askTicks = lastTicks + half + rng.int(2);
      return {
        symbol: inst.symbol,
        bid: ticksToPrice(bidTicks, tick),
        ask: ticksToPrice(askTicks, tick),
        last: ticksToPrice(lastTicks, tick),
        size: LOT[inst.assetClass] * (1 + rng.poisson(2)),
        ts,
      };
    });
  }

  private aggregate(quotes: readonly SimQuote[], now: number): void {
    const minute = Math.floor(now / MINUTE_MS);
    if (this.currentMinute !== undefined && minute !== this.currentMinute) {
      const ts = new Date(this.currentMinute * MINUTE_MS);
      this.universe.instruments.forEach((inst, i) => {
        this.pendingBars.push({
          symbol: inst.symbol,
          interval: '1m',
          ts,
          open: this.barOpen[i]!,
          high: this.barHigh[i]!,
          low: this.barLow[i]!,
          close: this.barClose[i]!,
          volume: this.barVolume[i]!,
        });
      });
    }
    const fresh = minute !== this.currentMinute;
    this.currentMinute = minute;
    quotes.forEach((q, i) => {
      if (fresh) {
        this.barOpen[i] = q.last;
        this.barHigh[i] = q.last;
        this.barLow[i] = q.last;
        this.barVolume[i] = 0;
      } else {
        this.barHigh[i] = Math.max(this.barHigh[i]!, q.last);
        this.barLow[i] = Math.min(this.barLow[i]!, q.last);
      }
      this.barClose[i] = q.last;
      this.barVolume[i] = this.barVolume[i]! + q.size;
    });
  }
}
