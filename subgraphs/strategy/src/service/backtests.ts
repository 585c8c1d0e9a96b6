import { withTransaction } from '@nautilus/db';
import { badInput, notFound, parseId, parseIntInRange, quoteInput, type Bus } from '@nautilus/runtime';
import { findBars } from '@nautilus/marketdata/reads';
import type pg from 'pg';
import { STRATEGY_KINDS, StrategyError, expandGrid, type BarSeries, type StrategyKind } from '../domain/index.ts';
import { findBacktests as selectBacktests, findBacktestsByIds, finishBacktest, insertBacktest } from '../store/backtests.ts';
import { findStrategiesByIds } from '../store/strategies.ts';
import { resolveSymbols } from './resolveSymbols.ts';
import { checkParameters } from './strategies.ts';
import type { BacktestInputRecord, BacktestRow, BacktestStatusName } from './types.ts';

/** Most combinations a parameter grid may have. */
export const MAX_GRID_COMBINATIONS = 10_000;
/** The stored interval behind each BacktestInterval. */
export const STORED_INTERVAL = { D1: '1d', M1: '1m' } as const;

export interface BacktestInput {
  strategyId?: string | null;
  kind?: string | null;
  parameters?: unknown;
  symbols?: readonly string[] | null;
  from: Date;
  to: Date;
  interval?: 'D1' | 'M1' | null;
  initialCash?: number | null;
  mode?: 'VECTORIZED' | 'EVENT' | null;
  fees?: { perShare?: number | null; bps?: number | null; minimum?: number | null } | null;
  slippage?: { kind: 'BPS' | 'BAR_RANGE' | 'VOLUME'; value: number } | null;
  grid?: ReadonlyArray<{ name: string; values: readonly unknown[] }> | null;
  seed?: number | null;
}

function nonNegative(value: number | null | undefined, field: string, max: number): number {
  const v = value ?? 0;
  if (!Number.isFinite(v) || v < 0 || v > max) throw badInput(field, `must be a number from 0 to ${max}, got ${quoteInput(v)}`);
  return v;
}

/**
 * Checks a backtest request completely before anything is written: the kind and parameters (the
 * domain's validator), symbols (known instruments with bars in the range), the range, cash, fee and
 * slippage models and the grid (≤ {@link MAX_GRID_COMBINATIONS} combinations, each value in range).
 * @throws BAD_USER_INPUT naming the field (`input.parameters.fast`, `input.symbols[1]`, `input.to`, `input.grid`).
 */
export async function checkBacktestInput(db: pg.Pool | pg.PoolClient, input: BacktestInput): Promise<{ record: BacktestInputRecord; strategyId: number | null }> {
  let kind = input.kind ?? null;
  let parameters: unknown = input.parameters;
  let symbols = input.symbols ?? null;
  let strategyId: number | null = null;
  if (input.strategyId != null) {
    strategyId = parseId(input.strategyId, 'input.strategyId');
    const strategy = (await findStrategiesByIds(db, [strategyId])).get(String(strategyId));
    if (!strategy) throw notFound('Strategy', input.strategyId, 'input.strategyId');
    if (kind !== null && kind !== strategy.kind) throw badInput('input.kind', `must be empty or the strategy's kind ${strategy.kind}, got ${quoteInput(kind)}`);
    kind = strategy.kind;
    parameters = parameters === undefined || parameters === null ? strategy.parameters : { ...strategy.parameters, ...(parameters as object) };
    symbols ??= strategy.universe;
  }
  if (kind === null) throw badInput('input.kind', 'is required without input.strategyId');
  if (!(kind in STRATEGY_KINDS)) throw badInput('input.kind', `unknown strategy kind ${quoteInput(kind)}; expected one of ${Object.keys(STRATEGY_KINDS).join(', ')}`);
  if (!symbols) throw badInput('input.symbols', 'is required without input.strategyId');
  if (Number.isNaN(input.from.getTime())) throw badInput('input.from', 'must be a valid date-time');
  if (!(input.to > input.from)) throw badInput('input.to', `must be after input.from (${input.from.toISOString()}), got ${input.to.toISOString()}`);
  const interval = input.interval ?? 'D1';
  const initialCash = input.initialCash ?? 100_000;
  if (!Number.isFinite(initialCash) || initialCash <= 0 || initialCash > 1e15) throw badInput('input.initialCash', `must be positive (at most 1e15), got ${quoteInput(initialCash)}`);
  const fees = {
    perShare: nonNegative(input.fees?.perShare, 'input.fees.perShare', 1_000),
    bps: nonNegative(input.fees?.bps, 'input.fees.bps', 10_000),
    minimum: nonNegative(input.fees?.minimum, 'input.fees.minimum', 1e9),
  };
  const slippage = input.slippage ?? { kind: 'BPS' as const, value: 0 };
  nonNegative(slippage.value, 'input.slippage.value', slippage.kind === 'BAR_RANGE' ? 1 : 10_000);
  const seed = parseIntInRange(input.seed, 1, 0, 2 ** 31 - 1, 'input.seed');

  const instruments = await resolveSymbols(db, symbols, 'input.symbols');
  const universe = instruments.map((i) => i.symbol);
  const base = checkParameters(kind, parameters, universe, 'input', 'symbols');
  const grid = input.grid?.length ? checkGrid(kind, input.grid) : null;
  if (grid) {
    // Every combination must satisfy the kind's rules between parameters (e.g. fast < slow).
    try {
      expandGrid({ kind: kind as StrategyKind, params: base, bars: universe.map((symbol) => ({ symbol }) as BarSeries) }, Object.fromEntries(grid.map((g) => [g.name, g.values])));
    } catch (error) {
      if (!(error instanceof StrategyError)) throw error;
      const named = grid.findIndex((g) => `grid.${g.name}` === error.field);
      const index = named >= 0 ? named : grid.length === 1 ? 0 : -1;
      throw badInput(index >= 0 ? `input.grid[${index}].values` : 'input.grid', error.message);
    }
  }

  // Every symbol needs bars in the range (one indexed probe per symbol).
  const probe = await findBars(db, { instrumentIds: instruments.map((i) => i.id), interval: STORED_INTERVAL[interval], from: input.from, to: input.to, limit: 2 });
  instruments.forEach((instrument, i) => {
    if ((probe.get(instrument.id)?.length ?? 0) < 2) {
      throw badInput(`input.symbols[${i}]`, `${instrument.symbol} has fewer than 2 ${interval} bars from ${input.from.toISOString()} to ${input.to.toISOString()}`);
    }
  });
  const record: BacktestInputRecord = {
    kind,
    parameters: base,
    symbols: universe,
    instrumentIds: instruments.map((i) => i.id),
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    interval,
    initialCash,
    mode: input.mode ?? 'VECTORIZED',
    fees,
    slippage: { kind: slippage.kind, value: slippage.value },
    grid,
    seed,
  };
  return { record, strategyId };
}

