import { withTransaction } from '@nautilus/db';
import type { Bus, Clock, Logger, OrderLifecycleEvent, QuoteEvent, TimerHandle } from '@nautilus/runtime';
import type pg from 'pg';
import { OrderEngine, type FeeModel, type Fill, type OrderEvent, type OrderRequest, type SlippageModel } from '../domain/index.ts';
import { findGroupPositions } from '@nautilus/portfolio/reads';
import { findOpenOrders, findOrdersByIds, insertFill, insertOrder, insertOrderEvents, updateOrder, type NewOrder } from '../store/orders.ts';
import type { OrderEventRow, OrderRow } from '../service/types.ts';

/** One order as the broker takes it: already checked by the orders service (portfolio, symbol, instrument). */
export interface PaperOrderRequest {
  portfolioId: number;
  strategyId: number | null;
  instrumentId: number;
  symbol: string;
  request: OrderRequest;
  /** Take-profit / stop-loss children placed once the entry fills. */
  bracket: { takeProfitPrice?: number; stopLossPrice?: number } | null;
  /** Further orders (same symbol) forming an OCO group with `request`. */
  oco: OrderRequest[];
  /** The portfolio's position in the symbol (portfolio's reads): the engine's reduce-only checks start from it. */
  position: number;
}

/** A refusal by the order engine's validation: the field of the request (`limitPrice`, `entry.quantity`, `orders.1.stopPrice`). */
export class OrderRefusedError extends Error {
  override name = 'OrderRefusedError';
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

export interface PaperBrokerOptions {
  pool: pg.Pool;
  bus: Bus;
  clock: Clock;
  logger: Logger;
  /** Called after fills were stored (the fill recorder's wake-up). */
  onFills?: () => void;
  fees?: FeeModel;
  slippage?: SlippageModel;
  /** When the trading session closes each day, in minutes after midnight UTC (default 21:00, 16:00 in New York in winter). */
  sessionCloseUtcMinutes?: number;
}

/** One portfolio's orders in one symbol: an order engine and the map between its ids and the database's. */
interface Book {
  portfolioId: number;
  symbol: string;
  instrumentId: number;
  strategyIds: Map<string, number | null>;
  engine: OrderEngine;
  toDb: Map<string, string>;
  events: OrderEvent[];
  fills: Fill[];
}

const DAY_MS = 86_400_000;
const NO_FEES: FeeModel = { perShare: 0, bps: 0, minimum: 0 };
const NO_SLIPPAGE: SlippageModel = { kind: 'BPS', value: 0 };

/**
 * Paper trading: the domain's order engine (the one EVENT backtests use) filled against live quotes
 * from the bus. One engine per portfolio and symbol; every change the engine makes (lifecycle
 * events, fills, the order's state) is stored in one transaction per request or quote, then each
 * event is published on `strategy.order.event` and fills wake the fill recorder (portfolio trades).
 * Work is serialised: one request or quote at a time, so the engines and the database agree. When a
 * write fails the book is rebuilt from the database (the quote's fills are lost, as on a real venue
 * that did not confirm them). After a restart the open orders are loaded back (remaining quantity).
 */
export class PaperBroker {
  readonly stats = { orders: 0, fills: 0, quotes: 0 };
  private readonly books = new Map<string, Book>();
  private readonly lastQuotes = new Map<string, QuoteEvent>();
  private queue: Promise<unknown> = Promise.resolve();
  private subscription: ReturnType<Bus['subscribe']> | null = null;
  private loop: Promise<void> | null = null;
  private sessionTimer: TimerHandle | undefined;
  private stopped = false;

  constructor(private readonly options: PaperBrokerOptions) {}

  /** Loads the open orders and starts consuming quotes. */
  async start(): Promise<void> {
    await this.serial(() => this.restore());
    const subscription = this.options.bus.subscribe('marketdata.quote', { bufferSize: 50_000 });
    this.subscription = subscription;
    this.loop = (async () => {
      for await (const quote of subscription) {
        await this.onQuote(quote).catch((err: unknown) => this.options.logger.warn({ err, symbol: quote.symbol }, 'a quote could not be applied to paper orders'));
      }
    })();
    this.scheduleSessionClose();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.sessionTimer) this.options.clock.clear(this.sessionTimer);
    this.subscription?.close();
    await this.loop;
    await this.queue.catch(() => {});
  }

