import { describe, expect, it } from 'vitest';
import {
  applyMarginEvent,
  applyMarginEvents,
  buildMarginRows,
  EMPTY_LIVE,
  forgetLiveCalls,
  mergeAccountLive,
  rowFromAccount,
  sortByRisk,
  summarizeMargin,
  type LoadedMarginAccount,
  type MarginCallInfo,
  type MarginRow,
  type UtilizationEvent,
} from '../src/live/marginBook.ts';

const t0 = '2026-01-05T14:30:00.000Z';
const t1 = '2026-01-05T14:30:01.000Z';
const t2 = '2026-01-05T14:30:02.000Z';
const t3 = '2026-01-05T14:30:03.000Z';

function account(id: string, name: string, status: Partial<LoadedMarginAccount['status']> = {}, liveCall: MarginCallInfo | null = null): LoadedMarginAccount {
  return {
    id,
    name,
    broker: 'Prime',
    currency: 'USD',
    methodology: 'REG_T',
    owner: { name: 'Ada Trust' },
    portfolios: [{ name: 'Growth' }, { name: 'Income' }],
    status: { equity: 100_000, maintenanceRequirement: 40_000, houseRequirement: 50_000, excess: 50_000, utilization: 0.5, inCall: false, asOf: t1, ...status },
    liveCall,
  };
}

function event(accountId: string, utilization: number, ts: string, inCall = false): UtilizationEvent {
  const equity = 100_000;
  const houseRequirement = utilization * equity;
  return { accountId, equity, maintenanceRequirement: houseRequirement / 1.25, houseRequirement, excess: equity - houseRequirement, utilization, inCall, ts };
}

const call: MarginCallInfo = { id: '7', kind: 'HOUSE', amountDue: 12_000, dueAt: '2026-01-06T14:30:00.000Z' };
const row = (a: LoadedMarginAccount): MarginRow => rowFromAccount(a);

describe('rowFromAccount', () => {
  it('flattens the owner, portfolios, status and live call', () => {
    expect(row(account('1', 'Alpha', {}, call))).toEqual({
      id: '1',
      name: 'Alpha',
      broker: 'Prime',
      currency: 'USD',
      methodology: 'REG_T',
      owner: 'Ada Trust',
      portfolios: ['Growth', 'Income'],
      equity: 100_000,
      maintenanceRequirement: 40_000,
      houseRequirement: 50_000,
      excess: 50_000,
      utilization: 0.5,
      inCall: false,
      asOf: t1,
      liveCall: call,
    });
  });
});

describe('mergeAccountLive', () => {
  it('takes the figures of a utilisation event newer than the row', () => {
    const merged = mergeAccountLive(row(account('1', 'Alpha')), { utilization: event('1', 0.82, t2) });
    expect(merged).toMatchObject({ utilization: 0.82, houseRequirement: 82_000, excess: 18_000, asOf: t2, inCall: false, name: 'Alpha', owner: 'Ada Trust' });
  });

  it('ignores an event older than the loaded figures, returning the same row', () => {
    const loaded = row(account('1', 'Alpha'));
    expect(mergeAccountLive(loaded, { utilization: event('1', 0.95, t0) })).toBe(loaded);
    expect(mergeAccountLive(loaded, undefined)).toBe(loaded);
  });

  it('ignores an event for another account', () => {
    const loaded = row(account('1', 'Alpha'));
    expect(mergeAccountLive(loaded, { utilization: event('2', 0.95, t2) })).toBe(loaded);
  });

  it('keeps the loaded call while the account stays in call, and drops it when the account leaves', () => {
    const loaded = row(account('1', 'Alpha', { inCall: true, utilization: 1.1 }, call));
    const stillIn = applyMarginEvent(EMPTY_LIVE, { type: 'utilization', event: event('1', 1.2, t2, true) });
    expect(mergeAccountLive(loaded, stillIn['1'])).toMatchObject({ inCall: true, utilization: 1.2, liveCall: call });
    const out = applyMarginEvent(stillIn, { type: 'utilization', event: event('1', 0.8, t3, false) });
    expect(mergeAccountLive(loaded, out['1'])).toMatchObject({ inCall: false, liveCall: null, utilization: 0.8 });
  });

  it('puts a row in call when its call is raised live, even before a utilisation event', () => {
    const live = applyMarginEvent(EMPTY_LIVE, { type: 'call', accountId: '1', call });
    expect(mergeAccountLive(row(account('1', 'Alpha')), live['1'])).toMatchObject({ inCall: true, liveCall: call, utilization: 0.5 });
  });

  it('shows an account back in call without the old amount until the new call arrives', () => {
    const loaded = row(account('1', 'Alpha', { inCall: true, utilization: 1.1 }, call));
    let live = applyMarginEvents(EMPTY_LIVE, [
      { type: 'utilization', event: event('1', 0.7, t2, false) },
      { type: 'utilization', event: event('1', 1.3, t3, true) },
    ]);
    expect(mergeAccountLive(loaded, live['1'])).toMatchObject({ inCall: true, liveCall: null });
    const next: MarginCallInfo = { ...call, id: '8', amountDue: 30_000 };
    live = applyMarginEvent(live, { type: 'call', accountId: '1', call: next });
    expect(mergeAccountLive(loaded, live['1'])).toMatchObject({ inCall: true, liveCall: next });
  });

  it('ignores an out-of-call that is older than the loaded figures', () => {
    const loaded = row(account('1', 'Alpha', { inCall: true, utilization: 1.1 }, call));
    const live = applyMarginEvent(EMPTY_LIVE, { type: 'utilization', event: event('1', 0.5, t0, false) });
    expect(mergeAccountLive(loaded, live['1'])).toBe(loaded);
  });
});

