import type { LiveMarginUtilizationSubscription } from '../__generated__/graphql.ts';
import { LEVEL_RANK, marginLevel, type MarginLevel } from '../lib/marginLevel.ts';

/** A live margin call as the panel shows it (from `MarginAccount.liveCall` or `marginCallRaised`). */
export interface MarginCallInfo {
  id: string;
  kind: string;
  amountDue: number;
  dueAt: string;
}

/** The figures an account's `status` and its `marginUtilization` events both carry. */
export interface MarginFigures {
  equity: number;
  maintenanceRequirement: number;
  houseRequirement: number;
  excess: number;
  utilization: number;
  inCall: boolean;
}

/** One margin account row: the account's facts and its latest figures. */
export interface MarginRow extends MarginFigures {
  id: string;
  name: string;
  broker: string;
  currency: string;
  methodology: string;
  owner: string;
  portfolios: readonly string[];
  /** Tick time of the figures (the query's `status.asOf`, then each event's `ts`). */
  asOf: string;
  /** The live call, when one is known; an account can be in call before its call event arrives. */
  liveCall: MarginCallInfo | null;
}

/** A `marginUtilization` event (the fields the panel subscribes to, as generated from its subscription). */
export type UtilizationEvent = LiveMarginUtilizationSubscription['marginUtilization'];

/**
 * What arrived live for one account since the accounts were (re)loaded.
 *
 * `call` is three-valued: `undefined` nothing live said anything about the call (the loaded
 * `liveCall` stands); `null` the account left its call since, so the loaded call is over (if the
 * account is in call again, its new call's event has not arrived yet); an object: the call raised
 * live.
 */
export interface AccountLive {
  utilization?: UtilizationEvent;
  call?: MarginCallInfo | null;
}

/** Live state per account id. Immutable: an event that changes nothing returns the same object. */
export type MarginLive = Readonly<Record<string, AccountLive>>;

export const EMPTY_LIVE: MarginLive = Object.freeze({});

export type MarginLiveEvent = { type: 'utilization'; event: UtilizationEvent } | { type: 'call'; accountId: string; call: MarginCallInfo };

/**
 * Applies one live event.
 *
 * Utilisation events older than the account's latest are dropped (a resubscription may replay
 * and bursts are conflated, so order is not guaranteed). A utilisation event that says the
 * account is out of call clears its call, so when the account goes back into call the old amount
 * is not shown while the new call's event is on its way (the engine publishes utilisation when it
 * decides to raise, and the call once it is stored). Call events replace the account's call.
 */
export function applyMarginEvent(live: MarginLive, action: MarginLiveEvent): MarginLive {
  if (action.type === 'call') {
    const previous = live[action.accountId];
    if (previous?.call !== undefined && previous.call !== null && sameCall(previous.call, action.call)) return live;
    return { ...live, [action.accountId]: { ...previous, call: action.call } };
  }
  const { event } = action;
  const previous = live[event.accountId];
  const before = previous?.utilization;
  if (before !== undefined) {
    if (Date.parse(event.ts) < Date.parse(before.ts)) return live;
    if (sameUtilization(before, event)) return live;
  }
  // Out of call clears the call. Into call keeps whatever call is known: after an out-of-call
  // event that is either nothing (null) or a call whose event arrived since, i.e. the new one.
  const call = event.inCall ? previous?.call : null;
  return { ...live, [event.accountId]: { utilization: event, ...(call === undefined ? {} : { call }) } };
}

/** Applies a batch in arrival order (one render per animation frame instead of one per event). */
export function applyMarginEvents(live: MarginLive, actions: Iterable<MarginLiveEvent>): MarginLive {
  let next = live;
  for (const action of actions) next = applyMarginEvent(next, action);
  return next;
}

/**
 * Forgets live calls (keeping utilisation, which is checked against the loaded figures' time):
 * after the accounts are reloaded, their `liveCall` is the fresher word.
 */
export function forgetLiveCalls(live: MarginLive): MarginLive {
  let changed = false;
  const next: Record<string, AccountLive> = {};
  for (const [id, entry] of Object.entries(live)) {
    if (entry.call !== undefined) changed = true;
    if (entry.utilization !== undefined) next[id] = { utilization: entry.utilization };
  }
  return changed ? next : live;
}

/**
 * Merges what arrived live into a loaded row. Utilisation older than the row's figures is ignored,
 * and so is the "out of call" it implied; a call raised live always applies. The row is returned
 * unchanged (same object) when nothing applies.
 */
