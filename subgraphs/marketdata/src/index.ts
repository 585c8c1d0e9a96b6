import { createPool } from '@nautilus/db';
import { runEngine } from '@nautilus/runtime';
import engine from '../engine.ts';
import { createMarketdataServer } from './server.ts';

runEngine(engine, {
  createPool,
  start: ({ pool, bus, clock, logger, internalSecret }) => createMarketdataServer({ pool, bus, clock, logger, internalSecret }),
});
