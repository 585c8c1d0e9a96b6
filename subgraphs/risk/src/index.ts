import { createAccel } from '@nautilus/accel';
import { createPool } from '@nautilus/db';
import { getSubgraphAddress, runService } from '@nautilus/runtime';
import { RISK_DEFAULT_PORT, createRiskServer } from './server.ts';

runService({
  name: 'risk',
  async start({ config, logger, clock, databaseUrl, internalSecret, createBus }) {
    const pool = createPool({ connectionString: databaseUrl, max: 10, applicationName: 'risk', onError: (err) => logger.warn({ err }, 'database connection lost') });
    const bus = createBus();
    const accel = await createAccel();
    const server = createRiskServer({ pool, bus, clock, logger, internalSecret, accel });
    await server.listen(getSubgraphAddress('risk', RISK_DEFAULT_PORT).port, config.NAUTILUS_HOST);
    return async () => {
      await server.stop();
      await accel.close();
      await bus.close();
      await pool.end();
    };
  },
});
