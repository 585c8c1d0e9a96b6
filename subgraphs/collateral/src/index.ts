import { createAccel } from '@nautilus/accel';
import { createPool } from '@nautilus/db';
import { accelCalibrationPath, runEngine } from '@nautilus/runtime';
import engine from '../engine.ts';
import { MarginMonitor } from './workers/MarginMonitor.ts';
import { createCollateralServer } from './server.ts';

runEngine(engine, {
  createPool,
  async start({ config, pool, bus, clock, logger, internalSecret, onStop }) {
    // Call predictions run on the router with the table `npm start` measured on this machine (loaded, never measured here).
    const accel = await createAccel({ calibrate: 'load', calibrationPath: accelCalibrationPath(config) });
    logger.info({ calibration: (await accel.status()).calibration.note }, 'accel router ready');
    onStop(() => accel.close());
    const monitor = new MarginMonitor({ pool, bus, clock, accel, logger: logger.child({ component: 'margin-monitor' }) });
    await monitor.start();
    onStop(() => monitor.stop());
    return createCollateralServer({ pool, bus, clock, logger, internalSecret, monitor });
  },
});
