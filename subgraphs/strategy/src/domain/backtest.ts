/**
 * Backtests. Both modes share the conventions (README "Backtests"):
 * - the strategy decides at the close of bar t (it has seen bars ≤ t only);
 * - a symbol is traded when its target weight changes: a MARKET order for
 *   w·E_t / close_t − position shares (fractional), E_t the equity at the close of t;
 * - that order fills at the open of bar t+1 with the slippage model, pays the fee model;
 * - equity is marked at every close.
 * EVENT sends the orders through the OrderEngine (volume caps, events); VECTORIZED computes the weights of
 * the whole panel first and settles the same market orders in a tight loop without order objects.
 */
import { Account, TradeBuilder, curveColumns, curvePoints, type CurveColumns } from './accounting.ts';
import { alignBars, checkBarSeries } from './bars.ts';
import { checkCostModels, computeFee, slippageAmount, slipped } from './costs.ts';
import { StrategyError } from './errors.ts';
import { History } from './history.ts';
import { createStrategy } from './instance.ts';
import { closePrefixSums, maCrossoverWeights } from './maKernel.ts';
import { drawdownsOf, metricsOf } from './metrics.ts';
import { OrderEngine } from './orderEngine.ts';
import { validateStrategyParams } from './params.ts';
import { createCore } from './strategies.ts';
import type { AlignedBars, BacktestHooks, BacktestResult, BacktestSpec, Bar, EquityPoint, Fill, OrderEvent, OrderSide, StrategyParams } from './types.ts';

const QTY_EPS = 1e-9;
const CHUNK = 4096;

export interface Prepared {
  bars: AlignedBars;
  params: StrategyParams;
}

/** Validate a spec (throws StrategyError naming the field) and align its bars. */
export function prepareBacktest(spec: BacktestSpec): Prepared {
  if (!spec || typeof spec !== 'object') throw new StrategyError('BAD_INPUT', 'spec', 'a backtest spec is required');
  if (spec.mode !== 'VECTORIZED' && spec.mode !== 'EVENT') throw new StrategyError('BAD_INPUT', 'mode', `mode must be VECTORIZED or EVENT, got ${String(spec.mode)}`);
  if (typeof spec.initialCash !== 'number' || !Number.isFinite(spec.initialCash) || spec.initialCash <= 0) {
    throw new StrategyError('BAD_INPUT', 'initialCash', `initialCash must be a positive number, got ${spec.initialCash}`);
  }
  if (typeof spec.periodsPerYear !== 'number' || !(spec.periodsPerYear > 0)) throw new StrategyError('BAD_INPUT', 'periodsPerYear', 'periodsPerYear must be positive');
  if (!Number.isSafeInteger(spec.seed) || spec.seed < 0) throw new StrategyError('BAD_INPUT', 'seed', `seed must be a non-negative integer, got ${spec.seed}`);
  const costs = checkCostModels(spec.fees ?? ({} as never), spec.slippage ?? ({} as never));
  if (costs) throw new StrategyError('BAD_INPUT', costs.field, costs.message);
  if (spec.maxVolumeShare !== undefined && !(spec.maxVolumeShare > 0 && spec.maxVolumeShare <= 1)) {
    throw new StrategyError('BAD_INPUT', 'maxVolumeShare', 'maxVolumeShare must be in (0, 1]');
  }
  if (!Array.isArray(spec.bars) || spec.bars.length === 0) throw new StrategyError('NO_BARS', 'bars', 'no bar series given');
  const symbols = spec.bars.map((b) => b.symbol);
  const v = validateStrategyParams(spec.kind, spec.params, { symbols });
  if (!v.ok) throw new StrategyError('BAD_INPUT', v.field, v.message);
  for (const s of spec.bars) {
    if (s.ts.length === 0) throw new StrategyError('NO_BARS', `bars.${s.symbol}`, `no bars for ${s.symbol}`);
    checkBarSeries(s);
  }
  const bars = alignBars(spec.bars);
  if (bars.ts.length < 2) throw new StrategyError('NO_BARS', 'bars', 'a backtest needs at least 2 common bars');
  return { bars, params: v.params };
}

