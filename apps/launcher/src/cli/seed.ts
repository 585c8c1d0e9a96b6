import pg from 'pg';
import { LiveClock, loadConfig, loadEngines } from '@nautilus/runtime';
import { seedEngines } from '../seedEngines.ts';

// `npm run db:seed`: every engine's part of the demo world (from its manifest) when the database is empty.
const config = loadConfig();
if (!config.DATABASE_URL) {
  console.error('db:seed: set DATABASE_URL (npm start seeds its embedded database by itself)');
  process.exit(2);
}
const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 2 });
try {
  await seedEngines({ engines: await loadEngines(), pool, clock: new LiveClock(), seed: config.SIMULATOR_SEED, say: (line) => console.log(line) });
} finally {
  await pool.end();
}
