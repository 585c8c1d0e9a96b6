import { badInput, checkPageSize, decodeCursor, encodeCursor, parseId, parseText, toPage, type Page } from '@nautilus/runtime';
import type pg from 'pg';
import { countSignals, findSignalsPage, type SignalFilter } from '../store/signals.ts';
import type { SignalRow } from './types.ts';

export interface SignalsArgs {
  strategyIds?: readonly string[] | null;
  symbols?: readonly string[] | null;
  from?: Date | null;
  to?: Date | null;
  first?: number | null;
  after?: string | null;
}

const cursorOf = (s: SignalRow) => encodeCursor('signal', `${s.ts.getTime()}:${s.id}`);

/** `Query.signals`: newest first, keyset pagination on (ts, id). @throws BAD_USER_INPUT naming the argument. */
export async function findSignals(pool: pg.Pool, args: SignalsArgs): Promise<Page<SignalRow>> {
  const first = checkPageSize(args.first);
  const filter: SignalFilter = {
    strategyIds: args.strategyIds ? args.strategyIds.map((id, i) => parseId(id, `strategyIds[${i}]`)) : null,
    symbols: args.symbols ? args.symbols.map((s, i) => parseText(s, `symbols[${i}]`, 'symbol')) : null,
    from: args.from ?? null,
    to: args.to ?? null,
  };
  if (filter.from && filter.to && filter.to < filter.from) throw badInput('to', `must not be before from (${filter.from.toISOString()})`);
  let after: { ts: Date; id: string } | null = null;
  if (args.after) {
    const [ms, id] = decodeCursor('signal', args.after, 'Query.signals', /^\d{1,15}:\d{1,18}$/).split(':');
    after = { ts: new Date(Number(ms)), id: id! };
  }
  const [rows, total] = await Promise.all([findSignalsPage(pool, filter, after, first + 1), countSignals(pool, filter)]);
  return toPage(rows, first, total, cursorOf);
}
