import { describe, expect, it } from 'vitest';
import { breachAlert, callAlert, formatLimitValue, pushFeedAlert, warningAlert, type FeedAlert } from '../src/pages/overview/alertFeed.ts';

const alert = (key: string, ts: string): FeedAlert => ({ key, tone: 'breach', subject: 's', href: '#/', message: 'm', ts });

describe('pushFeedAlert', () => {
  it('keeps newest first, ignores a replayed alert and caps the list', () => {
    let list = pushFeedAlert([], alert('a', '2026-01-06T10:00:00Z'));
    list = pushFeedAlert(list, alert('b', '2026-01-06T11:00:00Z'));
    list = pushFeedAlert(list, alert('c', '2026-01-06T10:30:00Z'));
    expect(list.map((a) => a.key)).toEqual(['b', 'c', 'a']);
    expect(pushFeedAlert(list, alert('c', '2026-01-06T10:30:00Z'))).toBe(list);
    expect(pushFeedAlert(list, alert('d', '2026-01-06T12:00:00Z'), 2).map((a) => a.key)).toEqual(['d', 'b']);
    expect(pushFeedAlert(list, alert('old', '2026-01-01T00:00:00Z'), 3)).toBe(list);
  });
});

describe('alerts from events', () => {
  it('describes a breach in the limit’s unit and links to the portfolio’s risk', () => {
    const a = breachAlert({ id: '7:3', portfolioId: '2', value: 0.4123, threshold: 0.25, limit: { kind: 'CONCENTRATION' }, report: { asOf: '2026-01-06T15:00:00Z' } }, 'Trust Income');
    expect(a).toEqual({ key: 'breach:7:3', tone: 'breach', subject: 'Trust Income', href: '#/risk/2', message: 'CONCENTRATION limit breached: 41.23% over 25.00%', ts: '2026-01-06T15:00:00Z' });
    expect(breachAlert({ id: '1:1', portfolioId: '9', value: 12345.6, threshold: 1000, limit: { kind: 'VAR' }, report: { asOf: 'x' } }, undefined).message).toBe('VAR limit breached: 12,346 over 1,000');
    expect(formatLimitValue('DRAWDOWN', 0.1)).toBe('10.00%');
  });

  it('describes margin calls and warnings with the account', () => {
    const call = callAlert({ id: '4', kind: 'HOUSE', amountDue: 1234.5, dueAt: '2026-01-07T15:00:00Z', raisedAt: '2026-01-06T15:00:00Z', account: { id: '3', name: 'Margin', currency: 'USD' } });
    expect(call).toMatchObject({ key: 'call:4', tone: 'call', subject: 'Margin', href: '#/margin/3', message: 'HOUSE call: USD 1,234.50 due 2026-01-07 15:00 UTC', ts: '2026-01-06T15:00:00Z' });
    const warning = warningAlert({ id: '5', kind: 'PREDICTED', ts: 't', utilization: 0.912, probability: 0.4, account: { id: '3', name: 'Margin' } });
    expect(warning.message).toBe('Predicted call: 91.2% used, call probability 40%');
    expect(warningAlert({ id: '6', kind: 'UTILIZATION', ts: 't', utilization: 0.95, account: { id: '3', name: 'M' } }).message).toBe('High utilisation: 95.0% used');
  });
});
