/**
 * The order engine: one simulated exchange shared by EVENT backtests (driven with bars) and paper trading
 * (driven with quotes). Naming and semantics follow NautilusTrader's order model (order types, time in
 * force, contingent orders, OrderSubmitted/Accepted/Rejected/Triggered/Updated/Filled/Canceled/Expired
 * events), re-stated in README "Order engine".
 *
 * Bars: an order submitted at time ts is eligible for bars with bar.ts > ts. Within a bar the price path is
 * open → the nearer of high/low (ties: low first) → the other → close. Each eligible order's first fill
 * point on that path is computed; fills happen in path order (ties: submission order), so an OCO sibling
 * that would trigger later is cancelled first. Market orders fill at the open; stops that gap fill at the
 * open, not at the stop price; limits fill at the limit or at a better open. Fills are capped per bar at
 * maxVolumeShare × volume (partial fills). The only randomness (probFillOnLimit when a limit is touched but
 * not crossed) comes from the seeded xoshiro128** generator, so a run is reproducible bit for bit.
 */
import { createRng, type Xoshiro128 } from '@nautilus/accel/rng';
import { computeFee, slippageAmount, slipped } from './costs.ts';
import type {
  ActionResult,
  Bar,
  BracketResult,
  Fill,
  OcoResult,
  Order,
  OrderAmendment,
  OrderEngineApi,
  OrderEngineOptions,
  OrderEvent,
  OrderEventType,
  OrderRequest,
  OrderSide,
  OrderStatus,
  OrderType,
  Quote,
  SubmitResult,
  TimeInForce,
} from './types.ts';

const ORDER_TYPES: readonly OrderType[] = ['MARKET', 'LIMIT', 'STOP', 'STOP_LIMIT', 'TRAILING_STOP', 'MARKET_ON_OPEN', 'MARKET_ON_CLOSE'];
const TIFS: readonly TimeInForce[] = ['GTC', 'DAY', 'IOC', 'FOK', 'GTD'];
const OPEN_STATUSES: ReadonlySet<OrderStatus> = new Set(['SUBMITTED', 'ACCEPTED', 'TRIGGERED', 'PARTIALLY_FILLED']);
const DAY_MS = 86_400_000;
/** Quantities below this are treated as zero (fractional shares). */
const QTY_EPS = 1e-9;

interface OrderState extends Order {
  seq: number;
  /** Bracket children wait (inactive) until their parent fills. */
  active: boolean;
  /** Trailing stops: best price seen since acceptance (NaN until known). */
  extreme: number;
  childIds: string[];
}

interface Candidate {
  order: OrderState;
  pos: number;
  price: number;
  /** Whether slippage applies (market-like fills). */
  market: boolean;
  triggeredAt: number;
}

type Failure = { ok: false; field: string; message: string };
const fail = (field: string, message: string): Failure => ({ ok: false, field, message });
const isPos = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0;

export class OrderEngine implements OrderEngineApi {
  private readonly symbols: Set<string>;
  private readonly orders = new Map<string, OrderState>();
  private readonly bySymbol = new Map<string, OrderState[]>();
  private readonly positions = new Map<string, number>();
  private readonly lastPrice = new Map<string, number>();
  private readonly groups = new Map<string, string[]>();
  private readonly rng: Xoshiro128;
  private seq = 0;
  private groupSeq = 0;
  // Scratch path for onBar (no allocation per bar).
  private readonly path = new Float64Array(4);

  constructor(private readonly options: OrderEngineOptions) {
    this.symbols = new Set();
    for (const s of options.symbols) this.addSymbol(s);
    this.rng = createRng(options.seed ?? 0, 1);
  }

  /** Start trading a symbol (paper trading universes grow); a no-op for a known one. */
  addSymbol(symbol: string, position = 0): void {
    if (this.symbols.has(symbol)) return;
    this.symbols.add(symbol);
    this.bySymbol.set(symbol, []);
    this.positions.set(symbol, position);
  }

  /** Set the position the engine believes in (paper trading syncs it from the portfolio); reduce-only orders check it. */
  setPosition(symbol: string, position: number): ActionResult {
    if (!this.symbols.has(symbol)) return fail('symbol', `unknown symbol ${JSON.stringify(symbol)}`);
    if (!Number.isFinite(position)) return fail('position', `position must be a finite number, got ${position}`);
    this.positions.set(symbol, position);
    return { ok: true };
  }

  // ------------------------------------------------------------------------------------------
  // Submission, cancel, amend
  // ------------------------------------------------------------------------------------------