  /** Open orders across books (metrics). */
  get openOrderCount(): number {
    let n = 0;
    for (const book of this.books.values()) n += book.engine.openOrders().length;
    return n;
  }

  /** Places an order (with its bracket or OCO siblings); resolves to the primary order as stored. */
  place(order: PaperOrderRequest): Promise<OrderRow> {
    return this.serial(() => this.placeNow(order));
  }

  cancel(order: OrderRow, reason: string): Promise<OrderRow> {
    return this.serial(() => this.change(order, (book, id, ts) => book.engine.cancel(id, ts, reason)));
  }

  amend(order: OrderRow, changes: { quantity?: number; limitPrice?: number; stopPrice?: number; trailingAmount?: number; trailingPercent?: number }): Promise<OrderRow> {
    return this.serial(() => this.change(order, (book, id, ts) => book.engine.amend(id, changes, ts)));
  }

  /** Applies a quote to the books of its symbol that have open orders. */
  onQuote(quote: QuoteEvent): Promise<void> {
    this.lastQuotes.set(quote.symbol, quote);
    this.stats.quotes++;
    const books = [...this.books.values()].filter((b) => b.symbol === quote.symbol && b.engine.openOrders().length > 0);
    if (books.length === 0) return Promise.resolve();
    return this.serial(async () => {
      for (const book of books) {
        book.engine.onQuote(toDomainQuote(quote));
        await this.commitOrRebuild(book);
      }
    });
  }

  /**
   * Stores what the engine did to a book (events, fills), if anything. Not stored: the engine forgets
   * it too (the book is rebuilt from the database) and the error goes to the caller.
   */
  private async commitOrRebuild(book: Book): Promise<void> {
    if (book.events.length === 0) return;
    try {
      await this.commit(book, async () => []);
    } catch (error) {
      book.events.length = 0;
      book.fills.length = 0;
      await this.reload(book).catch(() => {});
      throw error;
    }
  }

  /** The session closes on the clock every day: MARKET_ON_CLOSE orders fill at the last price, DAY orders expire. */
  private scheduleSessionClose(): void {
    if (this.stopped) return;
    const { clock } = this.options;
    const now = clock.now();
    const minutes = this.options.sessionCloseUtcMinutes ?? 21 * 60;
    let next = Math.floor(now / DAY_MS) * DAY_MS + minutes * 60_000;
    if (next <= now) next += DAY_MS;
    this.sessionTimer = clock.setTimeout(() => {
      void this.closeSession()
        .catch((err: unknown) => this.options.logger.warn({ err }, 'closing the paper trading session failed'))
        .finally(() => this.scheduleSessionClose());
    }, next - now);
  }

  /** Ends the session of every book with open orders (one transaction per book). */
  closeSession(): Promise<void> {
    return this.serial(async () => {
      const ts = this.options.clock.now();
      for (const book of this.books.values()) {
        if (book.engine.openOrders().length === 0) continue;
        book.engine.onSessionClose(book.symbol, ts);
        await this.commitOrRebuild(book);
      }
    });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }

  private bookOf(portfolioId: number, symbol: string, instrumentId: number): Book {
    const key = `${portfolioId}:${symbol}`;
    let book = this.books.get(key);
    if (!book) {
      const events: OrderEvent[] = [];
      const fills: Fill[] = [];
      const engine = new OrderEngine({
        symbols: [symbol],
        fees: this.options.fees ?? NO_FEES,
        slippage: this.options.slippage ?? NO_SLIPPAGE,
        onEvent: (e) => events.push(e),
        onFill: (f) => fills.push(f),
      });
      book = { portfolioId, symbol, instrumentId, strategyIds: new Map(), engine, toDb: new Map(), events, fills };
      // The latest quote: trailing stops start from the last price.
      const last = this.lastQuotes.get(symbol);
      if (last) engine.onQuote(toDomainQuote(last));
      this.books.set(key, book);
    }
    return book;
  }

