export * from './migrate.ts';
export * from './createDb.ts';
export * from './embeddedPostgres.ts';
export * from './embedded.ts';
export * from './testDatabase.ts';
export type { PrismaClient, Prisma } from '../generated/client.ts';
export type * from './rows.ts';
export * from './withTransaction.ts';