  /** Validate an order request; null when it is acceptable. */
  validate(r: OrderRequest, ts: number): Failure | null {
    if (!r || typeof r !== 'object') return fail('order', 'an order request is required');
    if (typeof r.symbol !== 'string' || !this.symbols.has(r.symbol)) return fail('symbol', `unknown symbol ${JSON.stringify(r.symbol)}`);
    if (r.side !== 'BUY' && r.side !== 'SELL') return fail('side', `side must be BUY or SELL, got ${JSON.stringify(r.side)}`);
    if (!ORDER_TYPES.includes(r.type)) return fail('type', `unknown order type ${JSON.stringify(r.type)}; expected ${ORDER_TYPES.join(', ')}`);
    if (typeof r.quantity !== 'number' || !Number.isFinite(r.quantity)) return fail('quantity', `quantity must be a finite number, got ${r.quantity}`);
    if (r.quantity <= 0) return fail('quantity', `quantity must be positive, got ${r.quantity}`);
    const tif = r.timeInForce ?? 'GTC';
    if (!TIFS.includes(tif)) return fail('timeInForce', `unknown time in force ${JSON.stringify(tif)}; expected ${TIFS.join(', ')}`);
    const needsLimit = r.type === 'LIMIT' || r.type === 'STOP_LIMIT';
    const needsStop = r.type === 'STOP' || r.type === 'STOP_LIMIT';
    if (needsLimit && !isPos(r.limitPrice)) return fail('limitPrice', `a ${r.type} order needs a positive limitPrice`);
    if (!needsLimit && r.limitPrice !== undefined && r.limitPrice !== null) return fail('limitPrice', `a ${r.type} order takes no limitPrice`);
    if (needsStop && !isPos(r.stopPrice)) return fail('stopPrice', `a ${r.type} order needs a positive stopPrice`);
    if (!needsStop && r.stopPrice !== undefined && r.stopPrice !== null) return fail('stopPrice', `a ${r.type} order takes no stopPrice`);
    const hasAmount = r.trailingAmount !== undefined && r.trailingAmount !== null;
    const hasPercent = r.trailingPercent !== undefined && r.trailingPercent !== null;
    if (r.type === 'TRAILING_STOP') {
      if (hasAmount === hasPercent) return fail('trailingAmount', 'a TRAILING_STOP order needs exactly one of trailingAmount and trailingPercent');
      if (hasAmount && !isPos(r.trailingAmount)) return fail('trailingAmount', `trailingAmount must be positive, got ${r.trailingAmount}`);
      if (hasPercent && (!isPos(r.trailingPercent) || r.trailingPercent! >= 100)) return fail('trailingPercent', `trailingPercent must be in (0, 100), got ${r.trailingPercent}`);
    } else if (hasAmount || hasPercent) {
      return fail(hasAmount ? 'trailingAmount' : 'trailingPercent', `a ${r.type} order takes no trailing offset`);
    }
    if (tif === 'GTD') {
      if (typeof r.expireAt !== 'number' || !Number.isFinite(r.expireAt)) return fail('expireAt', 'a GTD order needs expireAt');
      if (r.expireAt <= ts) return fail('expireAt', `expireAt (${r.expireAt}) must be after the submission time (${ts})`);
    } else if (r.expireAt !== undefined && r.expireAt !== null) {
      return fail('expireAt', 'expireAt is only for GTD orders');
    }
    if ((r.type === 'MARKET_ON_OPEN' || r.type === 'MARKET_ON_CLOSE') && (tif === 'IOC' || tif === 'FOK')) {
      return fail('timeInForce', `${r.type} orders cannot be ${tif}`);
    }
    return null;
  }

  submit(request: OrderRequest, ts: number): SubmitResult {
    const bad = this.validate(request, ts);
    if (bad) return bad;
    const order = this.create(request, ts, true);
    this.accept(order, ts);
    return { ok: true, orderId: order.orderId };
  }

