import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GraphQLResolveInfo } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { TestClock, createLogger, defineSubgraph, metricsAuthorization, metricsToken, signRequest, type RequestInfo, type SubgraphDeps } from '../src/index.ts';

/** An engine folder of its own: the manifest names the SDL, relative to the folder. */
const dir = mkdtempSync(path.join(tmpdir(), 'nautilus-define-subgraph-'));
writeFileSync(
  path.join(dir, 'greeter.graphql'),
  `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
   type Query { greeting: String! requestNumber: Int! }`,
);
const engine = { name: 'greeter', defaultPort: 4991, schema: 'greeter.graphql' };
const secret = 's'.repeat(48);

interface GreeterContext extends RequestInfo {
  salutation: string;
  requestNumber: number;
}

/** What codegen generates, in miniature: a typed map with an index signature (`useIndexSignature`). */
type Resolver<TContext> = (parent: unknown, args: Record<string, never>, context: TContext, info: GraphQLResolveInfo) => unknown;
type GreeterResolvers<TContext = GreeterContext> = { Query?: { greeting?: Resolver<TContext>; requestNumber?: Resolver<TContext> } & Record<string, any> } & Record<string, any>;

const resolvers: GreeterResolvers = {
  Query: {
    greeting: (_parent, _args, context) => `${context.salutation}, ${context.user}`,
    requestNumber: (_parent, _args, context) => context.requestNumber,
  },
};

interface GreeterDeps extends SubgraphDeps {
  salutation: string;
}

let requests = 0;
const createGreeterServer = defineSubgraph({
  engine,
  dir: pathToFileURL(`${dir}/`),
  createContext: ({ salutation }: GreeterDeps) => ({ salutation, requestNumber: ++requests }),
  resolvers,
  checkReady: async ({ salutation }) => {
    if (salutation === 'mute') throw new Error('the greeter lost its voice');
  },
});

function deps(overrides: Partial<GreeterDeps> = {}): GreeterDeps {
  return {
    pool: { query: async () => ({ rows: [] }) },
    clock: new TestClock(),
    logger: createLogger({ name: 'test', level: 'silent' }),
    internalSecret: secret,
    salutation: 'hello',
    ...overrides,
  };
}

describe('defineSubgraph', () => {
  const stops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const stop of stops) await stop();
  });

  it("serves the manifest's SDL with a fresh context per request: the request's identity plus what createContext returns", async () => {
    const server = createGreeterServer(deps());
    stops.push(() => server.stop());
    const first = await server.execute({ query: '{ greeting requestNumber }' }, { user: 'ann' });
    const second = await server.execute({ query: '{ requestNumber }' }, { user: 'bob' });
    expect(first.body.kind === 'single' && first.body.singleResult).toMatchObject({ data: { greeting: 'hello, ann', requestNumber: 1 } });
    expect(second.body.kind === 'single' && second.body.singleResult).toMatchObject({ data: { requestNumber: 2 } });
  });

  it('answers /ready from the pool, then checkReady; health and the signature check stay the subgraph server’s', async () => {
    let down = false;
    const pool = {
      query: async (sql: string) => {
        expect(sql).toBe('SELECT 1');
        if (down) throw new Error('connection refused');
      },
    };
    const clock = new TestClock();
    const server = createGreeterServer(deps({ pool, clock }));
    stops.push(() => server.stop());
    const url = await server.listen(0);
    const base = url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready', service: 'greeter' });
    down = true;
    const notReady = await fetch(`${base}/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'not ready', service: 'greeter', reason: 'connection refused' });
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok', service: 'greeter' });

    const body = JSON.stringify({ query: '{ greeting }' });
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(403);
    const signed = signRequest({ secret, body, timestamp: clock.now(), user: 'cy', requestId: 'r1' });
    const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signed }, body });
    expect(await answer.json()).toEqual({ data: { greeting: 'hello, cy' } });
  });

  it("reports the engine's own readiness check", async () => {
    const server = createGreeterServer(deps({ salutation: 'mute' }));
    stops.push(() => server.stop());
    const base = (await server.listen(0)).replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/ready`)).json()).toMatchObject({ status: 'not ready', reason: 'the greeter lost its voice' });
  });

  it('answers /metrics and /status only to the bearer of the metrics token (derived from the internal secret)', async () => {
    const server = createGreeterServer(deps());
    stops.push(() => server.stop());
    const base = (await server.listen(0)).replace(/\/graphql$/, '');
    for (const route of ['/metrics', '/status']) {
      const anonymous = await fetch(`${base}${route}`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await fetch(`${base}${route}`, { headers: metricsAuthorization('x'.repeat(64)) })).status).toBe(401);
      // The API token of the gateway or the internal secret itself are not the metrics token either.
      expect((await fetch(`${base}${route}`, { headers: metricsAuthorization(secret) })).status).toBe(401);
      const scraped = await fetch(`${base}${route}`, { headers: metricsAuthorization(metricsToken(secret)) });
      expect(scraped.status).toBe(200);
    }
    expect(await (await fetch(`${base}/metrics`, { headers: metricsAuthorization(metricsToken(secret)) })).text()).toMatch(/^graphql_requests_total|# HELP/m);
    // Probes stay open.
    expect((await fetch(`${base}/health`)).status).toBe(200);
    // NAUTILUS_METRICS_TOKEN replaces the derived token.
    expect(metricsToken(secret, 'configured-token-0123456789')).toBe('configured-token-0123456789');
    expect(metricsToken(secret)).not.toBe(metricsToken('t'.repeat(48)));
  });

  it('refuses, at compile time, resolvers typed for another context', () => {
    const factory = defineSubgraph({
      engine,
      dir: pathToFileURL(`${dir}/`),
      createContext: (_deps: SubgraphDeps) => ({ salutation: 'hi' }),
      // @ts-expect-error: the resolvers need `requestNumber`, which this context lacks
      resolvers,
    });
    const matching = defineSubgraph({
      engine,
      dir: pathToFileURL(`${dir}/`),
      createContext: (_deps: SubgraphDeps) => ({ salutation: 'hi', requestNumber: 0, extra: true }),
      resolvers,
    });
    expect([typeof factory, typeof matching]).toEqual(['function', 'function']);
  });
});
