/**
 * The margin alert strip's list: margin calls and warnings as they arrive, newest first, capped.
 */

export interface MarginCallAlert {
  type: 'call';
  /** Unique across both kinds of alert ("call:42"), for de-duplication and React keys. */
  key: string;
  id: string;
  accountId: string;
  accountName: string;
  kind: string;
  amountDue: number;
  dueAt: string;
  /** When the call was raised. */
  ts: string;
}

export interface MarginWarningAlert {
  type: 'warning';
  key: string;
  id: string;
  accountId: string;
  accountName: string;
  kind: string;
  /** Probability of a call within the horizon (PREDICTED warnings). */
  probability: number | null;
  utilization: number;
  ts: string;
}

export type MarginAlert = MarginCallAlert | MarginWarningAlert;

/** How many alerts the strip keeps; older ones drop off the end. */
export const ALERT_CAP = 30;

/** A `marginCallRaised` event as the panel selects it. */
export interface MarginCallRaisedEvent {
  id: string;
  kind: string;
  amountDue: number;
  dueAt: string;
  raisedAt: string;
  account: { id: string; name: string };
}

/** A `marginWarning` event as the panel selects it. */
export interface MarginWarningEvent {
  id: string;
  kind: string;
  probability?: number | null | undefined;
  utilization: number;
  ts: string;
  account: { id: string; name: string };
}

export function callAlert(event: MarginCallRaisedEvent): MarginCallAlert {
  return {
    type: 'call',
    key: `call:${event.id}`,
    id: event.id,
    accountId: event.account.id,
    accountName: event.account.name,
    kind: event.kind,
    amountDue: event.amountDue,
    dueAt: event.dueAt,
    ts: event.raisedAt,
  };
}

export function warningAlert(event: MarginWarningEvent): MarginWarningAlert {
  return {
    type: 'warning',
    key: `warning:${event.id}`,
    id: event.id,
    accountId: event.account.id,
    accountName: event.account.name,
    kind: event.kind,
    probability: event.probability ?? null,
    utilization: event.utilization,
    ts: event.ts,
  };
}

/**
 * Adds an alert: newest first by its time, keeping at most `cap`. An alert already in the list
 * (a resubscription may replay one) changes nothing and returns the same list. Alerts with the
 * same time, or without a readable one, go before older arrivals.
 */
export function pushAlert(alerts: readonly MarginAlert[], alert: MarginAlert, cap = ALERT_CAP): readonly MarginAlert[] {
  if (alerts.some((a) => a.key === alert.key)) return alerts;
  const ts = Date.parse(alert.ts);
  let at = 0;
  if (!Number.isNaN(ts)) {
    while (at < alerts.length && Date.parse(alerts[at]!.ts) > ts) at++;
  }
  if (at >= cap) return alerts; // older than everything kept
  const next = [...alerts.slice(0, at), alert, ...alerts.slice(at)];
  return next.length > cap ? next.slice(0, cap) : next;
}
