import { createPool } from '@nautilus/db';
import { getSubgraphAddress, runService } from '@nautilus/runtime';
import { MARKETDATA_DEFAULT_PORT, createMarketdataServer } from './server.ts';

runService({
  name: 'marketdata',
  async start({ config, logger, clock, databaseUrl, internalSecret, createBus }) {
    const pool = createPool({ connectionString: databaseUrl, max: 10, applicationName: 'marketdata', onError: (err) => logger.warn({ err }, 'database connection lost') });
    const bus = createBus();
    const server = await createMarketdataServer({ pool, bus, clock, logger, internalSecret });
    await server.listen(getSubgraphAddress('marketdata', MARKETDATA_DEFAULT_PORT).port, config.NAUTILUS_HOST);
    return async () => {
      await server.stop();
      await bus.close();
      await pool.end();
    };
  },
});
