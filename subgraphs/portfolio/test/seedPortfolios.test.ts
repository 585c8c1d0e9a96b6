import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { TestClock, createLogger } from '@nautilus/runtime';
import { useTestDatabase } from '@nautilus/testing';
import { seedMarketData } from '@nautilus/marketdata/seed';
import { seedPortfolios } from '../src/seedPortfolios.ts';
import { createPortfolioServer } from '../src/server.ts';

describe('seedPortfolios', () => {
  const database = useTestDatabase();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 12, 0));
  let pool: pg.Pool;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: database.url, max: 3 });
  });
  afterAll(() => pool?.end());

  it('waits for market data, then seeds the family-office world once at stored closes', async () => {
    expect(await seedPortfolios({ pool, clock, seed: 1 })).toMatchObject({ seeded: false, reason: expect.stringMatching(/seed market data first/) });
    await seedMarketData({ pool, clock, seed: 3, years: 1.1, minuteDays: 1 });
    const first = await seedPortfolios({ pool, clock, seed: 1 });
    expect(first).toEqual({ seeded: true, entities: 4, portfolios: 3, trades: 20, summary: 'seeded the demo family office (4 entities, 3 portfolios, 20 trades, a goal)' });
    expect(await seedPortfolios({ pool, clock, seed: 1 })).toMatchObject({ seeded: false, portfolios: 3 });

    // Every trade price is the stored close of its day (rounded to the cent).
    const { rows: off } = await pool.query(
      `SELECT t.symbol FROM portfolio.trade t JOIN LATERAL (SELECT close FROM marketdata.bar b WHERE b.instrument_id = t.instrument_id AND b.interval = '1d' AND b.ts <= t.ts ORDER BY b.ts DESC LIMIT 1) c ON true
        WHERE abs(t.price - round(c.close::numeric, 2)) > 0`,
    );
    expect(off).toEqual([]);

    const server = createPortfolioServer({ pool, clock, logger: createLogger({ name: 't', level: 'silent' }), internalSecret: 'x'.repeat(32) });
    const response = await server.execute({
      query: `{ entities { name kind consolidated { portfolios { share portfolio { name } } } }
        portfolios { edges { node { name cash positions { symbol quantity realizedPnl } } } } }`,
    });
    await server.stop();
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult as { data: any; errors?: unknown };
    expect(errors).toBeUndefined();
    const trust = data.entities.find((e: any) => e.kind === 'TRUST');
    expect(trust.consolidated.portfolios).toEqual([
      { share: 0.6, portfolio: { name: 'Holdings Core Equity' } },
      { share: 1, portfolio: { name: 'Trust Income' } },
    ]);
    for (const { node } of data.portfolios.edges) {
      expect(node.cash).toBeGreaterThan(0);
      expect(node.positions.some((p: any) => p.realizedPnl !== 0)).toBe(true);
    }
  });
});
