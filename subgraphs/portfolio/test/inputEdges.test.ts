import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { TestClock, createLogger, type SubgraphServer } from '@nautilus/runtime';
import { useTestDatabase, subgraphCaller, type GraphQLResult } from '@nautilus/testing';
import { createPortfolioServer } from '../src/server.ts';
import type { PortfolioContext } from '../src/context.ts';

const logger = createLogger({ name: 'portfolio-input-edges-test', level: 'silent' });

/** Input edges: text PostgreSQL refuses (NUL), lengths without a cap, values echoed in full, Monte Carlo arguments out of range. */
describe('portfolio input edges', () => {
  const database = useTestDatabase();
  let pool: pg.Pool;
  let server: SubgraphServer<PortfolioContext>;
  const { run, ok } = subgraphCaller(() => server);
  let entityId: string;
  let portfolioId: string;
  let goalId: string;

  const rows = async () =>
    (await pool.query<{ n: number }>('SELECT (SELECT count(*) FROM portfolio.entity) + (SELECT count(*) FROM portfolio.portfolio) + (SELECT count(*) FROM portfolio.goal) + (SELECT count(*) FROM portfolio.trade) AS n')).rows[0]!.n;
  const expectBadInput = (result: GraphQLResult, field: string) => {
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0]!.message.length).toBeLessThan(300);
  };

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database.url, max: 4 });
    await pool.query(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('AAA', 'Alpha Inc', 'equity', 'USD', 'XNAS')`);
    server = createPortfolioServer({ pool, clock: new TestClock(Date.UTC(2026, 0, 5, 15, 0)), logger, internalSecret: 'x'.repeat(32) });
    entityId = (await ok(`mutation { createEntity(input: { kind: PERSON, name: "Ada" }) { id } }`)).createEntity.id;
    portfolioId = (await ok(`mutation($i: CreatePortfolioInput!) { createPortfolio(input: $i) { id } }`, { i: { entityId, name: 'Core' } })).createPortfolio.id;
    goalId = (await ok(`mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`, { i: { entityId, name: 'House', targetAmount: 1000, targetDate: '2030-01-01T00:00:00Z', portfolioIds: [portfolioId] } })).createGoal.id;
  });
  afterAll(async () => {
    await server?.stop();
    await pool?.end();
  });

  it('refuses a NUL byte in any text input with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const before = await rows();
    expectBadInput(await run(`mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }`, { i: { kind: 'PERSON', name: 'A\u0000da' } }), 'input.name');
    expectBadInput(await run(`mutation($i: CreatePortfolioInput!) { createPortfolio(input: $i) { id } }`, { i: { entityId, name: 'N\u0000' } }), 'input.name');
    expectBadInput(await run(`mutation($i: CreatePortfolioInput!) { createPortfolio(input: $i) { id } }`, { i: { entityId, name: 'S', strategy: 'x\u0000' } }), 'input.strategy');
    expectBadInput(await run(`mutation($i: CreatePortfolioInput!) { createPortfolio(input: $i) { id } }`, { i: { entityId, name: 'B', benchmarkSymbol: 'A\u0000' } }), 'input.benchmarkSymbol');
    expectBadInput(await run(`mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`, { i: { entityId, name: 'G\u0000', targetAmount: 1, targetDate: '2030-01-01T00:00:00Z', portfolioIds: [portfolioId] } }), 'input.name');
    expectBadInput(await run(`mutation($i: RecordTradesInput!) { recordTrades(input: $i) { id } }`, {
      i: { portfolioId, trades: [{ symbol: 'AAA\u0000', side: 'BUY', quantity: 1, price: 1, ts: '2025-06-01T15:00:00Z' }] },
    }), 'input.trades[0].symbol');
    expectBadInput(await run(`mutation($t: [TargetWeight!]!) { proposeRebalance(portfolioId: "${portfolioId}", targets: $t) { trades { symbol } } }`, { t: [{ symbol: '\u0000', weight: 0.5 }] }), 'targets[0].symbol');
    expectBadInput(await run(`query { portfolios(filter: { search: "a\\u0000" }) { totalCount } }`), 'filter.search');
    expect(await rows()).toBe(before);
  });

  it('caps names at 200 characters and never echoes more than 80 characters of a value', async () => {
    const before = await rows();
    const huge = 'N'.repeat(1_000_000);
    const entity = await run(`mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }`, { i: { kind: 'PERSON', name: huge } });
    expectBadInput(entity, 'input.name');
    expect(entity.errors![0]!.message).toBe('input.name: must be at most 200 characters, got 1000000');
    expectBadInput(await run(`mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`, { i: { entityId, name: huge, targetAmount: 1, targetDate: '2030-01-01T00:00:00Z', portfolioIds: [portfolioId] } }), 'input.name');
    expectBadInput(await run(`mutation($i: CreatePortfolioInput!) { createPortfolio(input: $i) { id } }`, { i: { entityId: huge, name: 'X' } }), 'input.entityId');
    expectBadInput(await run(`mutation($i: CreatePortfolioInput!) { createPortfolio(input: $i) { id } }`, { i: { entityId, name: 'X', baseCurrency: huge } }), 'input.baseCurrency');
    expect(await rows()).toBe(before);
  });

  it('refuses goal.progress paths and seed out of range, naming the argument and the range', async () => {
    const progress = (args: string) => run(`query { goal(id: "${goalId}") { progress(${args}) { probabilityOfReaching } } }`);
    const negative = await progress('paths: -5');
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paths' });
    expect(negative.errors![0]!.message).toBe('paths: must be an integer from 1000 to 1000000, got -5');
    expect((await progress('paths: 5000000')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paths' });
    expect((await progress('seed: -1')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seed' });
    expect((await ok(`query { goal(id: "${goalId}") { progress(paths: 1000, seed: 0) { paths } } }`)).goal.progress.paths).toBe(1000);
  });

  it('refuses a trade dated in the future (a year ahead), and one in 9999 or before 1900 at the DateTime scalar, writing nothing', async () => {
    const before = await rows();
    const trade = (ts: string) => run(`mutation($i: RecordTradesInput!) { recordTrades(input: $i) { id } }`, { i: { portfolioId, trades: [{ symbol: 'AAA', side: 'BUY', quantity: 1, price: 1, ts }] } });
    const ahead = await trade('2027-01-05T15:00:00Z'); // the clock is 2026-01-05
    expectBadInput(ahead, 'input.trades[0].ts');
    expect(ahead.errors![0]!.message).toMatch(/must not be in the future/);
    for (const ts of ['9999-01-01T00:00:00Z', '1899-06-01T00:00:00Z', '2026-02-30T00:00:00Z']) {
      expect((await trade(ts)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await rows()).toBe(before);
    // A trade a minute ahead (clock skew) is fine.
    expect((await trade('2026-01-05T15:01:00Z')).errors).toBeUndefined();
  });
});
