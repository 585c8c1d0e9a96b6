/**
 * The Overview's live alert feed: margin calls, margin warnings and risk-limit breaches merged into
 * one list, newest first, capped. Pure; the page feeds it from three subscriptions.
 */

export type AlertTone = 'call' | 'warning' | 'breach';

export interface FeedAlert {
  /** Unique across kinds ("breach:12:3"): a replayed event changes nothing. */
  key: string;
  tone: AlertTone;
  /** What it is about: an account or a portfolio. */
  subject: string;
  /** Where to look: a page link. */
  href: string;
  message: string;
  ts: string;
}

export const FEED_CAP = 50;

/** Adds an alert in time order (newest first), ignoring one already listed; keeps at most `cap`. */
export function pushFeedAlert(alerts: readonly FeedAlert[], alert: FeedAlert, cap = FEED_CAP): readonly FeedAlert[] {
  if (alerts.some((a) => a.key === alert.key)) return alerts;
  const ts = Date.parse(alert.ts);
  let at = 0;
  if (!Number.isNaN(ts)) while (at < alerts.length && Date.parse(alerts[at]!.ts) > ts) at++;
  if (at >= cap) return alerts;
  return [...alerts.slice(0, at), alert, ...alerts.slice(at)].slice(0, cap);
}

/** A limit's measured value in its unit: currency for VAR/EXPOSURE, a percentage for the fractions. */
export function formatLimitValue(kind: string, value: number): string {
  if (kind === 'CONCENTRATION' || kind === 'DRAWDOWN') return `${(value * 100).toFixed(2)}%`;
  return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

export interface BreachEvent {
  id: string;
  portfolioId: string;
  value: number;
  threshold: number;
  limit: { kind: string };
  report: { asOf: string };
}

export function breachAlert(event: BreachEvent, portfolioName: string | undefined): FeedAlert {
  const kind = event.limit.kind;
  return {
    key: `breach:${event.id}`,
    tone: 'breach',
    subject: portfolioName ?? `Portfolio ${event.portfolioId}`,
    href: `#/risk/${encodeURIComponent(event.portfolioId)}`,
    message: `${kind} limit breached: ${formatLimitValue(kind, event.value)} over ${formatLimitValue(kind, event.threshold)}`,
    ts: event.report.asOf,
  };
}

export interface CallEvent {
  id: string;
  kind: string;
  amountDue: number;
  dueAt: string;
  raisedAt: string;
  account: { id: string; name: string; currency: string };
}

export function callAlert(event: CallEvent): FeedAlert {
  return {
    key: `call:${event.id}`,
    tone: 'call',
    subject: event.account.name,
    href: `#/margin/${encodeURIComponent(event.account.id)}`,
    message: `${event.kind} call: ${event.account.currency} ${event.amountDue.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} due ${event.dueAt.slice(0, 16).replace('T', ' ')} UTC`,
    ts: event.raisedAt,
  };
}

export interface WarningEvent {
  id: string;
  kind: string;
  ts: string;
  utilization: number;
  probability?: number | null;
  account: { id: string; name: string };
}

export function warningAlert(event: WarningEvent): FeedAlert {
  const probability = event.probability === null || event.probability === undefined ? '' : `, call probability ${(event.probability * 100).toFixed(0)}%`;
  return {
    key: `warning:${event.id}`,
    tone: 'warning',
    subject: event.account.name,
    href: `#/margin/${encodeURIComponent(event.account.id)}`,
    message: `${event.kind === 'PREDICTED' ? 'Predicted call' : 'High utilisation'}: ${(event.utilization * 100).toFixed(1)}% used${probability}`,
    ts: event.ts,
  };
}
