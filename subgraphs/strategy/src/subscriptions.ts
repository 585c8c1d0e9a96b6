import { defineSubscription, type SubscriptionSpec } from '@nautilus/runtime';

const list = (args: Record<string, unknown>, name: string) => (args[name] as string[] | null | undefined) ?? null;

/**
 * The subscriptions strategy declares in schema.graphql and how the gateway
 * executes them from the bus. Events carry the scalars the engine already has;
 * selecting more (the strategy, the instrument's federated fields, an order's
 * fills) runs the selection on the root lookup once per event.
 */
export const subscriptions: SubscriptionSpec[] = [
  defineSubscription({
    field: 'signals',
    topic: 'strategy.signal',
    matches: (args, event) => {
      const strategies = list(args, 'strategyIds');
      const symbols = list(args, 'symbols');
      return (!strategies || strategies.includes(event.strategyId)) && (!symbols || symbols.includes(event.symbol));
    },
    route: { event: (event) => event.strategyId, args: (args) => list(args, 'strategyIds') },
    fields: (event) => ({
      id: event.signalId,
      symbol: event.symbol,
      ts: event.ts,
      direction: event.direction,
      strength: event.strength,
      horizon: event.horizon,
      modelVersion: event.modelVersion,
    }),
    lookup: { field: 'signal', argTypes: { id: 'ID!' }, args: (event) => ({ id: event.signalId }) },
  }) as SubscriptionSpec,
  defineSubscription({
    field: 'backtestProgress',
    topic: 'strategy.backtest.progress',
    matches: (args, event) => String(args.id) === event.backtestId,
    route: { event: (event) => event.backtestId, args: (args) => [String(args.id)] },
    // Latest progress wins: a client behind gets the newest state of the run.
    conflate: (event) => `${event.backtestId}:${event.status}`,
    fields: (event) => ({ id: event.backtestId, status: event.status, progress: event.progress, error: event.error }),
    lookup: { field: 'backtest', argTypes: { id: 'ID!' }, args: (event) => ({ id: event.backtestId }) },
  }) as SubscriptionSpec,
  defineSubscription({
    field: 'orderEvents',
    topic: 'strategy.order.event',
    matches: (args, event) => {
      const portfolios = list(args, 'portfolioIds');
      return !portfolios || portfolios.includes(event.portfolioId);
    },
    route: { event: (event) => event.portfolioId, args: (args) => list(args, 'portfolioIds') },
    fields: (event) => ({
      id: event.eventId,
      orderId: event.orderId,
      portfolioId: event.portfolioId,
      status: event.status,
      reason: event.reason,
      fillQuantity: event.fillQuantity,
      fillPrice: event.fillPrice,
      ts: event.ts,
    }),
    lookup: { field: 'orderEvent', argTypes: { id: 'ID!' }, args: (event) => ({ id: event.eventId }) },
  }) as SubscriptionSpec,
];