  submitBracket(request: { entry: OrderRequest; takeProfitPrice?: number; stopLossPrice?: number; tag?: string }, ts: number): BracketResult {
    const entry = request.entry;
    const bad = this.validate(entry, ts);
    if (bad) return { ok: false, field: `entry.${bad.field}`, message: bad.message };
    if (entry.type !== 'MARKET' && entry.type !== 'LIMIT' && entry.type !== 'STOP' && entry.type !== 'STOP_LIMIT') {
      return fail('entry.type', 'a bracket entry is a MARKET, LIMIT, STOP or STOP_LIMIT order');
    }
    const { takeProfitPrice: tp, stopLossPrice: sl } = request;
    if (tp === undefined && sl === undefined) return fail('takeProfitPrice', 'a bracket needs a takeProfitPrice, a stopLossPrice or both');
    if (tp !== undefined && !isPos(tp)) return fail('takeProfitPrice', `takeProfitPrice must be positive, got ${tp}`);
    if (sl !== undefined && !isPos(sl)) return fail('stopLossPrice', `stopLossPrice must be positive, got ${sl}`);
    const buy = entry.side === 'BUY';
    if (tp !== undefined && sl !== undefined && (buy ? tp <= sl : tp >= sl)) {
      return fail('takeProfitPrice', buy ? 'for a BUY entry takeProfitPrice must be above stopLossPrice' : 'for a SELL entry takeProfitPrice must be below stopLossPrice');
    }
    const ref = entry.limitPrice ?? entry.stopPrice;
    if (ref !== undefined) {
      if (tp !== undefined && (buy ? tp <= ref : tp >= ref)) return fail('takeProfitPrice', `takeProfitPrice must be on the profit side of the entry price ${ref}`);
      if (sl !== undefined && (buy ? sl >= ref : sl <= ref)) return fail('stopLossPrice', `stopLossPrice must be on the loss side of the entry price ${ref}`);
    }
    const tag = request.tag ?? entry.tag;
    const parent = this.create({ ...entry, tag }, ts, true);
    const exitSide: OrderSide = buy ? 'SELL' : 'BUY';
    const base = { symbol: entry.symbol, side: exitSide, quantity: entry.quantity, timeInForce: 'GTC' as const, reduceOnly: true, tag };
    const children: OrderState[] = [];
    if (tp !== undefined) children.push(this.create({ ...base, type: 'LIMIT', limitPrice: tp }, ts, false));
    if (sl !== undefined) children.push(this.create({ ...base, type: 'STOP', stopPrice: sl }, ts, false));
    for (const c of children) c.parentOrderId = parent.orderId;
    parent.childIds = children.map((c) => c.orderId);
    if (children.length === 2) this.group(children);
    this.accept(parent, ts);
    return {
      ok: true,
      entryOrderId: parent.orderId,
      ...(tp !== undefined ? { takeProfitOrderId: children[0]!.orderId } : {}),
      ...(sl !== undefined ? { stopLossOrderId: children[children.length - 1]!.orderId } : {}),
    };
  }

  submitOco(requests: OrderRequest[], ts: number): OcoResult {
    if (!Array.isArray(requests) || requests.length < 2) return fail('orders', 'an OCO group needs at least two orders');
    for (let i = 0; i < requests.length; i++) {
      const bad = this.validate(requests[i]!, ts);
      if (bad) return { ok: false, field: `orders.${i}.${bad.field}`, message: bad.message };
      if (requests[i]!.symbol !== requests[0]!.symbol) return fail(`orders.${i}.symbol`, 'all orders of an OCO group must be for the same symbol');
    }
    const orders = requests.map((r) => this.create(r, ts, true));
    this.group(orders);
    for (const o of orders) this.accept(o, ts);
    return { ok: true, orderIds: orders.map((o) => o.orderId) };
  }

  cancel(orderId: string, ts: number, reason = 'cancelled by request'): ActionResult {
    const o = this.orders.get(orderId);
    if (!o) return fail('orderId', `unknown order ${orderId}`);
    if (!OPEN_STATUSES.has(o.status)) return fail('orderId', `order ${orderId} is ${o.status} and cannot be cancelled`);
    this.close(o, 'CANCELLED', ts, reason);
    return { ok: true };
  }

