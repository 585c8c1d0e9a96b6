import pg from 'pg';
import { LiveClock, loadConfig } from '@nautilus/runtime';
import { seedMarketData } from '@nautilus/marketdata/seed';
import { seedPortfolios } from '@nautilus/portfolio/seed';
import { seedMarginAccounts } from '@nautilus/collateral/seed';

// `npm run db:seed`: the demo world (instruments, simulated history, a family office) when the database is empty.
const config = loadConfig();
if (!config.DATABASE_URL) {
  console.error('db:seed: set DATABASE_URL (npm start seeds its embedded database by itself)');
  process.exit(2);
}
const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 2 });
try {
  const result = await seedMarketData({ pool, clock: new LiveClock(), seed: config.SIMULATOR_SEED, onProgress: (m) => console.log(m) });
  console.log(result.seeded ? `seeded ${result.instruments} instruments, ${result.bars} bars` : `already seeded (${result.instruments} instruments): nothing written`);
  const books = await seedPortfolios({ pool, clock: new LiveClock(), seed: config.SIMULATOR_SEED });
  console.log(books.seeded ? `seeded ${books.entities} entities, ${books.portfolios} portfolios, ${books.trades} trades` : `portfolios: ${books.reason}`);
  const margin = await seedMarginAccounts({ pool, clock: new LiveClock() });
  console.log(margin.seeded ? `seeded ${margin.accounts} margin accounts` : `margin accounts: ${margin.reason}`);
} finally {
  await pool.end();
}
