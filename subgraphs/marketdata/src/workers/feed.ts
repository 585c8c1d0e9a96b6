import { createPool } from '@nautilus/db';
import { runService } from '@nautilus/runtime';
import { createSimulatorFeed } from './createSimulatorFeed.ts';

// The market feed process: the simulator on the live clock (the default feed
// when no data-source credentials exist).
runService({
  name: 'feed',
  async start({ config, logger, clock, databaseUrl, createBus }) {
    const pool = createPool({ connectionString: databaseUrl, max: 4, applicationName: 'feed', onError: (err) => logger.warn({ err }, 'database connection lost') });
    const bus = createBus();
    const simulator = await createSimulatorFeed({ pool, bus, clock, logger, seed: config.SIMULATOR_SEED, tickMs: config.SIMULATOR_TICK_MS });
    simulator.start();
    logger.info({ tickMs: config.SIMULATOR_TICK_MS }, 'market simulator publishing quotes');
    return async () => {
      await simulator.stop();
      await bus.close();
      await pool.end();
    };
  },
});
