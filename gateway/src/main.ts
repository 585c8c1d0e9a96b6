import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSubgraphAddress, loadOrCreateSecret, runService } from '@nautilus/runtime';
import { createGatewayServer } from './createGatewayServer.ts';
import { writeSupergraph } from './composeSupergraph.ts';
import { SUBGRAPHS, loadSubscriptions } from './subgraphList.ts';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

runService({
  name: 'gateway',
  async start({ config, logger, clock, internalSecret, createBus }) {
    await writeSupergraph();
    const apiToken = config.NAUTILUS_API_TOKEN ?? (await loadOrCreateSecret({ dir: config.NAUTILUS_DATA_DIR, file: 'api-token', bytes: 24 })).value;
    const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, getSubgraphAddress(s.name, s.defaultPort).url]));
    const subscriptions = await loadSubscriptions();
    const bus = createBus();
    const gateway = await createGatewayServer({
      subgraphUrls,
      apiToken,
      internalSecret,
      bus,
      clock,
      logger,
      subscriptions,
      sandbox: config.NAUTILUS_ENABLE_SANDBOX ?? config.NODE_ENV !== 'production',
      allowedOrigins: config.NAUTILUS_ALLOWED_ORIGINS,
      staticDir: webDist,
    });
    const { url } = await gateway.listen(config.PORT, config.GATEWAY_HOST);
    logger.info({ url }, 'gateway listening');
    return async () => {
      await gateway.stop();
      await bus.close();
    };
  },
});