  amend(orderId: string, changes: OrderAmendment, ts: number): ActionResult {
    const o = this.orders.get(orderId);
    if (!o) return fail('orderId', `unknown order ${orderId}`);
    if (!OPEN_STATUSES.has(o.status)) return fail('orderId', `order ${orderId} is ${o.status} and cannot be amended`);
    const c = changes ?? {};
    const parts: string[] = [];
    if (c.quantity !== undefined) {
      if (!isPos(c.quantity)) return fail('quantity', `quantity must be positive, got ${c.quantity}`);
      if (c.quantity <= o.filledQty + QTY_EPS) return fail('quantity', `quantity must exceed the ${o.filledQty} already filled`);
    }
    if (c.limitPrice !== undefined) {
      if (o.type !== 'LIMIT' && o.type !== 'STOP_LIMIT') return fail('limitPrice', `a ${o.type} order has no limit price`);
      if (!isPos(c.limitPrice)) return fail('limitPrice', `limitPrice must be positive, got ${c.limitPrice}`);
    }
    if (c.stopPrice !== undefined) {
      if (o.type !== 'STOP' && o.type !== 'STOP_LIMIT') return fail('stopPrice', `a ${o.type} order has no stop price`);
      if (o.triggered) return fail('stopPrice', 'the stop has already triggered');
      if (!isPos(c.stopPrice)) return fail('stopPrice', `stopPrice must be positive, got ${c.stopPrice}`);
    }
    for (const key of ['trailingAmount', 'trailingPercent'] as const) {
      if (c[key] === undefined) continue;
      if (o.type !== 'TRAILING_STOP') return fail(key, `a ${o.type} order has no trailing offset`);
      if (!isPos(c[key]) || (key === 'trailingPercent' && c[key]! >= 100)) return fail(key, `${key} must be positive${key === 'trailingPercent' ? ' and below 100' : ''}`);
      if ((key === 'trailingAmount' ? o.trailingAmount : o.trailingPercent) === undefined) return fail(key, `the order trails by ${key === 'trailingAmount' ? 'percent' : 'amount'}`);
    }
    for (const key of ['quantity', 'limitPrice', 'stopPrice', 'trailingAmount', 'trailingPercent'] as const) {
      if (c[key] === undefined) continue;
      parts.push(`${key} ${o[key]} → ${c[key]}`);
      o[key] = c[key];
    }
    if (o.type === 'TRAILING_STOP' && Number.isFinite(o.extreme)) o.stopPrice = this.trailStop(o, o.extreme);
    this.emit(o, 'AMENDED', ts, parts.length ? parts.join(', ') : 'no change');
    return { ok: true };
  }

  // ------------------------------------------------------------------------------------------
  // Queries
  // ------------------------------------------------------------------------------------------

  order(orderId: string): Order | undefined {
    const o = this.orders.get(orderId);
    return o ? publicOrder(o) : undefined;
  }

  openOrders(symbol?: string): Order[] {
    const lists = symbol ? [this.bySymbol.get(symbol) ?? []] : [...this.bySymbol.values()];
    return lists.flat().map(publicOrder);
  }

  position(symbol: string): number {
    return this.positions.get(symbol) ?? 0;
  }

  /** Whether any order is open for the symbol (cheap; the backtest loop asks it every bar). */
  hasOpenOrders(symbol: string): boolean {
    return (this.bySymbol.get(symbol)?.length ?? 0) > 0;
  }

  // ------------------------------------------------------------------------------------------
  // Market data
  // ------------------------------------------------------------------------------------------

  onBar(symbol: string, bar: Bar): void {
    const list = this.bySymbol.get(symbol);
    if (!list) return; // a symbol this engine does not trade
    if (list.length === 0) {
      this.lastPrice.set(symbol, bar.close);
      return;
    }
    const eligible = list.filter((o) => o.active && o.submittedAt < bar.ts);
    // GTD expiry before the bar.
    for (const o of eligible) {
      if (o.timeInForce === 'GTD' && bar.ts > o.expireAt!) this.close(o, 'EXPIRED', bar.ts, `GTD order expired at ${o.expireAt}`);
    }
    const path = this.path;
    path[0] = bar.open;
    const highFirst = bar.high - bar.open < bar.open - bar.low;
    path[1] = highFirst ? bar.high : bar.low;
    path[2] = highFirst ? bar.low : bar.high;
    path[3] = bar.close;

    const candidates: Candidate[] = [];
    const pendingExtreme = new Map<OrderState, number>();
    for (const o of eligible) {
      if (!OPEN_STATUSES.has(o.status)) continue;
      const c = this.barCandidate(o, path, bar, pendingExtreme);
      if (c) candidates.push(c);
    }
    candidates.sort((a, b) => a.pos - b.pos || a.order.seq - b.order.seq);
    let budget = this.options.maxVolumeShare !== undefined ? this.options.maxVolumeShare * bar.volume : Infinity;
    for (const c of candidates) {
      const o = c.order;
      if (!OPEN_STATUSES.has(o.status)) continue; // cancelled by an OCO sibling that filled earlier on the path
      if (c.triggeredAt >= 0 && !o.triggered) {
        o.triggered = true;
        if (o.type === 'STOP_LIMIT') {
          o.status = 'TRIGGERED';
          this.emit(o, 'TRIGGERED', bar.ts, `stop ${o.stopPrice} reached`);
        }
      }
      if (Number.isNaN(c.price)) continue; // stop-limit triggered but its limit not reached this bar
      let qty = o.quantity - o.filledQty;
      if (o.timeInForce === 'FOK' && qty > budget + QTY_EPS) continue; // cancelled below
      qty = Math.min(qty, budget);
      if (qty <= QTY_EPS) continue;
      const filled = this.fill(o, qty, c.price, c.market, bar.high, bar.low, bar.volume, bar.ts);
      budget -= filled;
    }
    // Trailing stops that did not fire keep the extreme they reached on this bar.
    for (const [o, extreme] of pendingExtreme) {
      if (!OPEN_STATUSES.has(o.status)) continue;
      o.extreme = extreme;
      o.stopPrice = this.trailStop(o, extreme);
    }
    // Time in force at the end of the bar.
    for (const o of eligible) {
      if (!OPEN_STATUSES.has(o.status)) continue;
      if (o.timeInForce === 'IOC') this.close(o, 'CANCELLED', bar.ts, 'IOC: the remainder was not filled at the first price');
      else if (o.timeInForce === 'FOK') this.close(o, 'CANCELLED', bar.ts, 'FOK: the order could not be filled in full at the first price');
      else if (o.timeInForce === 'DAY') this.close(o, 'EXPIRED', bar.ts, 'DAY order not filled by the end of its session');
    }
    this.lastPrice.set(symbol, bar.close);
  }

