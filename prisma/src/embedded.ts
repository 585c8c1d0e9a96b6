// `@nautilus/db/embedded`: embedded PostgreSQL without the rest of the package,
// so a launcher can start the database before the Prisma client is generated.
export * from './spawnEmbeddedPostgres.ts';
export * from './postgresUserAccess.ts';
export type { EmbeddedPostgresHandle } from './embeddedPostgres.ts';
export { APPLICATION_ROLE } from './embeddedPostgres.ts';
export * from './grantApplicationRole.ts';
