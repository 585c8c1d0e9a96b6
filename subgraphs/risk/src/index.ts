import { createAccel } from '@nautilus/accel';
import { createPool } from '@nautilus/db';
import { runEngine } from '@nautilus/runtime';
import engine from '../engine.ts';
import { createRiskServer } from './server.ts';

runEngine(engine, {
  createPool,
  async start({ pool, bus, clock, logger, internalSecret, onStop }) {
    const accel = await createAccel();
    onStop(() => accel.close());
    return createRiskServer({ pool, bus, clock, logger, internalSecret, accel });
  },
});
