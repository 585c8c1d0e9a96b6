import { readFile, writeFile } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS, SUPERGRAPH_PATH, type SubgraphDescriptor } from './subgraphList.ts';

/** Thrown when the subgraphs' SDL does not compose; the message lists every composition error. */
export class CompositionError extends Error {
  override name = 'CompositionError';
}

export interface ComposeSupergraphOptions {
  subgraphs?: readonly SubgraphDescriptor[];
  /** URL per subgraph name; defaults to http://127.0.0.1:<defaultPort>/graphql. */
  urls?: Record<string, string>;
}

/**
 * Composes the supergraph from each subgraph's SDL file with
 * `@apollo/composition` (no rover binary, no polling). Fails fast with the
 * composition errors.
 */
export async function composeSupergraph({ subgraphs = SUBGRAPHS, urls = {} }: ComposeSupergraphOptions = {}): Promise<string> {
  const services = await Promise.all(
    subgraphs.map(async (s) => ({
      name: s.name,
      url: urls[s.name] ?? `http://127.0.0.1:${s.defaultPort}/graphql`,
      typeDefs: parse(await readFile(s.sdlPath, 'utf8')),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new CompositionError(`supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

/**
 * Composes with the default URLs and writes `gateway/supergraph.graphql`, the
 * reviewable composed schema that codegen reads. Returns true when it changed.
 */
export async function writeSupergraph(path: string = SUPERGRAPH_PATH): Promise<boolean> {
  const sdl = await composeSupergraph();
  const previous = await readFile(path, 'utf8').catch(() => '');
  if (previous === sdl) return false;
  await writeFile(path, sdl);
  return true;
}
