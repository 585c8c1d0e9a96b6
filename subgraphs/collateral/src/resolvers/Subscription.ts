import { AppError, ErrorCode } from '@nautilus/runtime';
import type { SubscriptionResolvers } from '../__generated__/resolvers.ts';

const throughGateway = {
  subscribe: () => {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'subscribe through the gateway over graphql-ws (ws://<gateway>/graphql)');
  },
};

/**
 * Declared here so they are composed and typed, but executed by the gateway
 * from the bus (src/subscriptions.ts, gateway/SUBSCRIPTIONS.md): a subgraph has no WebSocket.
 */
export const Subscription: SubscriptionResolvers = {
  marginCallRaised: throughGateway,
  marginUtilization: throughGateway,
  marginWarning: throughGateway,
};
