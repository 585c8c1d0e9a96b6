import { createAccel } from '@nautilus/accel';
import { createPool } from '@nautilus/db';
import { accelCalibrationPath, runEngine } from '@nautilus/runtime';
import engine from '../engine.ts';
import { createPortfolioServer } from './server.ts';

runEngine(engine, {
  createPool,
  async start({ config, pool, clock, logger, internalSecret, onStop }) {
    // Goal Monte Carlo runs on the router with the table `npm start` measured on this machine (loaded, never measured here).
    const accel = await createAccel({ calibrate: 'load', calibrationPath: accelCalibrationPath(config) });
    logger.info({ calibration: (await accel.status()).calibration.note }, 'accel router ready');
    onStop(() => accel.close());
    return createPortfolioServer({ pool, clock, logger, internalSecret, accel });
  },
});