export function mergeAccountLive(row: MarginRow, live: AccountLive | undefined): MarginRow {
  if (live === undefined) return row;
  const event = live.utilization;
  const fresh = event !== undefined && event.accountId === row.id && !(Date.parse(event.ts) < Date.parse(row.asOf));
  const raised = live.call !== undefined && live.call !== null ? live.call : undefined;
  if (!fresh && raised === undefined) return row;
  let next: MarginRow = row;
  if (fresh) {
    next = {
      ...row,
      equity: event.equity,
      maintenanceRequirement: event.maintenanceRequirement,
      houseRequirement: event.houseRequirement,
      excess: event.excess,
      utilization: event.utilization,
      inCall: event.inCall,
      asOf: event.ts,
      // Only a fresh event's "out of call" (live.call === null) overrides the loaded call.
      liveCall: event.inCall ? (live.call === undefined ? row.liveCall : live.call) : null,
    };
  }
  // A call raised live puts the row in call even if the figures predate it.
  if (raised !== undefined) next = { ...next, inCall: true, liveCall: raised };
  return next;
}

/** Every loaded row with its live state merged in, in the order given. */
export function buildMarginRows(rows: readonly MarginRow[], live: MarginLive): MarginRow[] {
  return rows.map((row) => mergeAccountLive(row, live[row.id]));
}

export function rowLevel(row: MarginRow): MarginLevel {
  return marginLevel(row.utilization, row.inCall);
}

/** Worst first: accounts in call, then by level, then by utilisation, then by name. */
export function sortByRisk(rows: readonly MarginRow[]): MarginRow[] {
  return [...rows].sort(
    (a, b) =>
      LEVEL_RANK[rowLevel(b)] - LEVEL_RANK[rowLevel(a)] ||
      (Number.isNaN(b.utilization) ? Infinity : b.utilization) - (Number.isNaN(a.utilization) ? Infinity : a.utilization) ||
      a.name.localeCompare(b.name),
  );
}

export interface MarginSummary {
  accounts: number;
  inCall: number;
  danger: number;
  warning: number;
}

/** Counts for the panel header. */
export function summarizeMargin(rows: readonly MarginRow[]): MarginSummary {
  const summary: MarginSummary = { accounts: rows.length, inCall: 0, danger: 0, warning: 0 };
  for (const row of rows) {
    const level = rowLevel(row);
    if (level === 'call') summary.inCall++;
    else if (level === 'danger') summary.danger++;
    else if (level === 'warning') summary.warning++;
  }
  return summary;
}

function sameCall(a: MarginCallInfo, b: MarginCallInfo): boolean {
  return a.id === b.id && a.kind === b.kind && a.amountDue === b.amountDue && a.dueAt === b.dueAt;
}

function sameUtilization(a: UtilizationEvent, b: UtilizationEvent): boolean {
  return (
    a.equity === b.equity &&
    a.maintenanceRequirement === b.maintenanceRequirement &&
    a.houseRequirement === b.houseRequirement &&
    a.excess === b.excess &&
    a.utilization === b.utilization &&
    a.inCall === b.inCall
  );
}

/** A `marginAccounts` entry as the panel queries it (structural, so tests need no generated types). */
export interface LoadedMarginAccount {
  id: string;
  name: string;
  broker: string;
  currency: string;
  methodology: string;
  owner: { name: string };
  portfolios: readonly { name: string }[];
  status: MarginFigures & { asOf: string };
  liveCall?: MarginCallInfo | null | undefined;
}

/** A loaded account as a row (figures from its status, as of the status's price time). */
export function rowFromAccount(account: LoadedMarginAccount): MarginRow {
  const { status } = account;
  return {
    id: account.id,
    name: account.name,
    broker: account.broker,
    currency: account.currency,
    methodology: account.methodology,
    owner: account.owner.name,
    portfolios: account.portfolios.map((p) => p.name),
    equity: status.equity,
    maintenanceRequirement: status.maintenanceRequirement,
    houseRequirement: status.houseRequirement,
    excess: status.excess,
    utilization: status.utilization,
    inCall: status.inCall,
    asOf: status.asOf,
    liveCall: account.liveCall == null ? null : { id: account.liveCall.id, kind: account.liveCall.kind, amountDue: account.liveCall.amountDue, dueAt: account.liveCall.dueAt },
  };
}
