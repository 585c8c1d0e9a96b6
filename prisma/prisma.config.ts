import { defineConfig } from 'prisma/config';

// Prisma 7 reads the datasource URL from here, not from schema.prisma. The
// CLI is only used for `prisma generate`; migrations are our SQL files applied
// by src/migrate.ts, so a placeholder URL is fine when DATABASE_URL is unset.
export default defineConfig({
  schema: './schema.prisma',
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/nautilus' },
});