describe('applyMarginEvent', () => {
  it('drops a utilisation event older than the latest one', () => {
    const live = applyMarginEvent(EMPTY_LIVE, { type: 'utilization', event: event('1', 0.8, t2) });
    expect(applyMarginEvent(live, { type: 'utilization', event: event('1', 0.6, t1) })).toBe(live);
  });

  it('returns the same state for a repeated event or call, so React skips the render', () => {
    let live = applyMarginEvent(EMPTY_LIVE, { type: 'utilization', event: event('1', 0.8, t2) });
    expect(applyMarginEvent(live, { type: 'utilization', event: event('1', 0.8, t3) })).toBe(live);
    live = applyMarginEvent(live, { type: 'call', accountId: '1', call });
    expect(applyMarginEvent(live, { type: 'call', accountId: '1', call: { ...call } })).toBe(live);
  });

  it('keeps a call that arrived after an out-of-call event when the account goes back into call', () => {
    const live = applyMarginEvents(EMPTY_LIVE, [
      { type: 'utilization', event: event('1', 0.7, t1, false) },
      { type: 'call', accountId: '1', call },
      { type: 'utilization', event: event('1', 1.2, t2, true) },
    ]);
    expect(live['1']!.call).toEqual(call);
  });

  it('leaves other accounts and the previous state untouched', () => {
    const before = applyMarginEvents(EMPTY_LIVE, [
      { type: 'utilization', event: event('1', 0.5, t1) },
      { type: 'utilization', event: event('2', 0.6, t1) },
    ]);
    const two = before['2'];
    const after = applyMarginEvent(before, { type: 'utilization', event: event('1', 0.9, t2) });
    expect(after['2']).toBe(two);
    expect(before['1']!.utilization!.utilization).toBe(0.5);
    expect(applyMarginEvents(before, [])).toBe(before);
  });
});

describe('forgetLiveCalls', () => {
  it('drops live calls but keeps utilisation, and returns the same state when there is none', () => {
    const live = applyMarginEvents(EMPTY_LIVE, [
      { type: 'utilization', event: event('1', 0.5, t1) },
      { type: 'call', accountId: '2', call },
    ]);
    const forgotten = forgetLiveCalls(live);
    expect(forgotten).toEqual({ '1': { utilization: event('1', 0.5, t1) } });
    expect(forgetLiveCalls(forgotten)).toBe(forgotten);
  });
});

describe('buildMarginRows, sortByRisk and summarizeMargin', () => {
  const loaded = [
    row(account('1', 'Alpha', { utilization: 0.3 })),
    row(account('2', 'Bravo', { utilization: 0.75 })),
    row(account('3', 'Charlie', { utilization: 0.95 })),
    row(account('4', 'Delta', { utilization: 0.2, inCall: true }, call)),
    row(account('5', 'Echo', { utilization: 0.75 })),
  ];

  it('merges each row with its own live state, keeping untouched rows as they are', () => {
    const live = applyMarginEvent(EMPTY_LIVE, { type: 'utilization', event: event('1', 0.91, t2) });
    const rows = buildMarginRows(loaded, live);
    expect(rows.map((r) => r.utilization)).toEqual([0.91, 0.75, 0.95, 0.2, 0.75]);
    expect(rows[1]).toBe(loaded[1]);
  });

  it('sorts calls first, then by level and utilisation, then by name', () => {
    expect(sortByRisk(loaded).map((r) => r.name)).toEqual(['Delta', 'Charlie', 'Bravo', 'Echo', 'Alpha']);
    expect(loaded[0]!.name).toBe('Alpha'); // not sorted in place
  });

  it('counts accounts by level', () => {
    expect(summarizeMargin(loaded)).toEqual({ accounts: 5, inCall: 1, danger: 1, warning: 2 });
  });
});
