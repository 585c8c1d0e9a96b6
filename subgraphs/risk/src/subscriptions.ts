import { defineSubscription, type SubscriptionSpec } from '@nautilus/runtime';

/**
 * The subscriptions risk declares in schema.graphql and how the gateway
 * executes them from the bus. A breach event carries the breach's scalars;
 * selecting `limit` or `report` runs the selection on `riskLimitBreach(id)`.
 */
export const subscriptions: SubscriptionSpec[] = [
  defineSubscription({
    field: 'riskLimitBreached',
    topic: 'risk.limit.breached',
    matches: (args, event) => {
      const ids = args.portfolioIds as string[] | null | undefined;
      return !ids || ids.includes(event.portfolioId);
    },
    route: { event: (event) => event.portfolioId, args: (args) => (args.portfolioIds as string[] | null | undefined) ?? null },
    fields: (event) => ({ id: event.breachId, portfolioId: event.portfolioId, value: event.value, threshold: event.threshold }),
    lookup: { field: 'riskLimitBreach', argTypes: { id: 'ID!' }, args: (event) => ({ id: event.breachId }) },
  }) as SubscriptionSpec,
];
