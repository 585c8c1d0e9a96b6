import { getSubgraphAddress, runService } from '@nautilus/runtime';
import engine from '../engine.ts';
import { readEngineTargets } from './service/readEngineTargets.ts';
import { createSystemServer } from './server.ts';

runService({
  name: engine.name,
  async start({ config, logger, clock, internalSecret }) {
    // The registry is read once: engines are folders, they do not come and go while the platform runs.
    const targets = await readEngineTargets();
    const server = createSystemServer({ engines: () => targets, clock, logger, internalSecret });
    await server.listen(getSubgraphAddress(engine.name, engine.defaultPort).port, config.NAUTILUS_HOST);
    return () => server.stop();
  },
});
