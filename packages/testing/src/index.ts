export * from './useTestDatabase.ts';
export * from './disposeStack.ts';