  onQuote(q: Quote): void {
    const list = this.bySymbol.get(q.symbol);
    if (!list) return; // a feed may carry symbols this engine does not trade
    const last = Number.isFinite(q.last) && q.last > 0 ? q.last : (q.bid + q.ask) / 2;
    this.lastPrice.set(q.symbol, last);
    if (list.length === 0) return;
    const day = Math.floor(q.ts / DAY_MS);
    for (const o of list.filter((x) => x.active && x.submittedAt < q.ts)) {
      if (!OPEN_STATUSES.has(o.status)) continue;
      if (o.timeInForce === 'GTD' && q.ts > o.expireAt!) {
        this.close(o, 'EXPIRED', q.ts, `GTD order expired at ${o.expireAt}`);
        continue;
      }
      if (o.timeInForce === 'DAY' && day > Math.floor(o.submittedAt / DAY_MS)) {
        this.close(o, 'EXPIRED', q.ts, 'DAY order not filled by the end of its session');
        continue;
      }
      this.quoteOrder(o, q, last);
      if (OPEN_STATUSES.has(o.status) && (o.timeInForce === 'IOC' || o.timeInForce === 'FOK')) {
        this.close(o, 'CANCELLED', q.ts, `${o.timeInForce}: not marketable at the first quote`);
      }
    }
  }

  onSessionClose(symbol: string, ts: number): void {
    const list = this.bySymbol.get(symbol);
    if (!list) return;
    const last = this.lastPrice.get(symbol);
    for (const o of list.filter((x) => x.active && x.submittedAt < ts)) {
      if (!OPEN_STATUSES.has(o.status)) continue;
      if (o.type === 'MARKET_ON_CLOSE' && last !== undefined) this.fill(o, o.quantity - o.filledQty, last, true, last, last, 0, ts);
      else if (o.timeInForce === 'DAY') this.close(o, 'EXPIRED', ts, 'DAY order not filled by the end of its session');
    }
  }

  // ------------------------------------------------------------------------------------------
  // Internals
  // ------------------------------------------------------------------------------------------

  private create(r: OrderRequest, ts: number, active: boolean): OrderState {
    const seq = ++this.seq;
    const o: OrderState = {
      orderId: `O-${seq}`,
      clientOrderId: r.clientOrderId,
      symbol: r.symbol,
      side: r.side,
      type: r.type,
      quantity: r.quantity,
      filledQty: 0,
      avgFillPrice: 0,
      limitPrice: r.limitPrice ?? undefined,
      stopPrice: r.stopPrice ?? undefined,
      trailingAmount: r.trailingAmount ?? undefined,
      trailingPercent: r.trailingPercent ?? undefined,
      timeInForce: r.timeInForce ?? 'GTC',
      expireAt: r.expireAt ?? undefined,
      reduceOnly: r.reduceOnly === true,
      tag: r.tag,
      status: 'SUBMITTED',
      triggered: false,
      submittedAt: ts,
      seq,
      active,
      extreme: NaN,
      childIds: [],
    };
    this.orders.set(o.orderId, o);
    this.bySymbol.get(o.symbol)!.push(o);
    this.emit(o, 'SUBMITTED', ts, active ? 'submitted' : 'submitted; waits for its parent to fill');
    return o;
  }

