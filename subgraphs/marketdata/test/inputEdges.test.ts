import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { MemoryBus, TestClock, createLogger, type SubgraphServer } from '@nautilus/runtime';
import { useTestDatabase, subgraphCaller, type GraphQLResult } from '@nautilus/testing';
import { createMarketdataServer } from '../src/server.ts';
import type { MarketdataContext } from '../src/context.ts';

const logger = createLogger({ name: 'marketdata-input-edges-test', level: 'silent' });

/** Input edges: a NUL byte (which PostgreSQL refuses in text) or a megabyte symbol is BAD_USER_INPUT naming the field, not INTERNAL_SERVER_ERROR. */
describe('marketdata input edges', () => {
  const database = useTestDatabase();
  let pool: pg.Pool;
  let server: SubgraphServer<MarketdataContext>;
  const { run } = subgraphCaller(() => server);
  const expectBadInput = (result: GraphQLResult, field: string) => {
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0]!.message.length).toBeLessThan(300);
  };

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database.url, max: 4 });
    await pool.query(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('AAA', 'Alpha Inc', 'equity', 'USD', 'XNAS')`);
    server = await createMarketdataServer({ pool, bus: new MemoryBus(), clock: new TestClock(), logger, internalSecret: 'x'.repeat(32) });
  });
  afterAll(async () => {
    await server?.stop();
    await pool?.end();
  });

  it('refuses a NUL byte or an over-long symbol in ingestBars, writing nothing', async () => {
    const bar = { interval: 'D1', ts: '2025-01-02T00:00:00Z', open: 1, high: 1, low: 1, close: 1, volume: 1 };
    const ingest = (symbol: string) => run(`mutation($b: [BarInput!]!) { ingestBars(input: { bars: $b }) { written } }`, { b: [{ ...bar, symbol: 'AAA' }, { ...bar, symbol }] });
    expectBadInput(await ingest('AAA\u0000'), 'input.bars[1].symbol');
    expectBadInput(await ingest('S'.repeat(1_000_000)), 'input.bars[1].symbol');
    expect((await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM marketdata.bar')).rows[0]!.n).toBe(0);
  });

  it('refuses a NUL byte in query text arguments', async () => {
    expectBadInput(await run(`query { instruments(filter: { search: "a\\u0000" }) { totalCount } }`), 'filter.search');
    expectBadInput(await run(`query { instrument(symbol: "A\\u0000") { id } }`), 'symbol');
    expectBadInput(await run(`query { latestQuote(symbol: "A\\u0000") { last } }`), 'symbol');
  });
});
