import { parseId, parseIntInRange, parseText } from '@nautilus/runtime';
import type { QueryResolvers } from '../__generated__/resolvers.ts';
import { listBacktests } from '../service/backtests.ts';
import { findOrderEvent, listOrders } from '../service/orders.ts';
import { findSignals } from '../service/signals.ts';
import { listStrategies, listStrategyKinds } from '../service/strategies.ts';

const idOrNull = (id: string, field: string) => String(parseId(id, field));

export const Query: QueryResolvers = {
  strategyKinds: () => listStrategyKinds(),
  strategy: (_p, { id }, ctx) => ctx.loaders.strategyById.load(idOrNull(id, 'id')),
  strategies: (_p, { status, portfolioId }, ctx) => listStrategies(ctx.pool, { status: status ?? null, portfolioId: portfolioId ?? null }),
  signal: (_p, { id }, ctx) => ctx.loaders.signalById.load(idOrNull(id, 'id')),
  signals: (_p, args, ctx) => findSignals(ctx.pool, args),
  backtest: (_p, { id }, ctx) => ctx.loaders.backtestById.load(idOrNull(id, 'id')),
  backtests: (_p, args, ctx) => listBacktests(ctx.pool, args),
  order: (_p, { id }, ctx) => ctx.loaders.orderById.load(idOrNull(id, 'id')),
  orders: (_p, args, ctx) => listOrders(ctx.pool, { portfolioId: args.portfolioId, status: args.status ?? null, first: parseIntInRange(args.first, 50, 1, 500, 'first') }),
  orderEvent: (_p, { id }, ctx) => findOrderEvent(ctx.pool, parseText(id, 'id', 'name')),
};
