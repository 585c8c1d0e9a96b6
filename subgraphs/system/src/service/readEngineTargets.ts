import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getSubgraphAddress } from '@nautilus/runtime';
import { loadEngines } from '@nautilus/runtime/engine';
import type { EngineTarget } from './pollEngines.ts';

/**
 * Every engine of the registry (subgraphs/<name>/engine.ts), at the URL the
 * gateway calls it (`<NAME>_URL`, else NAUTILUS_HOST and `<NAME>_PORT`), with
 * the version of its package.json.
 */
export async function readEngineTargets(env?: Record<string, string | undefined>): Promise<EngineTarget[]> {
  const engines = await loadEngines();
  return Promise.all(
    engines.map(async (engine) => ({
      name: engine.name,
      title: engine.title,
      description: engine.description,
      url: getSubgraphAddress(engine.name, engine.defaultPort, env).url,
      version: await readFile(path.join(engine.dir, 'package.json'), 'utf8').then(
        (text) => {
          const version = (JSON.parse(text) as { version?: unknown }).version;
          return typeof version === 'string' ? version : null;
        },
        () => null,
      ),
    })),
  );
}
