import { createPool } from '@nautilus/db';
import { getSubgraphAddress, runService } from '@nautilus/runtime';
import { MarginMonitor } from './monitor/MarginMonitor.ts';
import { COLLATERAL_DEFAULT_PORT, createCollateralServer } from './server.ts';

runService({
  name: 'collateral',
  async start({ config, logger, clock, databaseUrl, internalSecret, createBus }) {
    const pool = createPool({ connectionString: databaseUrl, max: 10, applicationName: 'collateral', onError: (err) => logger.warn({ err }, 'database connection lost') });
    const bus = createBus();
    const monitor = new MarginMonitor({ pool, bus, clock, logger: logger.child({ component: 'margin-monitor' }) });
    await monitor.start();
    const server = createCollateralServer({ pool, bus, clock, logger, internalSecret, monitor });
    await server.listen(getSubgraphAddress('collateral', COLLATERAL_DEFAULT_PORT).port, config.NAUTILUS_HOST);
    return async () => {
      await server.stop();
      await monitor.stop();
      await bus.close();
      await pool.end();
    };
  },
});
