import type pg from 'pg';
import { parseIntInRange, type Clock } from '@nautilus/runtime';
import type { MarginCommands } from './MarginBook.ts';
import { acknowledgeMarginCall, findMarginCalls, resolveMarginCall } from '../store/marginCalls.ts';
import type { MarginCallRow, MarginCallStatusName } from './types.ts';

/**
 * `Query.marginCalls`: newest first, or with `after` the calls raised after
 * that id, oldest first.
 * @throws BAD_USER_INPUT `first` outside 1..1000, or a malformed `accountIds`/`after`.
 */
export function listMarginCalls(pool: pg.Pool, args: { status?: readonly MarginCallStatusName[] | null; accountIds?: readonly string[] | null; first?: number | null; after?: string | null }): Promise<MarginCallRow[]> {
  return findMarginCalls(pool, { accountIds: args.accountIds ?? null, statuses: args.status ?? null, first: parseIntInRange(args.first, 50, 1, 1000, 'first'), after: args.after ?? null });
}

/** Records that the client has seen the call, now. */
export function acknowledgeCall(pool: pg.Pool, clock: Clock, id: string, note: string | null | undefined): Promise<MarginCallRow> {
  return acknowledgeMarginCall(pool, id, new Date(clock.now()), note ?? null);
}

/**
 * Closes a call by hand (MET or LIQUIDATED), then tells the monitor: it
 * forgets the call, so a new breach raises a new one, and revalues the account.
 */
export async function resolveCall(
  deps: { pool: pg.Pool; clock: Clock; monitor: MarginCommands },
  id: string,
  resolution: 'MET' | 'LIQUIDATED',
  note: string | null | undefined,
): Promise<MarginCallRow> {
  const call = await resolveMarginCall(deps.pool, id, resolution, new Date(deps.clock.now()), note ?? null);
  deps.monitor.callClosed(call.accountId);
  await deps.monitor.refresh([call.accountId]);
  return call;
}
