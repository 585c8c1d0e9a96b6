import { describe, expect, it, vi } from 'vitest';
import { ConnectionMonitor, backoffDelay, connectionStatus, isRetryable, type ConnectionFacts } from '../src/app/connection.ts';

const facts = (over: Partial<ConnectionFacts> = {}): ConnectionFacts => ({ httpFailures: 0, httpAnswered: true, socket: 'connected', socketDropped: false, unauthenticated: false, ...over });

describe('connectionStatus', () => {
  it('is connected only while requests are answered and the socket is not down', () => {
    expect(connectionStatus(facts())).toBe('connected');
    expect(connectionStatus(facts({ socket: 'idle' }))).toBe('connected');
    expect(connectionStatus(facts({ httpFailures: 1 }))).toBe('reconnecting');
    expect(connectionStatus(facts({ socket: 'closed', socketDropped: true }))).toBe('reconnecting');
    expect(connectionStatus(facts({ socket: 'connecting', socketDropped: true }))).toBe('reconnecting');
  });

  it('is offline after three failures in a row, or a failure while the socket is down', () => {
    expect(connectionStatus(facts({ httpFailures: 3 }))).toBe('offline');
    expect(connectionStatus(facts({ httpFailures: 1, socket: 'closed', socketDropped: true }))).toBe('offline');
  });

  it('is connecting before anything answered, and unauthenticated above all', () => {
    expect(connectionStatus(facts({ httpAnswered: false, socket: 'idle' }))).toBe('connecting');
    expect(connectionStatus(facts({ httpAnswered: false, socket: 'connecting' }))).toBe('connecting');
    expect(connectionStatus(facts({ unauthenticated: true }))).toBe('unauthenticated');
  });
});

describe('ConnectionMonitor', () => {
  it('tells listeners when the status changes and recovery listeners when the gateway answers again', () => {
    const monitor = new ConnectionMonitor();
    const changed = vi.fn();
    const recovered = vi.fn();
    monitor.subscribe(changed);
    monitor.onRecovered(recovered);
    monitor.reportHttp(true);
    expect(monitor.status).toBe('connected');
    monitor.reportHttp(false);
    expect(monitor.status).toBe('reconnecting');
    monitor.reportHttp(false);
    monitor.reportHttp(false);
    expect(monitor.status).toBe('offline');
    expect(recovered).not.toHaveBeenCalled();
    monitor.reportHttp(true);
    expect(monitor.status).toBe('connected');
    expect(recovered).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledTimes(4);
  });

  it('is down from a close (a drop or a refused first attempt) until connected, and counts coming back as a recovery', () => {
    const monitor = new ConnectionMonitor();
    const recovered = vi.fn();
    monitor.onRecovered(recovered);
    monitor.reportHttp(true);
    monitor.reportSocket('connecting');
    expect(monitor.status).toBe('connected');
    // The first attempt is refused: not Live.
    monitor.reportSocket('closed');
    expect(monitor.status).toBe('reconnecting');
    monitor.reportSocket('connecting');
    expect(monitor.status).toBe('reconnecting');
    monitor.reportSocket('connected');
    expect(monitor.status).toBe('connected');
    expect(recovered).toHaveBeenCalledTimes(1);
    // Idle (the lazy close after the last subscription) is not a drop.
    monitor.reportSocket('idle');
    expect(monitor.status).toBe('connected');
  });
});

describe('backoffDelay', () => {
  it('doubles from 1 s up to the cap, with ±20% jitter', () => {
    const mid = () => 0.5;
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, { random: mid }))).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
    expect(backoffDelay(0, { random: () => 0 })).toBe(800);
    expect(backoffDelay(0, { random: () => 1 })).toBe(1200);
  });

  it('retries only what a retry can fix', () => {
    expect(['NETWORK_ERROR', 'SERVICE_UNAVAILABLE', 'RATE_LIMITED'].every(isRetryable)).toBe(true);
    expect(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'NOT_FOUND'].some(isRetryable)).toBe(false);
  });
});
