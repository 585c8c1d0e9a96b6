import type { OrderEventResolvers, PaperOrderResolvers } from '../__generated__/resolvers.ts';

export const PaperOrder: PaperOrderResolvers = {
  __resolveReference: async (reference, ctx) => (await ctx.loaders.orderById.load(String(reference.id)))!,
  portfolio: (o) => ({ id: o.portfolioId }),
  strategy: (o, _args, ctx) => (o.strategyId === null ? null : ctx.loaders.strategyById.load(o.strategyId)),
  instrument: (o) => ({ id: o.instrumentId }),
  type: (o) => o.orderType,
  events: (o, _args, ctx) => ctx.loaders.eventsByOrder.load(o.id),
  fills: (o, _args, ctx) => ctx.loaders.fillsByOrder.load(o.id),
};

export const OrderEvent: OrderEventResolvers = {
  order: async (e, _args, ctx) => (await ctx.loaders.orderById.load(e.orderId))!,
};
