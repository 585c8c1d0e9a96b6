import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngines, type RegisteredEngine, type SubscriptionSpec } from '@nautilus/runtime';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What composition needs of a subgraph: its name, SDL file and default port. */
export interface SubgraphDescriptor {
  name: string;
  /** Absolute path of the subgraph's `schema.graphql`. */
  sdlPath: string;
  /** Default port (`<NAME>_PORT` overrides it); the composed file records this URL. */
  defaultPort: number;
}

/**
 * Every engine in the graph, from the registry of manifests
 * (`subgraphs/<name>/engine.ts`): the gateway imports no engine's code, only
 * the manifests, which are data. Adding an engine is adding its folder.
 */
export const SUBGRAPHS: readonly RegisteredEngine[] = await loadEngines();

export const SUPERGRAPH_PATH = path.join(root, 'gateway/supergraph.graphql');

/**
 * The subscription specs the engines serve: each manifest's
 * `subscriptions.module`, checked against the fields and topics the manifest
 * declares (a mismatch fails the gateway's start, not a client's subscription).
 */
export async function loadSubscriptions(engines: readonly RegisteredEngine[] = SUBGRAPHS): Promise<SubscriptionSpec[]> {
  const specs: SubscriptionSpec[] = [];
  for (const engine of engines) {
    if (!engine.subscriptions) continue;
    const module = path.join(engine.dir, engine.subscriptions.module);
    const loaded = ((await import(module)) as { subscriptions?: SubscriptionSpec[] }).subscriptions;
    if (!Array.isArray(loaded)) throw new Error(`${module} must export \`subscriptions: SubscriptionSpec[]\` (engine ${engine.name})`);
    const declared = engine.subscriptions.fields.map((f) => `${f.field}@${f.topic}`).sort();
    const served = loaded.map((s) => `${s.field}@${s.topic}`).sort();
    if (declared.join() !== served.join()) {
      throw new Error(`engine ${engine.name}: engine.ts declares subscriptions [${declared.join(', ')}] but ${engine.subscriptions.module} serves [${served.join(', ')}]`);
    }
    specs.push(...loaded);
  }
  return specs;
}
