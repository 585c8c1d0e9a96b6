import type { Bus, Clock, Logger, QuoteEvent, TimerHandle } from '@nautilus/runtime';
import { findBars, findInstrumentsBySymbol, findLatestPrices } from '@nautilus/marketdata/reads';
import { findGroupCash, findGroupPositions } from '@nautilus/portfolio/reads';
import type pg from 'pg';
import { alignBars, barSeriesFromRows, createStrategy, type Bar, type SignalEvent, type StrategyKind } from '../domain/index.ts';
import { findLastSignalPerSymbol, insertSignals, type NewSignal } from '../store/signals.ts';
import { findStrategies } from '../store/strategies.ts';
import { riskParityWeights } from '../service/targetWeights.ts';
import type { SignalRow, StrategyRow } from '../service/types.ts';
import type { PaperBroker } from './paperBroker.ts';

const DAY_MS = 86_400_000;
/** An auto-trade order smaller than this share of the portfolio's equity is not placed (no churn on rounding). */
const MIN_TRADE_SHARE = 0.005;

export interface SignalRunnerOptions {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  logger: Logger;
  /** Places auto-trade orders (strategies with autoTrade); omit to emit signals only. */
  broker?: PaperBroker;
  /** How often ACTIVE strategies are evaluated, on the clock (default 15 s). */
  intervalMs?: number;
}

/**
 * The live side of a strategy: every `intervalMs` on the clock, each ACTIVE strategy is run by the
 * same domain implementation the backtests use over its universe's stored daily bars plus a live bar
 * per symbol from the latest quotes on the bus (open = high = low = close = last). A signal is stored
 * and published (`strategy.signal`) when a symbol has none yet or its direction changed since the
 * last stored one. With autoTrade, a paper market order moves the portfolio's position toward the
 * signal's target weight of the portfolio's equity.
 */
