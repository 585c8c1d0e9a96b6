import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MARKETDATA_DEFAULT_PORT } from '@nautilus/marketdata/server';
import { PORTFOLIO_DEFAULT_PORT } from '@nautilus/portfolio/server';
import { RISK_DEFAULT_PORT } from '@nautilus/risk/server';
import { COLLATERAL_DEFAULT_PORT } from '@nautilus/collateral/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A subgraph of the graph: how to compose it, start it and feed its subscriptions. */
export interface SubgraphDescriptor {
  name: string;
  /** Absolute path of the subgraph's `schema.graphql`. */
  sdlPath: string;
  /** Default port (`<NAME>_PORT` overrides it); the composed file records this URL. */
  defaultPort: number;
  /** Process entry, relative to the repository root (`npm start` runs it). */
  entry: string;
  /** Module exporting `subscriptions: SubscriptionSpec[]`, when the subgraph declares any. */
  subscriptionsModule?: string;
}

/** Every engine in the graph. Adding an engine = one line here + its folder. */
export const SUBGRAPHS: readonly SubgraphDescriptor[] = [
  {
    name: 'marketdata',
    sdlPath: path.join(root, 'subgraphs/marketdata/schema.graphql'),
    defaultPort: MARKETDATA_DEFAULT_PORT,
    entry: 'subgraphs/marketdata/src/index.ts',
    subscriptionsModule: '@nautilus/marketdata/subscriptions',
  },
  {
    name: 'portfolio',
    sdlPath: path.join(root, 'subgraphs/portfolio/schema.graphql'),
    defaultPort: PORTFOLIO_DEFAULT_PORT,
    entry: 'subgraphs/portfolio/src/index.ts',
  },
  {
    name: 'risk',
    sdlPath: path.join(root, 'subgraphs/risk/schema.graphql'),
    defaultPort: RISK_DEFAULT_PORT,
    entry: 'subgraphs/risk/src/index.ts',
    subscriptionsModule: '@nautilus/risk/subscriptions',
  },
  {
    name: 'collateral',
    sdlPath: path.join(root, 'subgraphs/collateral/schema.graphql'),
    defaultPort: COLLATERAL_DEFAULT_PORT,
    entry: 'subgraphs/collateral/src/index.ts',
    subscriptionsModule: '@nautilus/collateral/subscriptions',
  },
];

export const SUPERGRAPH_PATH = path.join(root, 'gateway/supergraph.graphql');