/** Run one backtest. Throws StrategyError on bad input or cancellation. */
export function runBacktest(spec: BacktestSpec, hooks: BacktestHooks = {}): BacktestResult {
  return runPrepared(spec, prepareBacktest(spec), hooks);
}

/** Run a spec whose bars are already checked and aligned and whose params are validated (sweeps reuse one alignment). */
export function runPrepared(spec: BacktestSpec, prepared: Prepared, hooks: BacktestHooks = {}): BacktestResult {
  return spec.mode === 'EVENT' ? runEvent(spec, prepared, hooks) : runVectorized(spec, prepared, hooks);
}

function checkpoint(hooks: BacktestHooks, t: number, total: number): void {
  if (hooks.shouldCancel?.()) throw new StrategyError('CANCELLED', 'id', 'backtest cancelled');
  hooks.onProgress?.(t / total);
}

function result(spec: BacktestSpec, p: Prepared, curve: CurveColumns, trades: TradeBuilder, fills: Fill[], events: OrderEvent[]): BacktestResult {
  const { bars } = p;
  const last = bars.ts.length - 1;
  const allTrades = trades.finish((k) => bars.close[k]![last]!);
  const drawdowns = drawdownsOf(curve.ts, curve.equity);
  const out = {
    metrics: metricsOf(curve.equity, curve.exposure, drawdowns, allTrades, spec.periodsPerYear, fills),
    trades: allTrades,
    fills,
    equityColumns: curve,
    drawdowns,
    orderEvents: events,
    params: p.params,
    mode: spec.mode,
    bars: bars.ts.length,
  } as BacktestResult;
  let points: EquityPoint[] | undefined;
  Object.defineProperty(out, 'equityCurve', {
    enumerable: true,
    configurable: true,
    get: () => (points ??= curvePoints(curve)),
    set: (value: EquityPoint[]) => {
      points = value;
    },
  });
  return out;
}

/** Shares to trade at the close of t so that symbol k reaches weight w (0 when below the quantity epsilon). */
function orderDelta(w: number, equity: number, close: number, position: number): number {
  const delta = (w * equity) / close - position;
  return Math.abs(delta) > QTY_EPS ? delta : 0;
}

function runEvent(spec: BacktestSpec, p: Prepared, hooks: BacktestHooks): BacktestResult {
  const { bars } = p;
  const T = bars.ts.length;
  const N = bars.symbols.length;
  const index = new Map(bars.symbols.map((s, k) => [s, k]));
  const account = new Account(spec.initialCash, N);
  const trades = new TradeBuilder(bars.symbols);
  const fills: Fill[] = [];
  const events: OrderEvent[] = [];
  const engine = new OrderEngine({
    symbols: bars.symbols,
    fees: spec.fees,
    slippage: spec.slippage,
    seed: spec.seed,
    maxVolumeShare: spec.maxVolumeShare,
    onEvent: (e) => events.push(e),
    onFill: (f) => {
      const k = index.get(f.symbol)!;
      account.applyFill(k, f.side, f.qty, f.price, f.fee);
      trades.onFill(k, f.side, f.qty, f.price, f.fee, f.ts);
      fills.push(f);
    },
  });
  const strategy = createStrategy(spec.kind, p.params, { symbols: bars.symbols, targetWeights: spec.targetWeights });
  const current: Bar[] = bars.symbols.map(() => ({ ts: 0, open: 0, high: 0, low: 0, close: 0, volume: 0 }));
  const previous = new Float64Array(N);
  const curve = curveColumns(bars.ts);
  for (let t = 0; t < T; t++) {
    if (t % CHUNK === 0) checkpoint(hooks, t, T);
    const ts = bars.ts[t]!;
    for (let k = 0; k < N; k++) {
      const b = current[k]!;
      b.ts = ts;
      b.open = bars.open[k]![t]!;
      b.high = bars.high[k]![t]!;
      b.low = bars.low[k]![t]!;
      b.close = bars.close[k]![t]!;
      b.volume = bars.volume[k]![t]!;
      engine.onBar(bars.symbols[k]!, b);
    }
    for (let k = 0; k < N; k++) trades.onBar(k, current[k]!.high, current[k]!.low);
    const equity = account.markInto(bars.close, t, curve);
    const decision = strategy.onBars(ts, current);
    const w = decision.weights;
    for (let k = 0; k < N; k++) {
      if (w[k] === previous[k]) continue;
      previous[k] = w[k]!;
      const symbol = bars.symbols[k]!;
      if (engine.hasOpenOrders(symbol)) for (const o of engine.openOrders(symbol)) engine.cancel(o.orderId, ts, 'target weight changed');
      const delta = orderDelta(w[k]!, equity, current[k]!.close, account.positions[k]!);
      if (delta === 0) continue;
      const r = engine.submit({ symbol, side: delta > 0 ? 'BUY' : 'SELL', type: 'MARKET', quantity: Math.abs(delta), tag: 'backtest' }, ts);
      if (!r.ok) throw new StrategyError('BAD_INPUT', r.field, r.message);
    }
  }
  hooks.onProgress?.(1);
  return result(spec, p, curve, trades, fills, events);
}

