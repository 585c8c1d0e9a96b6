import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createAccel, type Accel } from '@nautilus/accel';
import { MemoryBus, TestClock, createLogger, type SubgraphServer } from '@nautilus/runtime';
import { useTestDatabase, subgraphCaller } from '@nautilus/testing';
import { createRiskServer } from '../src/server.ts';
import { parseRiskArgs } from '../src/domain/parseRiskArgs.ts';
import type { RiskContext } from '../src/context.ts';

const logger = createLogger({ name: 'risk-limits-test', level: 'silent' });

/** createRiskLimit checks that the portfolio exists in the transaction that writes the limit. */
describe('risk limits on portfolios', () => {
  const database = useTestDatabase();
  let pool: pg.Pool;
  let accel: Accel;
  let server: SubgraphServer<RiskContext>;
  const { run, ok } = subgraphCaller(() => server);
  const limitCount = async () => (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM risk.risk_limit')).rows[0]!.n;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database.url, max: 4 });
    accel = await createAccel({ backends: ['js'], calibrate: 'never' });
    server = createRiskServer({ pool, bus: new MemoryBus(), clock: new TestClock(Date.UTC(2026, 0, 5, 15, 0)), logger, internalSecret: 'x'.repeat(32), accel });
  });
  afterAll(async () => {
    await server?.stop();
    await accel?.close();
    await pool?.end();
  });

  it('refuses a limit on a portfolio that does not exist with NOT_FOUND naming input.portfolioId, writing nothing', async () => {
    const missing = await run(`mutation { createRiskLimit(input: { portfolioId: "424242", kind: VAR, threshold: 1 }) { id } }`);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.portfolioId' });
    expect(await limitCount()).toBe(0);
    const { rows } = await pool.query<{ id: number }>(`WITH e AS (INSERT INTO portfolio.entity (kind, name) VALUES ('person', 'Ada') RETURNING id)
      INSERT INTO portfolio.portfolio (entity_id, name) SELECT id, 'Core' FROM e RETURNING id`);
    const created = (await ok(`mutation($p: ID!) { createRiskLimit(input: { portfolioId: $p, kind: VAR, threshold: 1 }) { portfolioId kind } }`, { p: String(rows[0]!.id) })).createRiskLimit;
    expect(created).toEqual({ portfolioId: String(rows[0]!.id), kind: 'VAR' });
    expect(await limitCount()).toBe(1);
  });

  it('refuses a NUL byte or an over-long shock symbol, naming the shock, without echoing it', () => {
    const now = new Date(Date.UTC(2026, 0, 5, 15, 0));
    for (const symbol of ['A\u0000', 'S'.repeat(1_000_000)]) {
      expect(() => parseRiskArgs({ shocks: [{ symbol, return: -0.1 }] }, now)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'shocks[0].symbol' }) }));
    }
  });
});
