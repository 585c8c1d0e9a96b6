/**
 * Public types of the strategy domain (pure: no I/O, no database, no GraphQL, no clock —
 * every time is an epoch-millisecond number passed in).
 *
 * Conventions shared by every mode (see README "Backtests"):
 * - a decision taken at the close of bar t is filled at the open of bar t+1, in VECTORIZED and EVENT
 *   mode alike (and in paper trading the order is placed after the close and fills on the next quote/bar);
 * - quantities are signed positions in shares (fractional shares allowed); order quantities are positive
 *   with a side.
 */

// ---------------------------------------------------------------------------------------------
// Strategy kinds and parameters
// ---------------------------------------------------------------------------------------------

export type StrategyKind =
  | 'MA_CROSSOVER'
  | 'TS_MOMENTUM'
  | 'XS_MOMENTUM'
  | 'MEAN_REVERSION'
  | 'PAIRS'
  | 'VOL_BREAKOUT'
  | 'TARGET_WEIGHTS';

export interface ParamSpec {
  name: string;
  /** 'int' params must be integers; 'boolean' params are 0/1 numbers or booleans (normalised to 0/1). */
  type: 'int' | 'number' | 'boolean';
  min: number;
  max: number;
  default: number;
  description: string;
}

export interface StrategyKindSpec {
  kind: StrategyKind;
  title: string;
  description: string;
  params: ParamSpec[];
  /** Number of symbols the kind needs: exact, or a minimum. */
  symbols: { exactly?: number; min: number };
}

/** Validated parameters: every parameter of the kind present, numeric (booleans as 0/1). */
export type StrategyParams = Record<string, number>;

export type ValidationResult<T> = { ok: true; params: T } | { ok: false; field: string; message: string };

export interface ValidateOptions {
  /** The universe the strategy will trade; checked against the kind's symbol count when given. */
  symbols?: readonly string[];
  /** Prefix used in error fields, e.g. 'input.params' → 'input.params.fast'. Default 'params'. */
  fieldPrefix?: string;
}