  private async placeNow(order: PaperOrderRequest): Promise<OrderRow> {
    const { clock } = this.options;
    const ts = clock.now();
    const book = this.bookOf(order.portfolioId, order.symbol, order.instrumentId);
    try {
      const primary = await this.commit(book, async (client) => {
        const now = new Date(ts);
        const rowOf = (r: OrderRequest, extra: Partial<NewOrder> = {}): NewOrder => ({
          portfolioId: order.portfolioId,
          strategyId: order.strategyId,
          instrumentId: order.instrumentId,
          symbol: order.symbol,
          side: r.side === 'BUY' ? 'buy' : 'sell',
          orderType: r.type.toLowerCase(),
          quantity: r.quantity,
          limitPrice: r.limitPrice ?? null,
          stopPrice: r.stopPrice ?? null,
          trailAmount: r.trailingAmount ?? null,
          trailPercent: r.trailingPercent ?? null,
          timeInForce: (r.timeInForce ?? 'GTC').toLowerCase(),
          expireAt: r.expireAt !== undefined ? new Date(r.expireAt) : null,
          reduceOnly: r.reduceOnly === true,
          parentId: null,
          ocoGroup: null,
          status: 'submitted',
          reason: null,
          now,
          ...extra,
        });
        // Reduce-only orders are checked (at acceptance and at each fill) against the portfolio's position.
        book.engine.setPosition(order.symbol, order.position);
        const request: OrderRequest = order.request;
        const primary = await insertOrder(client, rowOf(order.request));
        if (order.bracket) {
          const result = book.engine.submitBracket({ entry: { ...request, clientOrderId: primary.id }, ...order.bracket }, ts);
          if (!result.ok) throw new OrderRefusedError(result.field, result.message);
          book.toDb.set(result.entryOrderId, primary.id);
          const group = result.takeProfitOrderId && result.stopLossOrderId ? `bracket-${primary.id}` : null;
          for (const childId of [result.takeProfitOrderId, result.stopLossOrderId]) {
            if (!childId) continue;
            const child = book.engine.order(childId)!;
            const row = await insertOrder(client, rowOf({ ...child, trailingAmount: undefined, trailingPercent: undefined }, { parentId: primary.id, ocoGroup: group, reduceOnly: true }));
            book.toDb.set(childId, row.id);
          }
        } else if (order.oco.length > 0) {
          const group = `oco-${primary.id}`;
          await updateOrder(client, primary.id, { ocoGroup: group }, now);
          const legs = [{ ...request, clientOrderId: primary.id }];
          const rows = [primary.id];
          for (const leg of order.oco) {
            const row = await insertOrder(client, rowOf(leg, { ocoGroup: group }));
            legs.push({ ...leg, clientOrderId: row.id });
            rows.push(row.id);
          }
          const result = book.engine.submitOco(legs, ts);
          if (!result.ok) throw new OrderRefusedError(result.field, result.message);
          result.orderIds.forEach((id, i) => book.toDb.set(id, rows[i]!));
        } else {
          const result = book.engine.submit({ ...request, clientOrderId: primary.id }, ts);
          if (!result.ok) throw new OrderRefusedError(result.field, result.message);
          book.toDb.set(result.orderId, primary.id);
        }
        if (order.strategyId !== null) book.strategyIds.set(primary.id, order.strategyId);
        return { primary: primary.id, events: [] };
      });
      this.stats.orders++;
      return primary;
    } catch (error) {
      // Whatever the engine did for a request that was not stored is undone by reloading the book.
      book.events.length = 0;
      book.fills.length = 0;
      await this.reload(book).catch((err: unknown) => this.options.logger.warn({ err }, 'reloading a paper order book failed'));
      throw error;
    }
  }

  private async change(order: OrderRow, act: (book: Book, domainId: string, ts: number) => { ok: true } | { ok: false; field: string; message: string }): Promise<OrderRow> {
    const book = this.bookOf(Number(order.portfolioId), order.symbol, Number(order.instrumentId));
    const domainId = [...book.toDb].find(([, db]) => db === order.id)?.[0];
    if (!domainId) throw new OrderRefusedError('id', `order ${order.id} is ${order.status} and can no longer change`);
    const result = act(book, domainId, this.options.clock.now());
    if (!result.ok) throw new OrderRefusedError(result.field === 'orderId' ? 'id' : result.field, result.message);
    try {
      return await this.commit(book, async () => ({ primary: order.id, events: [] }));
    } catch (error) {
      book.events.length = 0;
      book.fills.length = 0;
      await this.reload(book).catch(() => {});
      throw error;
    }
  }

