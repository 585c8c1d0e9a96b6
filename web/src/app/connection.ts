import type { SocketState } from '../graphql/createGatewayClient.ts';

/**
 * What the header says about the link to the gateway, covering both HTTP requests and the
 * subscription socket:
 * - `connecting`: nothing has answered yet;
 * - `connected`: the last request was answered and the socket is not down;
 * - `reconnecting`: one of them just failed and is being retried;
 * - `offline`: requests keep failing (three network failures in a row, or a failure while the
 *   socket is also down);
 * - `unauthenticated`: the gateway refused the token.
 * "Live" is shown only for `connected`, so the header never claims live data while requests fail.
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'unauthenticated';

export interface ConnectionFacts {
  /** Network failures (no GraphQL answer, or 502/503/504) since the last answered request. */
  httpFailures: number;
  /** True once any request was answered. */
  httpAnswered: boolean;
  socket: SocketState;
  /** True from a close of the socket (a drop or a refused attempt) until it is connected again. */
  socketDropped: boolean;
  unauthenticated: boolean;
}

export const OFFLINE_AFTER_FAILURES = 3;

/** The status for a set of facts; pure, so every combination is tested. */
export function connectionStatus(facts: ConnectionFacts): ConnectionStatus {
  if (facts.unauthenticated) return 'unauthenticated';
  const socketDown = facts.socketDropped;
  if (facts.httpFailures >= OFFLINE_AFTER_FAILURES || (facts.httpFailures > 0 && socketDown)) return 'offline';
  if (facts.httpFailures > 0 || socketDown) return 'reconnecting';
  if (!facts.httpAnswered && facts.socket !== 'connected') return 'connecting';
  return 'connected';
}

export const STATUS_LABEL: Record<ConnectionStatus, string> = {
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline: retrying',
  unauthenticated: 'Token refused',
};

/**
 * Collects what the gateway client reports (each HTTP outcome, each socket state, a refused token)
 * and tells listeners when the derived {@link ConnectionStatus} or the facts change. Queries also
 * listen for `recovered` to retry at once when the gateway answers again.
 */
export class ConnectionMonitor {
  private facts: ConnectionFacts = { httpFailures: 0, httpAnswered: false, socket: 'idle', socketDropped: false, unauthenticated: false };
  private readonly listeners = new Set<() => void>();
  private readonly recoveryListeners = new Set<() => void>();
  private current: ConnectionStatus = 'connecting';

  get status(): ConnectionStatus {
    return this.current;
  }

  snapshot(): Readonly<ConnectionFacts> {
    return this.facts;
  }

  /** An HTTP request got a GraphQL answer (`true`, errors included) or none at all (`false`). */
  reportHttp(answered: boolean): void {
    const wasFailing = this.facts.httpFailures > 0;
    this.facts = answered ? { ...this.facts, httpFailures: 0, httpAnswered: true } : { ...this.facts, httpFailures: this.facts.httpFailures + 1 };
    this.update();
    if (answered && wasFailing) for (const listener of [...this.recoveryListeners]) listener();
  }

  reportSocket(state: SocketState): void {
    const wasDown = this.facts.socketDropped;
    const socketDropped = state === 'closed' ? true : state === 'connected' ? false : this.facts.socketDropped;
    this.facts = { ...this.facts, socket: state, socketDropped };
    this.update();
    if (state === 'connected' && wasDown) for (const listener of [...this.recoveryListeners]) listener();
  }

  reportUnauthenticated(): void {
    this.facts = { ...this.facts, unauthenticated: true };
    this.update();
  }

  /** Calls `listener` whenever the status changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Calls `listener` when the gateway answers again after failures (HTTP or socket). */
  onRecovered(listener: () => void): () => void {
    this.recoveryListeners.add(listener);
    return () => this.recoveryListeners.delete(listener);
  }

  private update(): void {
    const next = connectionStatus(this.facts);
    if (next === this.current) return;
    this.current = next;
    for (const listener of [...this.listeners]) listener();
  }
}

/** Delay before retry number `attempt` (0-based): 1 s, 2 s, 4 s, … capped at `maxMs`, ±20% jitter from `random`. */
export function backoffDelay(attempt: number, { baseMs = 1_000, maxMs = 15_000, random = Math.random } = {}): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(raw * (0.8 + 0.4 * random()));
}

/** Errors a retry can fix: the gateway or an engine was unreachable, overloaded or rate-limiting. */
export function isRetryable(code: string): boolean {
  return code === 'NETWORK_ERROR' || code === 'SERVICE_UNAVAILABLE' || code === 'RATE_LIMITED';
}