  private accept(o: OrderState, ts: number): void {
    if (o.reduceOnly && !o.parentOrderId) {
      const pos = this.position(o.symbol);
      if ((o.side === 'BUY' && pos >= -QTY_EPS) || (o.side === 'SELL' && pos <= QTY_EPS)) {
        this.close(o, 'REJECTED', ts, `reduce-only ${o.side} would not reduce the position (${pos})`);
        return;
      }
    }
    o.active = true;
    o.status = 'ACCEPTED';
    if (o.type === 'TRAILING_STOP') {
      const last = this.lastPrice.get(o.symbol);
      if (last !== undefined) {
        o.extreme = last;
        o.stopPrice = this.trailStop(o, last);
      }
    }
    this.emit(o, 'ACCEPTED', ts, 'accepted');
  }

  private group(orders: OrderState[]): void {
    const id = `G-${++this.groupSeq}`;
    this.groups.set(
      id,
      orders.map((o) => o.orderId),
    );
    for (const o of orders) o.ocoGroup = id;
  }

  private trailStop(o: OrderState, extreme: number): number {
    const off = o.trailingAmount !== undefined ? o.trailingAmount : (extreme * o.trailingPercent!) / 100;
    return o.side === 'SELL' ? extreme - off : extreme + off;
  }

  /**
   * First fill point of an order on the bar path (pos in [0, 3]: 0 the open, i + f along segment i→i+1).
   * IOC/FOK orders only look at the open.
   */
  private barCandidate(o: OrderState, path: Float64Array, bar: Bar, pendingExtreme: Map<OrderState, number>): Candidate | null {
    const buy = o.side === 'BUY';
    const onlyOpen = o.timeInForce === 'IOC' || o.timeInForce === 'FOK';
    const mk = (pos: number, price: number, market: boolean, triggeredAt = -1): Candidate => ({ order: o, pos, price, market, triggeredAt });
    switch (o.type) {
      case 'MARKET':
      case 'MARKET_ON_OPEN':
        return mk(0, path[0]!, true);
      case 'MARKET_ON_CLOSE':
        return mk(3, path[3]!, true);
      case 'LIMIT':
        return this.limitOnPath(o, o.limitPrice!, path, 0, onlyOpen, mk);
      case 'STOP_LIMIT':
        if (o.triggered) return this.limitOnPath(o, o.limitPrice!, path, 0, onlyOpen, mk);
      // falls through: find the trigger first
      case 'STOP': {
        const stop = o.stopPrice!;
        let trigger = -1;
        let at = NaN;
        if (buy ? path[0]! >= stop : path[0]! <= stop) {
          trigger = 0;
          at = path[0]!; // gap: the open, not the stop
        } else if (!onlyOpen) {
          for (let i = 0; i < 3; i++) {
            const a = path[i]!;
            const b = path[i + 1]!;
            if (buy ? b >= stop && a < stop : b <= stop && a > stop) {
              trigger = i + (stop - a) / (b - a);
              at = stop;
              break;
            }
          }
        }
        if (trigger < 0) return null;
        if (o.type === 'STOP') return mk(trigger, at, true, trigger);
        // Stop-limit: after the trigger it is a limit order from the trigger point on.
        const lim = o.limitPrice!;
        if (buy ? at <= lim : at >= lim) return mk(trigger, at, false, trigger);
        if (onlyOpen) return mk(trigger, NaN, false, trigger);
        const rest = this.limitFrom(buy, lim, path, trigger, at);
        return rest ? mk(rest.pos, rest.price, false, trigger) : mk(trigger, NaN, false, trigger);
      }
      case 'TRAILING_STOP': {
        let extreme = Number.isFinite(o.extreme) ? o.extreme : path[0]!;
        let stop = this.trailStop(o, extreme);
        // The open: a jump from the previous state.
        if (buy ? path[0]! >= stop : path[0]! <= stop) return mk(0, path[0]!, true, 0);
        if (buy ? path[0]! < extreme : path[0]! > extreme) {
          extreme = path[0]!;
          stop = this.trailStop(o, extreme);
        }
        if (!onlyOpen) {
          for (let i = 0; i < 3; i++) {
            const a = path[i]!;
            const b = path[i + 1]!;
            const favourable = buy ? b < a : b > a;
            if (favourable) {
              if (buy ? b < extreme : b > extreme) {
                extreme = b;
                stop = this.trailStop(o, extreme);
              }
            } else if (buy ? b >= stop : b <= stop) {
              return mk(i + (stop - a) / (b - a), stop, true, i);
            }
          }
        }
        pendingExtreme.set(o, extreme);
        return null;
      }
    }
  }

