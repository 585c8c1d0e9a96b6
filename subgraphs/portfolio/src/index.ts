import { createPool } from '@nautilus/db';
import { getSubgraphAddress, runService } from '@nautilus/runtime';
import { PORTFOLIO_DEFAULT_PORT, createPortfolioServer } from './server.ts';

runService({
  name: 'portfolio',
  async start({ config, logger, clock, databaseUrl, internalSecret }) {
    const pool = createPool({ connectionString: databaseUrl, max: 10, applicationName: 'portfolio', onError: (err) => logger.warn({ err }, 'database connection lost') });
    const server = createPortfolioServer({ pool, clock, logger, internalSecret });
    await server.listen(getSubgraphAddress('portfolio', PORTFOLIO_DEFAULT_PORT).port, config.NAUTILUS_HOST);
    return async () => {
      await server.stop();
      await pool.end();
    };
  },
});
