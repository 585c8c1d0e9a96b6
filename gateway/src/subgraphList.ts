import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A subgraph the gateway composes: its name, SDL file and default port. */
export interface SubgraphDescriptor {
  name: string;
  /** Absolute path of the subgraph's `schema.graphql`. */
  sdlPath: string;
  /** Port the launcher gives it by default (the composed file records this URL). */
  defaultPort: number;
}

/** Every engine in the graph. Adding an engine = one line here + its folder. */
export const SUBGRAPHS: readonly SubgraphDescriptor[] = [
  { name: 'marketdata', sdlPath: path.join(root, 'subgraphs/marketdata/schema.graphql'), defaultPort: 4101 },
];

export const SUPERGRAPH_PATH = path.join(root, 'gateway/supergraph.graphql');