  private limitOnPath(o: OrderState, lim: number, path: Float64Array, _from: number, onlyOpen: boolean, mk: (pos: number, price: number, market: boolean) => Candidate): Candidate | null {
    const buy = o.side === 'BUY';
    const open = path[0]!;
    if (buy ? open < lim : open > lim) return mk(0, open, false);
    if (open === lim) {
      // At the limit from the open: certain if the path goes through it, else a touch.
      const through = !onlyOpen && beyond(buy, lim, path, 1);
      return through || this.touch() ? mk(0, open, false) : null;
    }
    if (onlyOpen) return null;
    const r = this.limitFrom(buy, lim, path, 0, open);
    return r ? mk(r.pos, r.price, false) : null;
  }

  /**
   * First point at or after `pos` (price `at`) where the path reaches a limit. Reaching it without going
   * through it (a touch) fills with probability probFillOnLimit.
   */
  private limitFrom(buy: boolean, lim: number, path: Float64Array, pos: number, at: number): { pos: number; price: number } | null {
    let a = at;
    for (let i = Math.floor(pos); i < 3; i++) {
      const b = path[i + 1]!;
      if (buy ? b <= lim : b >= lim) {
        if (!beyond(buy, lim, path, i + 1) && !this.touch()) return null;
        const f = a === b ? 0 : (lim - a) / (b - a);
        return { pos: Math.max(i + Math.min(1, Math.max(0, f)), pos), price: lim };
      }
      a = b;
    }
    return null;
  }

  private touch(): boolean {
    const p = this.options.probFillOnLimit ?? 1;
    if (p >= 1) return true;
    return this.rng.nextFloat() < p;
  }

  private quoteOrder(o: OrderState, q: Quote, last: number): void {
    const buy = o.side === 'BUY';
    const px = buy ? q.ask : q.bid;
    const qty = o.quantity - o.filledQty;
    const fillMarket = () => this.fill(o, qty, px, true, q.ask, q.bid, 0, q.ts);
    switch (o.type) {
      case 'MARKET':
      case 'MARKET_ON_OPEN':
        fillMarket();
        return;
      case 'MARKET_ON_CLOSE':
        return; // onSessionClose
      case 'LIMIT':
        if (buy ? px <= o.limitPrice! : px >= o.limitPrice!) this.fill(o, qty, px, false, q.ask, q.bid, 0, q.ts);
        return;
      case 'STOP':
      case 'STOP_LIMIT':
        if (!o.triggered) {
          if (!(buy ? last >= o.stopPrice! : last <= o.stopPrice!)) return;
          if (o.type === 'STOP') {
            o.triggered = true;
            fillMarket();
            return;
          }
          o.triggered = true;
          o.status = 'TRIGGERED';
          this.emit(o, 'TRIGGERED', q.ts, `stop ${o.stopPrice} reached (last ${last})`);
        }
        if (buy ? px <= o.limitPrice! : px >= o.limitPrice!) this.fill(o, qty, px, false, q.ask, q.bid, 0, q.ts);
        return;
      case 'TRAILING_STOP': {
        if (!Number.isFinite(o.extreme)) o.extreme = last;
        if (buy ? last < o.extreme : last > o.extreme) o.extreme = last;
        o.stopPrice = this.trailStop(o, o.extreme);
        if (buy ? last >= o.stopPrice : last <= o.stopPrice) {
          o.triggered = true;
          fillMarket();
        }
        return;
      }
    }
  }

