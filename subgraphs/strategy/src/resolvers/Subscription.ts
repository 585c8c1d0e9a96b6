import { subscribeThroughGateway } from '@nautilus/runtime';
import type { SubscriptionResolvers } from '../__generated__/resolvers.ts';

/**
 * Declared here so they are composed and typed, but executed by the gateway
 * from the bus (src/subscriptions.ts, gateway/SUBSCRIPTIONS.md).
 */
export const Subscription: SubscriptionResolvers = {
  signals: subscribeThroughGateway,
  backtestProgress: subscribeThroughGateway,
  orderEvents: subscribeThroughGateway,
};
