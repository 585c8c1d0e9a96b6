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

export interface Topics {
  'marketdata.quote': QuoteEvent;
  'risk.limit.breached': RiskLimitBreachEvent;
}

export type TopicName = keyof Topics;

/** Topic names as a runtime list (for validation and wiring). */
export const TOPIC_NAMES: readonly TopicName[] = ['marketdata.quote', 'risk.limit.breached'];