/** A bad input, named by its field (the engine maps it to a BAD_USER_INPUT GraphQL error). */
export interface FieldError {
  field: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Bars
// ---------------------------------------------------------------------------------------------

/** One instrument's bars, oldest first; `ts` is the bar's epoch-ms timestamp (its open time or date). */
export interface BarSeries {
  symbol: string;
  ts: Float64Array;
  open: Float64Array;
  high: Float64Array;
  low: Float64Array;
  close: Float64Array;
  volume: Float64Array;
}

/** One bar of one instrument. */
export interface Bar {
  ts: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

/** Several series aligned on the timestamps they all share: arrays indexed [symbol][bar]. */
export interface AlignedBars {
  symbols: string[];
  ts: Float64Array;
  open: Float64Array[];
  high: Float64Array[];
  low: Float64Array[];
  close: Float64Array[];
  volume: Float64Array[];
}

// ---------------------------------------------------------------------------------------------
// Signals and live strategy instances
// ---------------------------------------------------------------------------------------------

export type Direction = 'LONG' | 'SHORT' | 'FLAT';

export interface SignalEvent {
  symbol: string;
  /** The close time of the bar the decision was taken on. */
  ts: number;
  direction: Direction;
  /** In [-1, 1]; sign agrees with direction (0 for FLAT). */
  strength: number;
  /** How many bars the signal is meant to hold for (the kind's natural horizon). */
  horizonBars: number;
  /** The inputs that produced the signal (indicator values, thresholds). */
  explanation: Record<string, number>;
  /** Target portfolio weight of the symbol after this decision (signed, gross of all symbols ≤ 1). */
  targetWeight: number;
}

/**
 * TARGET_WEIGHTS asks this callback for weights on its schedule (the engine wires portfolio's optimizer).
 * `closesWindow[i]` holds the last `lookback` closes of symbols[i], oldest first. Return one weight per
 * symbol (signed; the sum of |w| is scaled down to 1 when above it). Must be synchronous and pure for
 * backtests; the engine may precompute it.
 */
export type TargetWeightsFn = (asOf: number, symbols: readonly string[], closesWindow: readonly Float64Array[]) => ArrayLike<number>;

export interface StrategyContext {
  symbols: readonly string[];
  targetWeights?: TargetWeightsFn;
}

/** What a strategy decided at the close of one bar. */
export interface StrategyDecision {
  ts: number;
  /** Target weight per symbol (same order as the instance's symbols). Overwritten by the next onBars call: copy it to keep it. */
  weights: Float64Array;
  /** Signals for the symbols whose target changed at this bar (and all symbols at the first decision). */
  signals: SignalEvent[];
}

/**
 * One running strategy: feed it every bar of its universe, in time order, on the clock. The same
 * implementation drives live signals, EVENT backtests and paper trading.
 */
export interface StrategyInstance {
  readonly kind: StrategyKind;
  readonly symbols: readonly string[];
  /** Bars needed before the first non-flat decision. */
  readonly warmupBars: number;
  /** Consume the bars of all symbols closing at `ts` (one per symbol, in `symbols` order). */
  onBars(ts: number, bars: readonly Bar[]): StrategyDecision;
  /** Explanation of the latest decision for symbol index i. */
  explain(i: number): Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// Orders (the one order engine of EVENT backtests and paper trading)
// ---------------------------------------------------------------------------------------------

export type OrderSide = 'BUY' | 'SELL';
export type OrderType = 'MARKET' | 'LIMIT' | 'STOP' | 'STOP_LIMIT' | 'TRAILING_STOP' | 'MARKET_ON_OPEN' | 'MARKET_ON_CLOSE';
export type TimeInForce = 'GTC' | 'DAY' | 'IOC' | 'FOK' | 'GTD';
export type OrderStatus = 'SUBMITTED' | 'ACCEPTED' | 'TRIGGERED' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELLED' | 'REJECTED' | 'EXPIRED';
export type OrderEventType =
  | 'SUBMITTED'
  | 'ACCEPTED'
  | 'REJECTED'
  | 'TRIGGERED'
  | 'AMENDED'
  | 'PARTIALLY_FILLED'
  | 'FILLED'
  | 'CANCELLED'
  | 'EXPIRED';

export interface OrderRequest {
  symbol: string;
  side: OrderSide;
  type: OrderType;
  quantity: number;
  limitPrice?: number;
  stopPrice?: number;
  /** TRAILING_STOP: distance in price units, or … */
  trailingAmount?: number;
  /** … in percent of the reference price (e.g. 2 = 2%). Exactly one of the two. */
  trailingPercent?: number;
  timeInForce?: TimeInForce;
  /** GTD: epoch ms after which the order expires. */
  expireAt?: number;
  reduceOnly?: boolean;
  /** Free text carried on the order and its events (e.g. the strategy id). */
  tag?: string;
  /** Caller's id; the engine assigns `orderId` itself. */
  clientOrderId?: string;
}

export interface OrderAmendment {
  quantity?: number;
  limitPrice?: number;
  stopPrice?: number;
  trailingAmount?: number;
  trailingPercent?: number;
}

export interface Order {
  orderId: string;
  clientOrderId?: string;
  symbol: string;
  side: OrderSide;
  type: OrderType;
  quantity: number;
  filledQty: number;
  avgFillPrice: number;
  limitPrice?: number;
  stopPrice?: number;
  trailingAmount?: number;
  trailingPercent?: number;
  timeInForce: TimeInForce;
  expireAt?: number;
  reduceOnly: boolean;
  tag?: string;
  status: OrderStatus;
  /** True once a STOP / STOP_LIMIT / TRAILING_STOP has triggered. */
  triggered: boolean;
  submittedAt: number;
  /** Group ids (bracket / OCO) this order belongs to. */
  ocoGroup?: string;
  parentOrderId?: string;
}

export interface OrderEvent {
  orderId: string;
  clientOrderId?: string;
  type: OrderEventType;
  ts: number;
  reason: string;
  symbol: string;
  side: OrderSide;
  orderType: OrderType;
  status: OrderStatus;
  quantity: number;
  filledQty: number;
  remainingQty: number;
  /** On fills: this fill's quantity, price and fee. */
  fillQty?: number;
  fillPrice?: number;
  fee?: number;
  tag?: string;
}

export interface Fill {
  orderId: string;
  symbol: string;
  side: OrderSide;
  /** Positive quantity. */
  qty: number;
  price: number;
  fee: number;
  ts: number;
  /** Adverse price move applied by the slippage model (price units, ≥ 0). */
  slippage: number;
  tag?: string;
}

export interface Quote {
  symbol: string;
  ts: number;
  bid: number;
  ask: number;
  last: number;
}

export interface FeeModel {
  /** Currency per share. */
  perShare: number;
  /** Basis points of the notional. */
  bps: number;
  /** Minimum fee per fill (applied when the fill has a positive fee basis). */
  minimum: number;
}

export interface SlippageModel {
  /**
   * BPS: price moves against the order by value bps. BAR_RANGE: by value × (high − low) of the fill bar.
   * VOLUME: by value × price × sqrt(qty / bar volume) (square-root impact; 0 when the bar has no volume).
   */
  kind: 'BPS' | 'BAR_RANGE' | 'VOLUME';
  value: number;
}

export interface OrderEngineOptions {
  symbols: readonly string[];
  fees: FeeModel;
  slippage: SlippageModel;
  seed?: number;
  /** Max share of a bar's volume one symbol's orders may fill in that bar (0 < x ≤ 1); undefined: no cap. */
  maxVolumeShare?: number;
  /** Probability that a limit order whose price is touched but not crossed fills (NautilusTrader's prob_fill_on_limit). Default 1. */
  probFillOnLimit?: number;
  onEvent?: (event: OrderEvent) => void;
  onFill?: (fill: Fill) => void;
}

export type SubmitResult = { ok: true; orderId: string } | { ok: false; field: string; message: string };
export type BracketResult =
  | { ok: true; entryOrderId: string; takeProfitOrderId?: string; stopLossOrderId?: string }
  | { ok: false; field: string; message: string };
export type OcoResult = { ok: true; orderIds: string[] } | { ok: false; field: string; message: string };
export type ActionResult = { ok: true } | { ok: false; field: string; message: string };

// ---------------------------------------------------------------------------------------------
// Backtests
// ---------------------------------------------------------------------------------------------

export type BacktestMode = 'VECTORIZED' | 'EVENT';

export interface BacktestSpec {
  kind: StrategyKind;
  params: Record<string, unknown>;
  bars: BarSeries[];
  initialCash: number;
  mode: BacktestMode;
  fees: FeeModel;
  slippage: SlippageModel;
  seed: number;
  /** Bars per year used to annualise (252 for daily bars). */
  periodsPerYear: number;
  /** EVENT mode only: cap fills at this share of each bar's volume. */
  maxVolumeShare?: number;
  /** TARGET_WEIGHTS only. */
  targetWeights?: TargetWeightsFn;
}

export interface BacktestHooks {
  onProgress?(fraction: number): void;
  /** Polled between chunks of work; returning true aborts with a StrategyError code 'CANCELLED'. */
  shouldCancel?(): boolean;
}

export interface TradeRecord {
  symbol: string;
  side: 'LONG' | 'SHORT';
  status: 'OPEN' | 'CLOSED';
  entryTs: number;
  /** Average price of the fills that opened / added to the position. */
  entryPrice: number;
  /** null while OPEN. */
  exitTs: number | null;
  /** Average price of the closing fills (for OPEN trades: the last close, mark to market). */
  exitPrice: number;
  /** Largest absolute position held during the trade (shares). */
  qty: number;
  /** Net P&L after fees (currency). */
  pnl: number;
  /** P&L over the capital committed at entry (pnl / (entryPrice × qty)). */
  returnPct: number;
  fees: number;
  /** Maximum adverse excursion: the worst unrealised P&L during the trade (currency, ≤ 0), from bar lows/highs. */
  mae: number;
  /** Maximum favourable excursion: the best unrealised P&L during the trade (currency, ≥ 0). */
  mfe: number;
  bars: number;
}

export interface EquityPoint {
  ts: number;
  equity: number;
  cash: number;
  /** Gross exposure: Σ |position × close| / equity. */
  exposure: number;
}

export interface Drawdown {
  start: number;
  trough: number;
  /** ts of recovery to the previous peak; null if not recovered by the end. */
  end: number | null;
  /** Depth as a fraction (≤ 0), e.g. -0.2 = 20% below the peak. */
  depth: number;
  /** Bars from start to recovery (or to the end of the data). */
  durationBars: number;
}

export interface Metrics {
  totalReturn: number;
  cagr: number;
  volatility: number;
  sharpe: number;
  sortino: number;
  calmar: number;
  maxDrawdown: number;
  maxDrawdownDurationBars: number;
  winRate: number;
  profitFactor: number;
  expectancy: number;
  averageWin: number;
  averageLoss: number;
  exposure: number;
  timeInMarket: number;
  turnover: number;
  numberOfTrades: number;
  /** Probabilistic Sharpe ratio against 0 (Bailey & López de Prado 2012). */
  probabilisticSharpe: number;
  skewness: number;
  kurtosis: number;
  periods: number;
}

export interface BacktestResult {
  metrics: Metrics;
  trades: TradeRecord[];
  fills: Fill[];
  /**
   * One point per bar. Built from `equityColumns` on first read (an enumerable getter, so spreading,
   * JSON and structured clone see a plain array); a million-bar run costs no objects until it is read.
   */
  equityCurve: EquityPoint[];
  /** The same curve as columns, one value per bar. */
  equityColumns: { ts: Float64Array; equity: Float64Array; cash: Float64Array; exposure: Float64Array };
  drawdowns: Drawdown[];
  /** EVENT mode: every order event (VECTORIZED: empty). */
  orderEvents: OrderEvent[];
  /** Validated parameters actually used. */
  params: StrategyParams;
  mode: BacktestMode;
  bars: number;
}

export interface SweepCell {
  params: StrategyParams;
  metrics: Metrics;
}

export interface SweepResult {
  cells: SweepCell[];
  /** The cell with the highest Sharpe ratio. */
  best: SweepCell;
  /** PSR of the best cell against 0. */
  probabilisticSharpe: number;
  /** DSR of the best cell given the number of cells tried (Bailey & López de Prado 2014). */
  deflatedSharpe: number;
}

export type StrategyErrorCode = 'BAD_INPUT' | 'GRID_TOO_LARGE' | 'NO_BARS' | 'CANCELLED';

// ---------------------------------------------------------------------------------------------
// Function signatures of the public API (implemented in the modules index.ts re-exports)
// ---------------------------------------------------------------------------------------------

/** Build a running strategy (params must be validated by validateStrategyParams first; throws StrategyError otherwise). */
export type CreateStrategy = (kind: StrategyKind, params: Record<string, unknown>, context: StrategyContext) => StrategyInstance;
/** Run one backtest synchronously; throws StrategyError (BAD_INPUT / NO_BARS / CANCELLED) naming the field. */
export type RunBacktest = (spec: BacktestSpec, hooks?: BacktestHooks) => BacktestResult;
/** Run spec once per combination of the grid (VECTORIZED unless spec.mode says EVENT); throws GridTooLargeError above 10,000. */
export type RunSweep = (spec: BacktestSpec, grid: Record<string, number[]>, hooks?: BacktestHooks) => SweepResult;
/** Metrics of an equity curve and its trades. */
export type ComputeMetrics = (equityCurve: readonly EquityPoint[], trades: readonly TradeRecord[], periodsPerYear: number, fills?: readonly Fill[]) => Metrics;

/** The order engine's surface (class OrderEngine implements it). Every method takes the current time. */
export interface OrderEngineApi {
  /** Start trading a symbol (optionally with an existing position). Bars/quotes of unknown symbols are ignored. */
  addSymbol(symbol: string, position?: number): void;
  /** Set the believed position of a symbol (paper trading syncs it from the portfolio). */
  setPosition(symbol: string, position: number): ActionResult;
  submit(request: OrderRequest, ts: number): SubmitResult;
  /** Entry + optional take-profit (LIMIT) and stop-loss (STOP) children, active once the entry fills, OCO between them. */
  submitBracket(request: { entry: OrderRequest; takeProfitPrice?: number; stopLossPrice?: number; tag?: string }, ts: number): BracketResult;
  /** Orders of one OCO group: the first fill of one cancels the others. */
  submitOco(requests: OrderRequest[], ts: number): OcoResult;
  cancel(orderId: string, ts: number, reason?: string): ActionResult;
  amend(orderId: string, changes: OrderAmendment, ts: number): ActionResult;
  /** Process one bar of one symbol through the intrabar path (open → nearer of high/low → other → close). */
  onBar(symbol: string, bar: Bar): void;
  /** Process one live quote (paper trading). */
  onQuote(quote: Quote): void;
  /** End of a trading session: MARKET_ON_CLOSE orders fill at the last price, DAY orders expire. */
  onSessionClose(symbol: string, ts: number): void;
  order(orderId: string): Order | undefined;
  openOrders(symbol?: string): Order[];
  position(symbol: string): number;
}