/** Target weights [symbol][bar] of the whole panel (the signal pass of VECTORIZED mode). */
export function panelWeights(spec: Pick<BacktestSpec, 'kind' | 'targetWeights'>, bars: AlignedBars, params: StrategyParams, hooks: BacktestHooks = {}): Float64Array[] {
  const T = bars.ts.length;
  if (spec.kind === 'MA_CROSSOVER') return maCrossoverWeights(closePrefixSums(bars.close), T, params.fast!, params.slow!, params.allowShort === 1);
  const core = createCore(spec.kind, params, bars.symbols, spec.targetWeights);
  const h = History.over(bars);
  const W = bars.symbols.map(() => new Float64Array(T));
  for (let t = 0; t < T; t++) {
    if (t % CHUNK === 0) checkpoint(hooks, t / 2, T);
    h.advance();
    core.step(h, t);
    for (let k = 0; k < W.length; k++) W[k]![t] = core.weights[k]!;
  }
  return W;
}

function runVectorized(spec: BacktestSpec, p: Prepared, hooks: BacktestHooks): BacktestResult {
  const { bars } = p;
  const T = bars.ts.length;
  const N = bars.symbols.length;
  const W = panelWeights(spec, bars, p.params, hooks);
  const account = new Account(spec.initialCash, N);
  const trades = new TradeBuilder(bars.symbols);
  const fills: Fill[] = [];
  const pending = new Float64Array(N);
  const previous = new Float64Array(N);
  const curve = curveColumns(bars.ts);
  for (let t = 0; t < T; t++) {
    if (t % CHUNK === 0) checkpoint(hooks, (T + t) / 2, T);
    const ts = bars.ts[t]!;
    for (let k = 0; k < N; k++) {
      const q = pending[k]!;
      if (q === 0) continue;
      pending[k] = 0;
      const side: OrderSide = q > 0 ? 'BUY' : 'SELL';
      const qty = Math.abs(q);
      const open = bars.open[k]![t]!;
      const slip = slippageAmount(spec.slippage, open, qty, bars.high[k]![t]!, bars.low[k]![t]!, bars.volume[k]![t]!);
      const price = slipped(side, open, slip);
      const fee = computeFee(spec.fees, qty, price);
      account.applyFill(k, side, qty, price, fee);
      trades.onFill(k, side, qty, price, fee, ts);
      fills.push({ orderId: `V-${fills.length + 1}`, symbol: bars.symbols[k]!, side, qty, price, fee, ts, slippage: slip, tag: 'backtest' });
    }
    for (let k = 0; k < N; k++) trades.onBar(k, bars.high[k]![t]!, bars.low[k]![t]!);
    const equity = account.markInto(bars.close, t, curve);
    for (let k = 0; k < N; k++) {
      const w = W[k]![t]!;
      if (w === previous[k]) continue;
      previous[k] = w;
      pending[k] = orderDelta(w, equity, bars.close[k]![t]!, account.positions[k]!);
    }
  }
  hooks.onProgress?.(1);
  return result(spec, p, curve, trades, fills, []);
}
