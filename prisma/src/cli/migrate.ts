import { loadConfig } from '@nautilus/runtime';
import { migrate } from '../migrate.ts';

// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL.
const { DATABASE_URL } = loadConfig();
if (!DATABASE_URL) {
  console.error('db:migrate: set DATABASE_URL (npm start migrates its embedded database by itself)');
  process.exit(2);
}
const result = await migrate({
  connectionString: DATABASE_URL,
  onApplied: (id, millis) => console.log(`applied ${id} (${millis} ms)`),
});
console.log(`migrations: ${result.applied.length} applied, ${result.alreadyApplied.length} already applied`);