  /**
   * Runs `before` and stores what the engine emitted meanwhile (events, order state, fills) in one
   * transaction; publishes the events after the commit. Returns the primary order's row.
   */
  private async commit(book: Book, before: (client: pg.PoolClient) => Promise<{ primary: string; events: OrderEventRow[] } | OrderEventRow[]>): Promise<OrderRow> {
    const { pool, clock, bus } = this.options;
    let primaryRow: OrderRow | undefined;
    let fillCount = 0;
    const stored = await withTransaction(pool, async (client) => {
      const first = await before(client);
      const primaryId = Array.isArray(first) ? null : first.primary;
      const written: OrderEventRow[] = Array.isArray(first) ? [...first] : [...first.events];
      const events = book.events.splice(0);
      const fills = book.fills.splice(0);
      const now = new Date(clock.now());
      const touched = new Map<string, OrderEvent>();
      for (const e of events) touched.set(e.orderId, e);
      for (const [domainId, last] of touched) {
        const o = book.engine.order(domainId);
        const dbId = book.toDb.get(domainId);
        if (!o || !dbId) continue;
        const row = await updateOrder(
          client,
          dbId,
          {
            status: o.status.toLowerCase(),
            quantity: o.quantity,
            filledQuantity: o.filledQty,
            averagePrice: o.filledQty > 0 ? o.avgFillPrice : null,
            limitPrice: o.limitPrice ?? null,
            stopPrice: o.stopPrice ?? null,
            reason: last.reason,
          },
          now,
        );
        if (dbId === primaryId) primaryRow = row;
      }
      written.push(
        ...(await insertOrderEvents(
          client,
          events
            .filter((e) => book.toDb.has(e.orderId))
            .map((e) => ({
              orderId: book.toDb.get(e.orderId)!,
              status: e.status.toLowerCase(),
              reason: e.type === e.status ? e.reason : `${e.type}: ${e.reason}`,
              fillQuantity: e.fillQty ?? null,
              fillPrice: e.fillPrice ?? null,
              ts: new Date(e.ts),
            })),
        )),
      );
      for (const f of fills) {
        const dbId = book.toDb.get(f.orderId);
        if (!dbId) continue;
        await insertFill(client, { orderId: dbId, portfolioId: book.portfolioId, symbol: f.symbol, side: f.side === 'BUY' ? 'buy' : 'sell', quantity: f.qty, price: f.price, fee: f.fee, ts: new Date(f.ts) });
        fillCount++;
      }
      if (primaryId && !primaryRow) primaryRow = (await findOrdersByIds(client, [primaryId])).get(primaryId);
      return written;
    });
    for (const e of stored) await bus.publish('strategy.order.event', toBusEvent(e)).catch((err: unknown) => this.options.logger.warn({ err }, 'publishing an order event failed'));
    if (fillCount > 0) {
      this.stats.fills += fillCount;
      this.options.onFills?.();
    }
    return primaryRow!;
  }

  /** Rebuilds every book from the database's open orders (at start). */
  private async restore(): Promise<void> {
    this.books.clear();
    await this.loadAll(await findOpenOrders(this.options.pool));
  }

  /** Rebuilds one book from the database (after a failed write). */
  private async reload(book: Book): Promise<void> {
    this.books.delete(`${book.portfolioId}:${book.symbol}`);
    await this.loadAll((await findOpenOrders(this.options.pool)).filter((r) => Number(r.portfolioId) === book.portfolioId && r.symbol === book.symbol));
  }

