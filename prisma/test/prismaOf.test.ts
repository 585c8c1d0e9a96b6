import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '@nautilus/runtime';
import { freePort, frozenServer, useTestDatabase } from '@nautilus/testing';
import { createPool, prismaOf } from '../src/index.ts';

/**
 * The Prisma client rides on an engine's own pool (prismaOf), so its errors
 * must be classified like the pool's: a database that is down, frozen or past
 * its statement limit is SERVICE_UNAVAILABLE at the subgraph, never an
 * internal error; a wrong request is not.
 */
describe('prismaOf', () => {
  const database = useTestDatabase();
  const cleanup: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('is one client per pool, over that pool', async () => {
    const pool = createPool({ connectionString: database.url, max: 2 });
    cleanup.push(() => pool.end());
    expect(prismaOf(pool)).toBe(prismaOf(pool));
    const other = createPool({ connectionString: database.url, max: 1 });
    cleanup.push(() => other.end());
    expect(prismaOf(other)).not.toBe(prismaOf(pool));
    const rows = await prismaOf(pool).$queryRawUnsafe<Array<{ application_name: string }>>('SELECT current_setting($1) AS application_name', 'application_name');
    expect(rows).toEqual([{ application_name: 'nautilus' }]);
    expect(await prismaOf(pool).riskLimit.count()).toBe(0);
  });

  it('reports a database that nothing answers as unavailable', async () => {
    const pool = new pg.Pool({ connectionString: `postgresql://nobody@127.0.0.1:${await freePort()}/none`, connectionTimeoutMillis: 2_000 });
    cleanup.push(() => pool.end());
    const error = await prismaOf(pool).riskLimit.findMany({ where: { id: { in: [1] } } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'P1001' });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('reports a frozen server (connect timeout) and a statement past its limit as unavailable', async () => {
    const frozen = await frozenServer();
    cleanup.push(frozen.close);
    const stuck = new pg.Pool({ connectionString: `postgresql://nobody@127.0.0.1:${frozen.port}/none`, connectionTimeoutMillis: 300 });
    cleanup.push(() => stuck.end());
    expect(isDatabaseUnavailable(await prismaOf(stuck).riskLimit.count().catch((e: unknown) => e))).toBe(true);

    const slow = createPool({ connectionString: database.url, max: 1, timeouts: { statementMs: 50 } });
    cleanup.push(() => slow.end());
    expect(isDatabaseUnavailable(await prismaOf(slow).$queryRawUnsafe('SELECT pg_sleep(1)').catch((e: unknown) => e))).toBe(true);
  });

  it('does not call a wrong request unavailable', async () => {
    const pool = createPool({ connectionString: database.url, max: 1 });
    cleanup.push(() => pool.end());
    const missing = await prismaOf(pool).riskLimit.update({ where: { id: 123_456 }, data: { active: false } }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'P2025' });
    expect(isDatabaseUnavailable(missing)).toBe(false);
  });
});
