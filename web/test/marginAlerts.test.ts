import { describe, expect, it } from 'vitest';
import { ALERT_CAP, callAlert, pushAlert, warningAlert, type MarginAlert } from '../src/live/marginAlerts.ts';

const account = { id: '1', name: 'Alpha' };
const at = (second: number) => new Date(Date.UTC(2026, 0, 5, 14, 30, second)).toISOString();

function warning(id: string, second: number): MarginAlert {
  return warningAlert({ id, kind: 'UTILIZATION', probability: null, utilization: 0.91, ts: at(second), account });
}

describe('callAlert and warningAlert', () => {
  it('map subscription events to alerts with keys unique across kinds', () => {
    const c = callAlert({ id: '5', kind: 'HOUSE', amountDue: 1_000, dueAt: at(50), raisedAt: at(10), account });
    expect(c).toEqual({ type: 'call', key: 'call:5', id: '5', accountId: '1', accountName: 'Alpha', kind: 'HOUSE', amountDue: 1_000, dueAt: at(50), ts: at(10) });
    const w = warningAlert({ id: '5', kind: 'PREDICTED', probability: 0.3, utilization: 0.8, ts: at(11), account });
    expect(w).toMatchObject({ type: 'warning', key: 'warning:5', probability: 0.3, ts: at(11) });
    expect(warningAlert({ id: '6', kind: 'UTILIZATION', utilization: 0.9, ts: at(12), account }).probability).toBeNull();
  });
});

describe('pushAlert', () => {
  it('puts the newest first', () => {
    let alerts: readonly MarginAlert[] = [];
    for (const [id, s] of [['a', 1], ['b', 2], ['c', 3]] as const) alerts = pushAlert(alerts, warning(id, s));
    expect(alerts.map((a) => a.id)).toEqual(['c', 'b', 'a']);
  });

  it('places a late arrival by its time, and a same-time one before the older arrival', () => {
    let alerts = pushAlert(pushAlert([], warning('a', 1)), warning('c', 3));
    alerts = pushAlert(alerts, warning('b', 2));
    alerts = pushAlert(alerts, warning('c2', 3));
    expect(alerts.map((a) => a.id)).toEqual(['c2', 'c', 'b', 'a']);
  });

  it('ignores a replayed alert, returning the same list', () => {
    const alerts = pushAlert([], warning('a', 1));
    expect(pushAlert(alerts, warning('a', 1))).toBe(alerts);
  });

  it('keeps at most the cap, dropping the oldest', () => {
    let alerts: readonly MarginAlert[] = [];
    for (let i = 0; i < ALERT_CAP + 5; i++) alerts = pushAlert(alerts, warning(String(i), i));
    expect(alerts).toHaveLength(ALERT_CAP);
    expect(alerts[0]!.id).toBe(String(ALERT_CAP + 4));
    expect(alerts[ALERT_CAP - 1]!.id).toBe('5');
    // Older than everything kept: not added.
    expect(pushAlert(alerts, warning('old', 0))).toBe(alerts);
    expect(pushAlert([warning('x', 5), warning('y', 4)], warning('z', 6), 2).map((a) => a.id)).toEqual(['z', 'x']);
  });
});