  /** Loads open orders book by book, each engine's position taken from the portfolio (portfolio's reads). */
  private async loadAll(open: OrderRow[]): Promise<void> {
    if (open.length === 0) return;
    const byBook = new Map<string, OrderRow[]>();
    for (const row of open) byBook.set(`${row.portfolioId}:${row.symbol}`, [...(byBook.get(`${row.portfolioId}:${row.symbol}`) ?? []), row]);
    const portfolioIds = [...new Set(open.map((r) => Number(r.portfolioId)))];
    const positions = await findGroupPositions(this.options.pool, portfolioIds.map((id) => ({ key: String(id), portfolioIds: [id] })));
    for (const rows of byBook.values()) {
      const first = rows[0]!;
      const held = positions.find((p) => p.key === first.portfolioId && String(p.instrumentId) === first.instrumentId)?.quantity ?? 0;
      this.load(rows, held);
    }
  }

  /** Submits stored open orders to a fresh engine (their remaining quantity); the engine's events for that are not stored again. */
  private load(rows: OrderRow[], position: number): void {
    const first = rows[0]!;
    const book = this.bookOf(Number(first.portfolioId), first.symbol, Number(first.instrumentId));
    book.engine.setPosition(first.symbol, position);
    const ts = this.options.clock.now() - 1;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const done = new Set<string>();
    const requestOf = (r: OrderRow): OrderRequest => ({
      symbol: r.symbol,
      side: r.side,
      type: r.orderType,
      quantity: r.quantity - r.filledQuantity,
      ...(r.limitPrice !== null ? { limitPrice: r.limitPrice } : {}),
      ...(r.stopPrice !== null && r.orderType !== 'TRAILING_STOP' ? { stopPrice: r.stopPrice } : {}),
      ...(r.trailAmount !== null ? { trailingAmount: r.trailAmount } : {}),
      ...(r.trailPercent !== null ? { trailingPercent: r.trailPercent } : {}),
      timeInForce: r.timeInForce === 'GTD' && r.expireAt && r.expireAt.getTime() <= ts ? 'GTC' : r.timeInForce,
      reduceOnly: r.reduceOnly,
      ...(r.timeInForce === 'GTD' && r.expireAt && r.expireAt.getTime() > ts ? { expireAt: r.expireAt.getTime() } : {}),
      clientOrderId: r.id,
    });
    for (const row of rows) {
      if (done.has(row.id)) continue;
      if (row.strategyId !== null) book.strategyIds.set(row.id, Number(row.strategyId));
      const children = rows.filter((r) => r.parentId === row.id);
      if (children.length > 0) {
        const tp = children.find((c) => c.orderType === 'LIMIT');
        const sl = children.find((c) => c.orderType === 'STOP');
        const result = book.engine.submitBracket({ entry: requestOf(row), ...(tp ? { takeProfitPrice: tp.limitPrice! } : {}), ...(sl ? { stopLossPrice: sl.stopPrice! } : {}) }, ts);
        if (result.ok) {
          book.toDb.set(result.entryOrderId, row.id);
          if (tp && result.takeProfitOrderId) book.toDb.set(result.takeProfitOrderId, tp.id);
          if (sl && result.stopLossOrderId) book.toDb.set(result.stopLossOrderId, sl.id);
        }
        [row, ...children].forEach((r) => done.add(r.id));
        continue;
      }
      const group = row.ocoGroup ? rows.filter((r) => r.ocoGroup === row.ocoGroup && !byId.get(r.parentId ?? '')) : [row];
      if (group.length > 1) {
        const result = book.engine.submitOco(group.map(requestOf), ts);
        if (result.ok) result.orderIds.forEach((id, i) => book.toDb.set(id, group[i]!.id));
      } else {
        const result = book.engine.submit(requestOf(row), ts);
        if (result.ok) book.toDb.set(result.orderId, row.id);
      }
      group.forEach((r) => done.add(r.id));
    }
    book.events.length = 0;
    book.fills.length = 0;
  }
}

function toDomainQuote(q: QuoteEvent) {
  return { symbol: q.symbol, ts: Date.parse(q.ts), bid: q.bid, ask: q.ask, last: q.last };
}

export function toBusEvent(e: OrderEventRow): OrderLifecycleEvent {
  return {
    eventId: e.id,
    orderId: e.orderId,
    portfolioId: e.portfolioId,
    status: e.status,
    reason: e.reason,
    fillQuantity: e.fillQuantity,
    fillPrice: e.fillPrice,
    ts: e.ts.toISOString(),
  };
}
