import { expect } from 'vitest';
import type { SubgraphServer } from '@nautilus/runtime';

/** A single GraphQL result as tests read it. */
export interface GraphQLResult {
  data?: Record<string, any> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * `run` (the raw result) and `ok` (the data, asserting no errors) against a
 * subgraph server in-process. Takes a getter because servers are usually
 * built in `beforeAll`.
 */
export function subgraphCaller(server: () => Pick<SubgraphServer<object>, 'execute'>) {
  async function run(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
    const response = await server().execute({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as GraphQLResult;
  }
  async function ok(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
    const result = await run(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }
  return { run, ok };
}
