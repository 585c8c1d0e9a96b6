export * from './useTestDatabase.ts';
export * from './useTestDb.ts';
export * from './disposeStack.ts';
export * from './fixtures.ts';
export * from './subgraphCaller.ts';
export * from './gatewayPoster.ts';
export * from './network.ts';
