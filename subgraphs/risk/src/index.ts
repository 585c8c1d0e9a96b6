import { createAccel } from '@nautilus/accel';
import { createPool } from '@nautilus/db';
import { accelCalibrationPath, runEngine } from '@nautilus/runtime';
import engine from '../engine.ts';
import { createRiskServer } from './server.ts';

runEngine(engine, {
  createPool,
  async start({ config, pool, bus, clock, logger, internalSecret, onStop }) {
    // The table `npm start` measured on this machine (never measured here: engines only load it).
    const accel = await createAccel({ calibrate: 'load', calibrationPath: accelCalibrationPath(config) });
    logger.info({ calibration: (await accel.status()).calibration.note }, 'accel router ready');
    onStop(() => accel.close());
    return createRiskServer({ pool, bus, clock, logger, internalSecret, accel });
  },
});