export class SignalRunner {
  readonly stats = { evaluations: 0, signals: 0, failures: 0, orders: 0 };
  private readonly quotes = new Map<string, QuoteEvent>();
  private timer: TimerHandle | undefined;
  private subscription: ReturnType<Bus['subscribe']> | null = null;
  private loop: Promise<void> | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly options: SignalRunnerOptions) {}

  start(): void {
    const subscription = this.options.bus.subscribe('marketdata.quote', { bufferSize: 10_000 });
    this.subscription = subscription;
    this.loop = (async () => {
      for await (const quote of subscription) this.quotes.set(quote.symbol, quote);
    })();
    this.timer = this.options.clock.setInterval(() => void this.tick(), this.options.intervalMs ?? 15_000);
  }

  async stop(): Promise<void> {
    if (this.timer) this.options.clock.clear(this.timer);
    this.subscription?.close();
    await this.loop;
    await this.running;
  }

  /** One evaluation of every ACTIVE strategy (skipped while the previous one still runs). */
  tick(): Promise<void> {
    this.running ??= this.evaluateAll().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async evaluateAll(): Promise<void> {
    const strategies = await findStrategies(this.options.pool, { status: 'active' }).catch((err: unknown) => {
      this.options.logger.warn({ err }, 'reading active strategies failed');
      return [];
    });
    for (const strategy of strategies) {
      try {
        await this.evaluate(strategy);
        this.stats.evaluations++;
      } catch (err) {
        this.stats.failures++;
        this.options.logger.warn({ err, strategyId: strategy.id }, 'evaluating a strategy failed');
      }
    }
  }

  /** Runs one strategy to now; stores and publishes the signals that changed. */
  async evaluate(strategy: StrategyRow): Promise<SignalRow[]> {
    const { pool, clock, bus } = this.options;
    const now = clock.now();
    const symbols = strategy.universe;
    const kind = strategy.kind as StrategyKind;
    const instance = createStrategy(kind, strategy.parameters, { symbols, targetWeights: riskParityWeights });
    const instruments = await findInstrumentsBySymbol(pool, symbols);
    if (symbols.some((s) => !instruments.has(s))) return [];
    const lookbackDays = Math.max(400, instance.warmupBars * 2 + 30);
    const bars = await findBars(pool, { instrumentIds: symbols.map((s) => instruments.get(s)!.id), interval: '1d', from: new Date(now - lookbackDays * DAY_MS), to: new Date(now) });
    const series = symbols.map((s) => barSeriesFromRows(s, bars.get(instruments.get(s)!.id)!));
    if (series.some((s) => s.ts.length === 0)) return [];
    const aligned = alignBars(series);
    const latest = new Map<string, SignalEvent>();
    const remember = (signals: readonly SignalEvent[]) => {
      for (const s of signals) latest.set(s.symbol, s);
    };
    for (let t = 0; t < aligned.ts.length; t++) {
      const row: Bar[] = symbols.map((_, k) => ({ ts: aligned.ts[t]!, open: aligned.open[k]![t]!, high: aligned.high[k]![t]!, low: aligned.low[k]![t]!, close: aligned.close[k]![t]!, volume: aligned.volume[k]![t]! }));
      remember(instance.onBars(aligned.ts[t]!, row).signals);
    }
    // The live bar: the latest quote of each symbol newer than the last stored bar.
    const lastTs = aligned.ts[aligned.ts.length - 1]!;
    const live = symbols.map((s) => this.quotes.get(s)).map((q) => (q && Date.parse(q.ts) > lastTs ? q : null));
    if (live.some((q) => q !== null)) {
      const ts = Math.max(...live.map((q) => (q ? Date.parse(q.ts) : 0)));
      const row: Bar[] = symbols.map((_, k) => {
        const q = live[k];
        const price = q ? q.last : aligned.close[k]![aligned.ts.length - 1]!;
        return { ts, open: price, high: price, low: price, close: price, volume: q?.size ?? 0 };
      });
      remember(instance.onBars(ts, row).signals);
    }
    const stored = await findLastSignalPerSymbol(pool, Number(strategy.id));
    const fresh: Array<{ event: SignalEvent; row: NewSignal }> = [];
    for (const event of latest.values()) {
      const previous = stored.get(event.symbol);
      if (previous && previous.direction === event.direction) continue;
      fresh.push({
        event,
        row: {
          strategyId: Number(strategy.id),
          instrumentId: instruments.get(event.symbol)!.id,
          symbol: event.symbol,
          ts: new Date(event.ts),
          direction: event.direction.toLowerCase() as NewSignal['direction'],
          strength: Math.max(-1, Math.min(1, event.strength)),
          horizonBars: Math.max(1, event.horizonBars),
          horizonInterval: '1d',
          explanation: finite({ ...event.explanation, targetWeight: event.targetWeight }),
          modelVersion: null,
        },
      });
    }
    if (fresh.length === 0) return [];
    const written = await insertSignals(pool, fresh.map((f) => f.row));
    this.stats.signals += written.length;
    for (const s of written) {
      await bus
        .publish('strategy.signal', {
          signalId: s.id,
          strategyId: s.strategyId,
          instrumentId: s.instrumentId,
          symbol: s.symbol,
          ts: s.ts.toISOString(),
          direction: s.direction,
          strength: s.strength,
          horizon: `${s.horizonBars}d`,
          modelVersion: s.modelVersion,
        })
        .catch((err: unknown) => this.options.logger.warn({ err }, 'publishing a signal failed'));
    }
    if (strategy.autoTrade && strategy.portfolioId !== null && this.options.broker) {
      await this.trade(strategy, fresh.map((f) => f.event), instruments).catch((err: unknown) => this.options.logger.warn({ err, strategyId: strategy.id }, 'auto-trade failed'));
    }
    return written;
  }

  /** Market orders toward each new signal's target weight of the portfolio's equity. */
  private async trade(strategy: StrategyRow, events: SignalEvent[], instruments: Map<string, { id: number }>): Promise<void> {
    const { pool } = this.options;
    const portfolioId = Number(strategy.portfolioId);
    const group = [{ key: 'p', portfolioIds: [portfolioId] }];
    const [positions, cash] = await Promise.all([findGroupPositions(pool, group), findGroupCash(pool, group)]);
    const prices = await findLatestPrices(pool, [...new Set([...positions.map((p) => p.instrumentId), ...[...instruments.values()].map((i) => i.id)])]);
    const equity = (cash.get('p') ?? 0) + positions.reduce((sum, p) => sum + p.quantity * (prices.get(p.instrumentId) ?? 0), 0);
    if (!(equity > 0)) return;
    for (const event of events) {
      const instrumentId = instruments.get(event.symbol)!.id;
      const price = this.quotes.get(event.symbol)?.last ?? prices.get(instrumentId);
      if (!price) continue;
      const held = positions.find((p) => p.instrumentId === instrumentId)?.quantity ?? 0;
      const delta = Math.round(((event.targetWeight * equity) / price - held) * 1e4) / 1e4;
      if (Math.abs(delta * price) < MIN_TRADE_SHARE * equity) continue;
      await this.options.broker!.place({
        portfolioId,
        strategyId: Number(strategy.id),
        instrumentId,
        symbol: event.symbol,
        request: { symbol: event.symbol, side: delta > 0 ? 'BUY' : 'SELL', type: 'MARKET', quantity: Math.abs(delta), timeInForce: 'GTC', tag: `strategy:${strategy.id}` },
        bracket: null,
        oco: [],
        position: held,
      });
      this.stats.orders++;
    }
  }
}

/** JSON has no NaN or Infinity: such explanation values become null. */
function finite(values: Record<string, number>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number.isFinite(v) ? v : null]));
}
