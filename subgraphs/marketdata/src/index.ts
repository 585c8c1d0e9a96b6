import { createPool } from '@nautilus/db';
import { runService } from '@nautilus/runtime';
import { createMarketdataServer } from './server.ts';

runService({
  name: 'marketdata',
  async start({ config, logger, clock, databaseUrl, internalSecret, createBus }) {
    const pool = createPool({ connectionString: databaseUrl, max: 10, applicationName: 'marketdata', onError: (err) => logger.warn({ err }, 'database connection lost') });
    const bus = createBus();
    const server = await createMarketdataServer({ pool, bus, clock, logger, internalSecret });
    await server.listen(config.MARKETDATA_PORT, config.NAUTILUS_HOST);
    return async () => {
      await server.stop();
      await bus.close();
      await pool.end();
    };
  },
});