/** A grid's parameters must be the kind's, each value in its range, at most {@link MAX_GRID_COMBINATIONS} combinations. */
function checkGrid(kind: string, grid: NonNullable<BacktestInput['grid']>): Array<{ name: string; values: number[] }> {
  let combinations = 1;
  for (const range of grid) combinations *= Math.max(range.values.length, 1);
  if (combinations > MAX_GRID_COMBINATIONS) throw badInput('input.grid', `has ${combinations} combinations, more than ${MAX_GRID_COMBINATIONS}`);
  const names = new Set<string>();
  const spec = STRATEGY_KINDS[kind as keyof typeof STRATEGY_KINDS];
  return grid.map((range, i) => {
    if (!spec.params.some((p) => p.name === range.name)) {
      throw badInput(`input.grid[${i}].name`, `${quoteInput(range.name)} is not a parameter of ${kind}; expected ${spec.params.map((p) => p.name).join(', ')}`);
    }
    if (names.has(range.name)) throw badInput(`input.grid[${i}].name`, `repeats ${quoteInput(range.name)}`);
    names.add(range.name);
    if (range.values.length === 0) throw badInput(`input.grid[${i}].values`, 'must hold at least one value');
    return {
      name: range.name,
      values: range.values.map((value, j) => {
        const field = `input.grid[${i}].values[${j}]`;
        const v = typeof value === 'boolean' ? (value ? 1 : 0) : value;
        if (typeof v !== 'number' || !Number.isFinite(v)) throw badInput(field, `must be a number, got ${quoteInput(value)}`);
        const p = spec.params.find((q) => q.name === range.name)!;
        if (v < p.min || v > p.max || ((p.type === 'int' || p.type === 'boolean') && !Number.isInteger(v))) {
          throw badInput(field, `${range.name} must be ${p.type === 'number' ? 'a number' : 'an integer'} between ${p.min} and ${p.max}, got ${v}`);
        }
        return v;
      }),
    };
  });
}

/** Something that runs queued backtests (the backtest runner worker). */
export interface BacktestScheduler {
  /** A backtest was queued: start it when a slot is free. */
  wake(): void;
  /** Stops the run of a backtest this process is running (no-op otherwise). */
  abort(id: string, reason: string): void;
}

export async function runBacktest(pool: pg.Pool, scheduler: BacktestScheduler, input: BacktestInput, now: Date): Promise<BacktestRow> {
  const row = await withTransaction(pool, async (client) => {
    const { record, strategyId } = await checkBacktestInput(client, input);
    return insertBacktest(client, { strategyId, kind: record.kind, input: record, now });
  });
  scheduler.wake();
  return row;
}

/** Cancels a QUEUED or RUNNING backtest; a finished one comes back unchanged. */
export async function cancelBacktest(pool: pg.Pool, bus: Bus, scheduler: BacktestScheduler, idText: string, now: Date): Promise<{ row: BacktestRow; cancelled: boolean }> {
  const id = String(parseId(idText, 'id'));
  const cancelled = await finishBacktest(pool, id, 'cancelled', 'cancelled by the user', now);
  if (cancelled) {
    scheduler.abort(id, 'cancelled by the user');
    await bus.publish('strategy.backtest.progress', { backtestId: id, status: 'CANCELLED', progress: cancelled.progress, error: cancelled.error }).catch(() => {});
    return { row: cancelled, cancelled: true };
  }
  const row = (await findBacktestsByIds(pool, [id])).get(id);
  if (!row) throw notFound('Backtest', idText, 'id');
  return { row, cancelled: false };
}

export async function listBacktests(pool: pg.Pool, args: { strategyId?: string | null; status?: BacktestStatusName | null; first?: number | null }): Promise<BacktestRow[]> {
  const first = parseIntInRange(args.first, 50, 1, 500, 'first');
  return selectBacktests(pool, { strategyId: args.strategyId == null ? null : parseId(args.strategyId, 'strategyId'), status: args.status?.toLowerCase() ?? null, first });
}
