import { createBatchLoaders } from '@nautilus/runtime';
import type DataLoader from 'dataloader';
import type pg from 'pg';
import { findBacktestsByIds } from './store/backtests.ts';
import { findEventsOfOrders, findFillsOfOrders, findOrdersByIds, findOrdersOfPortfolios } from './store/orders.ts';
import { findLatestSignals, findSignalsByIds } from './store/signals.ts';
import { findStrategiesByIds, findStrategiesOfPortfolios } from './store/strategies.ts';
import type { BacktestRow, FillRow, OrderEventRow, OrderRow, OrderStatusName, SignalRow, StrategyRow } from './service/types.ts';

/**
 * Per-request dataloaders (a new set for every request): N strategies,
 * signals, orders or portfolios cost one query per batch.
 */
export interface StrategyLoaders {
  strategyById: DataLoader<string, StrategyRow | null>;
  signalById: DataLoader<string, SignalRow | null>;
  backtestById: DataLoader<string, BacktestRow | null>;
  orderById: DataLoader<string, OrderRow | null>;
  strategiesByPortfolio: DataLoader<string, StrategyRow[]>;
  /** Key {@link listKey}: the newest signals of a strategy / an instrument / a portfolio's strategies. */
  signalsByStrategy: DataLoader<string, SignalRow[]>;
  signalsByInstrument: DataLoader<string, SignalRow[]>;
  signalsByPortfolio: DataLoader<string, SignalRow[]>;
  /** Key {@link listKey} with the status: a portfolio's newest orders. */
  ordersByPortfolio: DataLoader<string, OrderRow[]>;
  eventsByOrder: DataLoader<string, OrderEventRow[]>;
  fillsByOrder: DataLoader<string, FillRow[]>;
}

/** Key of the child-list loaders: the parent and the list's arguments; one query per distinct argument set. */
export function listKey(id: string, first: number, status: string | null = null): string {
  return JSON.stringify([id, first, status]);
}

const numeric = (ids: readonly string[]) => ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number);
const bigints = (ids: readonly string[]) => ids.filter((id) => /^\d{1,18}$/.test(id));

/** Groups list keys by their arguments and answers each group with one `find`. */
function lists<T>(find: (ids: number[], first: number, status: string | null) => Promise<Map<string, T[]>>) {
  return async (keys: readonly string[]): Promise<Map<string, T[]>> => {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const [id, first, status] = JSON.parse(key) as [string, number, string | null];
      const group = JSON.stringify([first, status]);
      groups.set(group, [...(groups.get(group) ?? []), id]);
    }
    const found = new Map<string, T[]>();
    await Promise.all(
      [...groups].map(async ([group, ids]) => {
        const [first, status] = JSON.parse(group) as [number, string | null];
        const valid = numeric(ids);
        const rows = valid.length > 0 ? await find(valid, first, status) : new Map<string, T[]>();
        for (const id of ids) found.set(listKey(id, first, status), rows.get(id) ?? []);
      }),
    );
    return found;
  };
}

export interface CreateLoadersOptions {
  pool: pg.Pool;
  onBatch?: (loader: keyof StrategyLoaders, keys: readonly unknown[]) => void;
}

export function createLoaders({ pool, onBatch }: CreateLoadersOptions): StrategyLoaders {
  const batch = createBatchLoaders<StrategyLoaders>({ onBatch });
  return {
    strategyById: batch.byKey('strategyById', { load: (ids) => findStrategiesByIds(pool, numeric(ids)) }),
    signalById: batch.byKey('signalById', { load: (ids) => findSignalsByIds(pool, bigints(ids)) }),
    backtestById: batch.byKey('backtestById', { load: (ids) => findBacktestsByIds(pool, bigints(ids)) }),
    orderById: batch.byKey('orderById', { load: (ids) => findOrdersByIds(pool, ids) }),
    strategiesByPortfolio: batch.groupsByKey('strategiesByPortfolio', { load: (ids) => findStrategiesOfPortfolios(pool, numeric(ids)), key: (s) => s.portfolioId! }),
    signalsByStrategy: batch.groupsByKey('signalsByStrategy', { load: lists((ids, first) => findLatestSignals(pool, 'strategy', ids, first)) }),
    signalsByInstrument: batch.groupsByKey('signalsByInstrument', { load: lists((ids, first) => findLatestSignals(pool, 'instrument', ids, first)) }),
    signalsByPortfolio: batch.groupsByKey('signalsByPortfolio', { load: lists((ids, first) => findLatestSignals(pool, 'portfolio', ids, first)) }),
    ordersByPortfolio: batch.groupsByKey('ordersByPortfolio', { load: lists((ids, first, status) => findOrdersOfPortfolios(pool, ids, status as OrderStatusName | null, first)) }),
    eventsByOrder: batch.groupsByKey('eventsByOrder', { load: (ids) => findEventsOfOrders(pool, bigints(ids)), key: (e) => e.orderId }),
    fillsByOrder: batch.groupsByKey('fillsByOrder', { load: (ids) => findFillsOfOrders(pool, bigints(ids)), key: (f) => f.orderId }),
  };
}
