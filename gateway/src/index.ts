export * from './createGatewayServer.ts';
export * from './composeSupergraph.ts';
export * from './subgraphList.ts';
export * from './subscriptions/closeCodes.ts';
export * from './operationCost.ts';
