import type { MutationResolvers } from '../__generated__/resolvers.ts';
import { cancelBacktest, runBacktest } from '../service/backtests.ts';
import { amendOrder, cancelOrder, placeOrder } from '../service/orders.ts';
import { createStrategy, setStrategyStatus, updateStrategy } from '../service/strategies.ts';

const now = (ctx: { clock: { now(): number } }) => new Date(ctx.clock.now());

export const Mutation: MutationResolvers = {
  createStrategy: (_p, { input }, ctx) => createStrategy(ctx.pool, input, now(ctx)),
  updateStrategy: (_p, { input }, ctx) => updateStrategy(ctx.pool, input, now(ctx)),
  setStrategyStatus: (_p, { id, status }, ctx) => setStrategyStatus(ctx.pool, id, status, now(ctx)),
  runBacktest: (_p, { input }, ctx) => runBacktest(ctx.pool, ctx.backtests, input, now(ctx)),
  cancelBacktest: async (_p, { id }, ctx) => (await cancelBacktest(ctx.pool, ctx.bus, ctx.backtests, id, now(ctx))).row,
  placeOrder: (_p, { input }, ctx) => placeOrder(ctx.pool, ctx.broker, input),
  cancelOrder: (_p, { id }, ctx) => cancelOrder(ctx.pool, ctx.broker, id),
  amendOrder: (_p, { input }, ctx) => amendOrder(ctx.pool, ctx.broker, input),
};
