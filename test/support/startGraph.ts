import { createGatewayServer, type CreateGatewayServerOptions, type GatewayServer } from '@nautilus/gateway';
import type { DisposeStack } from '@nautilus/testing';

/** A subgraph server as the e2e tests create them (`create…Server`), not yet listening. */
export interface SubgraphServer {
  listen(port: number): Promise<string>;
  stop(): unknown;
}

export interface StartedGraph {
  gateway: GatewayServer;
  /** The gateway's HTTP endpoint (`…/graphql`). */
  url: string;
  wsUrl: string;
  /** Each subgraph's URL by name, as handed to the gateway. */
  subgraphUrls: Record<string, string>;
}

/**
 * Starts the given subgraph servers on free ports, then a gateway over them with `options`, all in
 * this process; everything stops with `stack`. Each test builds its own servers and gateway options
 * (pools, buses, subscriptions, static files), so only the wiring is shared here.
 */
export async function startGraph(
  stack: DisposeStack,
  subgraphs: Readonly<Record<string, SubgraphServer>>,
  options: Omit<CreateGatewayServerOptions, 'subgraphUrls'>,
): Promise<StartedGraph> {
  const subgraphUrls: Record<string, string> = {};
  for (const [name, server] of Object.entries(subgraphs)) {
    subgraphUrls[name] = await server.listen(0);
    stack.defer(() => server.stop());
  }
  const gateway = await createGatewayServer({ ...options, subgraphUrls });
  const { url, wsUrl } = await gateway.listen(0);
  stack.defer(() => gateway.stop());
  return { gateway, url, wsUrl, subgraphUrls };
}