  /** Fill up to qty of an order (reduce-only clipped); returns the quantity filled. */
  private fill(o: OrderState, qty: number, price: number, market: boolean, high: number, low: number, volume: number, ts: number): number {
    if (o.reduceOnly) {
      const pos = this.position(o.symbol);
      const allowed = o.side === 'BUY' ? Math.max(0, -pos) : Math.max(0, pos);
      if (allowed <= QTY_EPS) {
        this.close(o, 'CANCELLED', ts, `reduce-only: the position (${pos}) is already flat or on the order's side`);
        return 0;
      }
      qty = Math.min(qty, allowed);
    }
    const slip = market ? slippageAmount(this.options.slippage, price, qty, high, low, volume) : 0;
    const fillPrice = slipped(o.side, price, slip);
    const fee = computeFee(this.options.fees, qty, fillPrice);
    o.avgFillPrice = (o.avgFillPrice * o.filledQty + fillPrice * qty) / (o.filledQty + qty);
    o.filledQty += qty;
    const signed = o.side === 'BUY' ? qty : -qty;
    this.positions.set(o.symbol, this.position(o.symbol) + signed);
    const done = o.quantity - o.filledQty <= QTY_EPS;
    if (done) {
      o.status = 'FILLED';
      this.remove(o);
    } else {
      o.status = 'PARTIALLY_FILLED';
    }
    const fillRecord: Fill = { orderId: o.orderId, symbol: o.symbol, side: o.side, qty, price: fillPrice, fee, ts, slippage: slip, tag: o.tag };
    this.options.onFill?.(fillRecord);
    this.emit(o, done ? 'FILLED' : 'PARTIALLY_FILLED', ts, done ? 'filled' : `partially filled (${qty} of ${o.quantity})`, qty, fillPrice, fee);
    this.afterFill(o, ts);
    if (!done && o.reduceOnly && Math.abs(this.position(o.symbol)) <= QTY_EPS) {
      this.close(o, 'CANCELLED', ts, 'reduce-only: the position is closed, remainder cancelled');
    }
    return qty;
  }

  private afterFill(o: OrderState, ts: number): void {
    // OCO: the first fill of one cancels the others.
    if (o.ocoGroup) {
      for (const id of this.groups.get(o.ocoGroup) ?? []) {
        const other = this.orders.get(id)!;
        if (other !== o && OPEN_STATUSES.has(other.status)) this.close(other, 'CANCELLED', ts, `OCO: ${o.orderId} filled`);
      }
    }
    // Bracket: children follow the parent's filled quantity and activate on its first fill.
    for (const id of o.childIds) {
      const child = this.orders.get(id)!;
      if (!OPEN_STATUSES.has(child.status)) continue;
      child.quantity = o.filledQty;
      if (!child.active) {
        child.submittedAt = ts;
        this.accept(child, ts);
      } else {
        this.emit(child, 'AMENDED', ts, `quantity follows parent ${o.orderId}: ${o.filledQty}`);
      }
    }
  }

  private close(o: OrderState, status: 'CANCELLED' | 'REJECTED' | 'EXPIRED', ts: number, reason: string): void {
    o.status = status;
    this.remove(o);
    this.emit(o, status, ts, reason);
    // A parent that ends without any fill takes its waiting children with it.
    if (o.filledQty <= QTY_EPS) {
      for (const id of o.childIds) {
        const child = this.orders.get(id)!;
        if (OPEN_STATUSES.has(child.status)) this.close(child, 'CANCELLED', ts, `parent ${o.orderId} ${status.toLowerCase()} before filling`);
      }
    }
  }

  private remove(o: OrderState): void {
    const list = this.bySymbol.get(o.symbol)!;
    const i = list.indexOf(o);
    if (i >= 0) list.splice(i, 1);
  }

  private emit(o: OrderState, type: OrderEventType, ts: number, reason: string, fillQty?: number, fillPrice?: number, fee?: number): void {
    const cb = this.options.onEvent;
    if (!cb) return;
    const event: OrderEvent = {
      orderId: o.orderId,
      type,
      ts,
      reason,
      symbol: o.symbol,
      side: o.side,
      orderType: o.type,
      status: o.status,
      quantity: o.quantity,
      filledQty: o.filledQty,
      remainingQty: Math.max(0, o.quantity - o.filledQty),
    };
    if (o.clientOrderId !== undefined) event.clientOrderId = o.clientOrderId;
    if (o.tag !== undefined) event.tag = o.tag;
    if (fillQty !== undefined) {
      event.fillQty = fillQty;
      event.fillPrice = fillPrice;
      event.fee = fee;
    }
    cb(event);
  }
}

/** Whether the path goes strictly through a limit (below a buy limit, above a sell limit) from index `from` on. */
function beyond(buy: boolean, lim: number, path: Float64Array, from: number): boolean {
  for (let i = from; i < path.length; i++) if (buy ? path[i]! < lim : path[i]! > lim) return true;
  return false;
}

function publicOrder(o: OrderState): Order {
  const { seq: _seq, active: _active, extreme: _extreme, childIds: _childIds, ...rest } = o;
  return { ...rest };
}
