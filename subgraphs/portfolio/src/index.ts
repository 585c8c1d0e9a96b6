import { createPool } from '@nautilus/db';
import { runEngine } from '@nautilus/runtime';
import engine from '../engine.ts';
import { createPortfolioServer } from './server.ts';

runEngine(engine, {
  createPool,
  start: ({ pool, clock, logger, internalSecret }) => createPortfolioServer({ pool, clock, logger, internalSecret }),
});
