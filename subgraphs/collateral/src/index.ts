import { createPool } from '@nautilus/db';
import { runEngine } from '@nautilus/runtime';
import engine from '../engine.ts';
import { MarginMonitor } from './workers/MarginMonitor.ts';
import { createCollateralServer } from './server.ts';

runEngine(engine, {
  createPool,
  async start({ pool, bus, clock, logger, internalSecret, onStop }) {
    const monitor = new MarginMonitor({ pool, bus, clock, logger: logger.child({ component: 'margin-monitor' }) });
    await monitor.start();
    onStop(() => monitor.stop());
    return createCollateralServer({ pool, bus, clock, logger, internalSecret, monitor });
  },
});
