import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '@nautilus/testing';
import { entityExists, findGroupCash, findGroupPositions, findPortfolioOwners, findPortfoliosByName, findTradesSince } from '../src/reads.ts';

/** `@nautilus/portfolio/reads`: the contract other engines (collateral) read portfolios through. */
describe('portfolio reads', () => {
  const db = useTestDb();
  let entity = 0;
  let p1 = 0;
  let p2 = 0;
  let aaa = 0;
  let bbb = 0;

  beforeAll(async () => {
    const { rows: instruments } = await db.pool.query<{ id: number }>(
      `INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('AAA', 'A', 'equity', 'USD', 'XNAS'), ('BBB', 'B', 'equity', 'USD', 'XNAS') RETURNING id`,
    );
    [aaa, bbb] = instruments.map((r) => r.id) as [number, number];
    entity = (await db.pool.query<{ id: number }>(`INSERT INTO portfolio.entity (kind, name) VALUES ('trust', 'T') RETURNING id`)).rows[0]!.id;
    const { rows } = await db.pool.query<{ id: number }>(`INSERT INTO portfolio.portfolio (entity_id, name) VALUES ($1, 'One'), ($1, 'Two') RETURNING id`, [entity]);
    [p1, p2] = rows.map((r) => r.id) as [number, number];
    await db.pool.query(
      `INSERT INTO portfolio.trade (portfolio_id, instrument_id, symbol, side, quantity, price, ts) VALUES
         ($1, $3, 'AAA', 'buy', 10, 5, '2026-01-05T20:00:00Z'), ($2, $3, 'AAA', 'sell', 10, 6, '2026-01-06T20:00:00Z'),
         ($1, $4, 'BBB', 'buy', 0.1, 3, '2026-01-06T20:00:00Z'), ($2, $4, 'BBB', 'buy', 0.2, 3, '2026-01-07T20:00:00Z')`,
      [p1, p2, aaa, bbb],
    );
    await db.pool.query(`INSERT INTO portfolio.cash_entry (portfolio_id, amount, kind, ts) VALUES ($1, 0.1, 'deposit', now()), ($2, 0.2, 'deposit', now())`, [p1, p2]);
  });

  it('knows entities and portfolios and whose they are', async () => {
    expect(await entityExists(db.pool, entity)).toBe(true);
    expect(await entityExists(db.pool, entity + 1000)).toBe(false);
    expect(await findPortfolioOwners(db.pool, [p2, 999_999])).toEqual(new Map([[p2, { id: p2, name: 'Two', entityId: entity }]]));
    expect((await findPortfoliosByName(db.pool, ['One', 'Two', 'Three'])).map((p) => p.id)).toEqual([p1, p2]);
  });

  it('sums positions and cash per group exactly, leaving flat positions out', async () => {
    const groups = [{ key: 'both', portfolioIds: [p1, p2] }, { key: 'one', portfolioIds: [p1] }, { key: 'none', portfolioIds: [] }];
    expect(await findGroupPositions(db.pool, groups)).toEqual([
      { key: 'both', instrumentId: bbb, quantity: 0.3 },
      { key: 'one', instrumentId: aaa, quantity: 10 },
      { key: 'one', instrumentId: bbb, quantity: 0.1 },
    ]);
    // 0.1 + 0.2 summed as numeric, then converted: exactly 0.3, not 0.30000000000000004.
    expect(await findGroupCash(db.pool, groups)).toEqual(new Map([['both', 0.3], ['one', 0.1]]));
  });

  it('lists trades since a time in execution order', async () => {
    const trades = await findTradesSince(db.pool, [p1, p2], new Date('2026-01-06T00:00:00Z'));
    expect(trades).toEqual([
      { portfolioId: p2, instrumentId: aaa, side: 'SELL', quantity: 10, ts: new Date('2026-01-06T20:00:00Z') },
      { portfolioId: p1, instrumentId: bbb, side: 'BUY', quantity: 0.1, ts: new Date('2026-01-06T20:00:00Z') },
      { portfolioId: p2, instrumentId: bbb, side: 'BUY', quantity: 0.2, ts: new Date('2026-01-07T20:00:00Z') },
    ]);
    expect(await findTradesSince(db.pool, [], new Date(0))).toEqual([]);
  });
});
