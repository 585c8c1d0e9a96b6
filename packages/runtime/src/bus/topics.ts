/**
 * Every topic on the Nautilus event bus and the shape of its payload, in one
 * place. Payloads are small JSON (keys and the fields the publisher already
 * has), never blobs: PostgreSQL NOTIFY caps a payload at 8000 bytes.
 */

/** A live quote for one instrument, published by marketdata after it is stored. */
export interface QuoteEvent {
  instrumentId: string;
  symbol: string;
  bid: number;
  ask: number;
  last: number;
  size: number;
  /** ISO-8601 timestamp of the quote. */
  ts: string;
}

/** A risk report breached an active risk limit; published by risk after the report is stored. */
export interface RiskLimitBreachEvent {
  /** `reportId:limitId`, the key of `Query.riskLimitBreach`. */
  breachId: string;
  reportId: string;
  limitId: string;
  portfolioId: string;
  /** VAR | EXPOSURE | CONCENTRATION | DRAWDOWN */
  kind: string;
  value: number;
  threshold: number;
}

/** The margin monitor raised a margin call; published by collateral after the call is stored. */
export interface MarginCallRaisedEvent {
  callId: string;
  accountId: string;
  /** MAINTENANCE | HOUSE | REGULATORY */
  kind: string;
  amountDue: number;
  equity: number;
  requirement: number;
  /** ISO-8601 */
  raisedAt: string;
  dueAt: string;
}

/** A margin account's live utilisation changed materially; published by the collateral monitor. */
export interface MarginUtilizationEvent {
  accountId: string;
  equity: number;
  maintenanceRequirement: number;
  houseRequirement: number;
  excess: number;
  utilization: number;
  inCall: boolean;
  /** ISO-8601 time of the price tick that produced the update. */
  ts: string;
}

/** A predicted-call or high-utilisation warning; published by collateral after it is stored. */
export interface MarginWarningEvent {
  warningId: string;
  accountId: string;
  /** PREDICTED | UTILIZATION */
  kind: string;
  utilization: number;
  probability: number | null;
  ts: string;
}

/** A strategy emitted a signal; published by strategy after the signal is stored. */
export interface StrategySignalEvent {
  signalId: string;
  strategyId: string;
  instrumentId: string;
  symbol: string;
  /** ISO-8601 */
  ts: string;
  /** LONG | SHORT | FLAT */
  direction: string;
  strength: number;
  horizon: string;
  modelVersion: string | null;
}

/** A backtest changed status or progressed; published by strategy after the change is stored. */
export interface BacktestProgressEvent {
  backtestId: string;
  /** QUEUED | RUNNING | COMPLETED | FAILED | CANCELLED */
  status: string;
  progress: number;
  error: string | null;
}

/** A paper order moved in its lifecycle (submitted → accepted → filled …); published by strategy after it is stored. */
export interface OrderLifecycleEvent {
  /** `<order id>:<event id>`, the key of `Query.orderEvent`. */
  eventId: string;
  orderId: string;
  portfolioId: string;
  /** SUBMITTED | ACCEPTED | TRIGGERED | PARTIALLY_FILLED | FILLED | CANCELLED | REJECTED | EXPIRED */
  status: string;
  reason: string | null;
  fillQuantity: number | null;
  fillPrice: number | null;
  /** ISO-8601 */
  ts: string;
}

export interface Topics {
  'marketdata.quote': QuoteEvent;
  'risk.limit.breached': RiskLimitBreachEvent;
  'collateral.margin_call.raised': MarginCallRaisedEvent;
  'collateral.utilization': MarginUtilizationEvent;
  'collateral.margin_warning': MarginWarningEvent;
  'strategy.signal': StrategySignalEvent;
  'strategy.backtest.progress': BacktestProgressEvent;
  'strategy.order.event': OrderLifecycleEvent;
}

export type TopicName = keyof Topics;

/** Topic names as a runtime list (for validation and wiring). */
export const TOPIC_NAMES: readonly TopicName[] = [
  'marketdata.quote',
  'risk.limit.breached',
  'collateral.margin_call.raised',
  'collateral.utilization',
  'collateral.margin_warning',
  'strategy.signal',
  'strategy.backtest.progress',
  'strategy.order.event',
];
