export * from './bus.ts';
export * from './topics.ts';
export * from './memoryBus.ts';
export * from './postgresBus.ts';
export * from './redisBus.ts';
export * from './createBus.ts';
export * from './busSeal.ts';
