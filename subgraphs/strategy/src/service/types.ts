import type { Backtest, Flat, OrderEvent, PaperFill, PaperOrder, Refine, Signal, SqlRow, Strategy } from '@nautilus/db';

export type StrategyStatusName = 'ACTIVE' | 'PAUSED';
export type DirectionName = 'LONG' | 'SHORT' | 'FLAT';
export type BacktestStatusName = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';
export type OrderStatusName = 'SUBMITTED' | 'ACCEPTED' | 'TRIGGERED' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELLED' | 'REJECTED' | 'EXPIRED';

/** A `strategy.strategy` row as resolvers see it (the Strategy mapper): ids as text, status upper-case. */
export type StrategyRow = Flat<Refine<
  SqlRow<Pick<Strategy, 'id' | 'name' | 'kind' | 'parameters' | 'universe' | 'portfolioId' | 'status' | 'autoTrade' | 'createdAt' | 'updatedAt'>, 'id' | 'portfolioId'>,
  { status: StrategyStatusName; parameters: Record<string, number> }
>>;

/** A `strategy.signal` row (the Signal mapper). */
export type SignalRow = Flat<Refine<
  SqlRow<Pick<Signal, 'id' | 'strategyId' | 'instrumentId' | 'symbol' | 'ts' | 'direction' | 'strength' | 'horizonBars' | 'horizonInterval' | 'explanation' | 'modelVersion'>, 'strategyId' | 'instrumentId'>,
  { direction: DirectionName; explanation: Record<string, unknown> }
>>;

/** The checked input of a backtest, as stored in `backtest.input` (and handed to the worker). */
export interface BacktestInputRecord {
  kind: string;
  parameters: Record<string, number>;
  symbols: string[];
  /** marketdata instrument ids, in `symbols` order. */
  instrumentIds: number[];
  from: string;
  to: string;
  interval: 'D1' | 'M1';
  initialCash: number;
  mode: 'VECTORIZED' | 'EVENT';
  fees: { perShare: number; bps: number; minimum: number };
  slippage: { kind: 'BPS' | 'BAR_RANGE' | 'VOLUME'; value: number };
  grid: Array<{ name: string; values: number[] }> | null;
  seed: number;
}

/** A `strategy.backtest` row (the Backtest mapper); results stay JSON until a field asks for them. */
export type BacktestRow = Flat<Refine<
  SqlRow<Pick<Backtest, 'id' | 'strategyId' | 'kind' | 'input' | 'status' | 'progress' | 'error' | 'metrics' | 'result' | 'sweep' | 'createdAt' | 'startedAt' | 'finishedAt'>, 'strategyId'>,
  { status: BacktestStatusName; input: BacktestInputRecord; metrics: MetricsRecord | null; result: BacktestResultRecord | null; sweep: SweepCellRecord[] | null }
>>;

/** The metrics of a run as stored (the domain's Metrics, plus sweep-level ratios where known). */
export type MetricsRecord = Record<string, number | null>;

export interface BacktestTradeRecord {
  symbol: string;
  side: 'LONG' | 'SHORT';
  quantity: number;
  entryTs: string;
  entryPrice: number;
  exitTs: string | null;
  exitPrice: number | null;
  pnl: number;
  returnPct: number;
  fees: number;
  mae: number;
  mfe: number;
}

export interface BacktestResultRecord {
  trades: BacktestTradeRecord[];
  equityCurve: Array<{ ts: string; equity: number; drawdown: number }>;
  drawdowns: Array<{ start: string; trough: string; end: string | null; depth: number; length: number }>;
}

export interface SweepCellRecord {
  parameters: Record<string, number>;
  metrics: MetricsRecord;
}

/** A `strategy.paper_order` row (the PaperOrder mapper). */
export type OrderRow = Flat<Refine<
  SqlRow<
    Pick<PaperOrder, 'id' | 'portfolioId' | 'strategyId' | 'instrumentId' | 'symbol' | 'side' | 'orderType' | 'quantity' | 'filledQuantity' | 'averagePrice' | 'limitPrice' | 'stopPrice' | 'trailAmount' | 'trailPercent' | 'timeInForce' | 'expireAt' | 'reduceOnly' | 'parentId' | 'ocoGroup' | 'status' | 'reason' | 'state' | 'createdAt' | 'updatedAt'>,
    'portfolioId' | 'strategyId' | 'instrumentId'
  >,
  { side: 'BUY' | 'SELL'; orderType: OrderTypeName; timeInForce: TimeInForceName; status: OrderStatusName; state: Record<string, unknown> }
>>;

export type OrderTypeName = 'MARKET' | 'LIMIT' | 'STOP' | 'STOP_LIMIT' | 'TRAILING_STOP' | 'MARKET_ON_OPEN' | 'MARKET_ON_CLOSE';
export type TimeInForceName = 'GTC' | 'DAY' | 'IOC' | 'FOK' | 'GTD';

/** A `strategy.order_event` row with its order's portfolio (the OrderEvent mapper); `id` is `<order>:<event>`. */
export type OrderEventRow = Flat<Refine<
  SqlRow<Pick<OrderEvent, 'orderId' | 'status' | 'reason' | 'fillQuantity' | 'fillPrice' | 'ts'>>,
  { status: OrderStatusName }
> & { id: string; portfolioId: string }>;

/** A `strategy.paper_fill` row (the PaperFill mapper). */
export type FillRow = Flat<SqlRow<Pick<PaperFill, 'id' | 'orderId' | 'portfolioId' | 'symbol' | 'side' | 'quantity' | 'price' | 'fee' | 'ts' | 'tradeId' | 'attempts'>, 'portfolioId'>>;

/** Federated references. */
export interface InstrumentRef {
  id: string;
}
export interface PortfolioRef {
  id: string;
}
