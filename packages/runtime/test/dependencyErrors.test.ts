import { parse } from 'graphql';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, frozenServer } from '@nautilus/testing';
import { TestClock, createLogger, createSubgraphServer, isDatabaseUnavailable } from '../src/index.ts';

function serverOver(pool: pg.Pool) {
  return createSubgraphServer<{ pool: pg.Pool }>({
    name: 'probe',
    typeDefs: parse('type Query { count: Int! }'),
    resolvers: { Query: { count: async (_: unknown, __: unknown, { pool: p }: { pool: pg.Pool }) => (await p.query<{ n: number }>('SELECT 1 AS n')).rows[0]!.n } },
    internalSecret: 'x'.repeat(32),
    clock: new TestClock(0),
    logger: createLogger({ name: 'probe', level: 'silent' }),
    createContext: (request) => ({ ...request, pool }),
  });
}

describe('a database that is down or frozen', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('is SERVICE_UNAVAILABLE naming the database when nothing listens', async () => {
    const pool = new pg.Pool({ connectionString: `postgresql://nobody@127.0.0.1:${await freePort()}/none`, connectionTimeoutMillis: 2_000 });
    cleanup.push(() => pool.end());
    const response = await serverOver(pool).execute({ query: '{ count }' });
    const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
    expect(errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', dependency: 'database' });
    expect(errors?.[0]?.message).toMatch(/database is unavailable/);
  });

  it('fails within the pool\'s connect timeout (createPool sets one on every pool), not after the freeze, when the server does not answer', async () => {
    const frozen = await frozenServer();
    cleanup.push(frozen.close);
    const pool = new pg.Pool({ connectionString: `postgresql://nobody@127.0.0.1:${frozen.port}/none`, connectionTimeoutMillis: 300 });
    cleanup.push(() => pool.end());
    const started = Date.now();
    const response = await serverOver(pool).execute({ query: '{ count }' });
    const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
    expect(errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(10_000); // the connect timeout, not an endless wait
  });

  it('tells unavailability from a bad request by SQLSTATE, socket code and node-postgres message', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Query read timeout'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('x is not a function'))).toBe(false);
  });

  it('/ready says the database is unavailable without its address', async () => {
    const pool = new pg.Pool({ connectionString: `postgresql://nobody@127.0.0.1:${await freePort()}/none`, connectionTimeoutMillis: 2_000 });
    cleanup.push(() => pool.end());
    const server = createSubgraphServer<{ pool: pg.Pool }>({
      name: 'probe',
      typeDefs: parse('type Query { count: Int! }'),
      resolvers: { Query: { count: () => 1 } },
      internalSecret: 'x'.repeat(32),
      clock: new TestClock(0),
      logger: createLogger({ name: 'probe', level: 'silent' }),
      createContext: (request) => ({ ...request, pool }),
      checkReady: async () => {
        await pool.query('SELECT 1');
      },
    });
    const url = await server.listen(0);
    cleanup.push(() => server.stop());
    const response = await fetch(url.replace(/\/graphql$/, '/ready'));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'not ready', service: 'probe', reason: 'the database is unavailable' });
  });
});
