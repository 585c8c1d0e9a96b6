import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { TestClock, createLogger, type SubgraphServer } from '@nautilus/runtime';
import { useTestDatabase, subgraphCaller } from '@nautilus/testing';
import { createPortfolioServer } from '../src/server.ts';
import type { PortfolioContext } from '../src/context.ts';

/**
 * recordTrades with external ids (how another engine, e.g. strategy's paper fills, records trades
 * through portfolio's own write path): a retried call with the same key writes nothing new and
 * answers the stored trade; a repeated key inside one call is refused naming the field.
 */
describe('recordTrades: external ids make a retry idempotent', () => {
  const database = useTestDatabase();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 15, 0));
  let pool: pg.Pool;
  let server: SubgraphServer<PortfolioContext>;
  let portfolioId: string;
  const { run, ok } = subgraphCaller(() => server);
  const record = (trades: unknown[]) =>
    run(`mutation($i: RecordTradesInput!) { recordTrades(input: $i) { id symbol quantity externalId } }`, { i: { portfolioId, trades } });
  const trade = (externalId: string | null, quantity = 5) => ({ symbol: 'AAA', side: 'BUY', quantity, price: 10, ts: '2026-01-05T14:00:00Z', externalId });
  const counts = async () => (await pool.query<{ t: number; c: number }>('SELECT (SELECT count(*) FROM portfolio.trade)::int AS t, (SELECT count(*) FROM portfolio.cash_entry)::int AS c')).rows[0]!;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
    await pool.query(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('AAA', 'Alpha', 'equity', 'USD', 'XNAS')`);
    server = createPortfolioServer({ pool, clock, logger: createLogger({ name: 't', level: 'silent' }), internalSecret: 'x'.repeat(32) });
    const entity = (await ok(`mutation { createEntity(input: { kind: PERSON, name: "E" }) { id } }`)).createEntity.id as string;
    portfolioId = (await ok(`mutation($e: ID!) { createPortfolio(input: { entityId: $e, name: "P" }) { id } }`, { e: entity })).createPortfolio.id as string;
  });
  afterAll(async () => {
    await server?.stop();
    await pool?.end();
  });

  it('writes a keyed trade once, however often it is sent', async () => {
    const first = await record([trade('strategy-fill:1')]);
    expect(first.errors).toBeUndefined();
    const before = await counts();
    const again = await record([trade('strategy-fill:1'), trade('strategy-fill:2', 3), trade(null, 1)]);
    expect(again.errors).toBeUndefined();
    expect(again.data!.recordTrades[0]).toEqual(first.data!.recordTrades[0]);
    expect(again.data!.recordTrades.map((t: { externalId: string | null; quantity: number }) => [t.externalId, t.quantity])).toEqual([['strategy-fill:1', 5], ['strategy-fill:2', 3], [null, 1]]);
    expect(await counts()).toEqual({ t: before.t + 2, c: before.c + 2 });
  });

  it('refuses a key repeated inside one call, writing nothing', async () => {
    const before = await counts();
    const result = await record([trade('strategy-fill:9'), trade('strategy-fill:9')]);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.trades[1].externalId' });
    expect(await counts()).toEqual(before);
  });
});
