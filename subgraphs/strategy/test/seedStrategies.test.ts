import { describe, expect, it } from 'vitest';
import { TestClock } from '@nautilus/runtime';
import { useTestDb } from '@nautilus/testing';
import { seedStrategies } from '../src/seedStrategies.ts';

/** The demo strategies: written once over the demo portfolios, one ACTIVE; nothing without the portfolios. */
describe('seedStrategies', () => {
  const db = useTestDb();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 15));

  it('waits for the demo portfolios and instruments, then seeds three strategies once', async () => {
    const empty = await seedStrategies({ pool: db.pool, clock });
    expect(empty).toMatchObject({ seeded: false, strategies: 0, reason: expect.stringContaining('seed market data and portfolios first') });

    await db.pool.query(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange)
      SELECT s, s, 'equity', 'USD', 'XNAS' FROM unnest(ARRAY['SPY', 'AAPL', 'MSFT', 'TLT', 'GLD', 'BTCUSD']) AS s`);
    const { rows } = await db.pool.query<{ id: number }>(`INSERT INTO portfolio.entity (kind, name) VALUES ('company', 'Demo') RETURNING id`);
    await db.pool.query(`INSERT INTO portfolio.portfolio (entity_id, name) SELECT $1, n FROM unnest(ARRAY['Holdings Core Equity', 'Trust Income', 'Alex Personal']) AS n`, [rows[0]!.id]);

    const first = await seedStrategies({ pool: db.pool, clock });
    expect(first).toMatchObject({ seeded: true, strategies: 3 });
    const stored = await db.pool.query<{ kind: string; status: string; universe: string[]; portfolio: string; parameters: Record<string, number> }>(
      `SELECT s.kind, s.status, s.universe, p.name AS portfolio, s.parameters FROM strategy.strategy s JOIN portfolio.portfolio p ON p.id = s.portfolio_id ORDER BY s.id`,
    );
    expect(stored.rows.map((r) => [r.kind, r.status, r.portfolio])).toEqual([
      ['MA_CROSSOVER', 'active', 'Holdings Core Equity'],
      ['TS_MOMENTUM', 'paused', 'Trust Income'],
      ['MEAN_REVERSION', 'paused', 'Alex Personal'],
    ]);
    expect(stored.rows[0]!.parameters).toMatchObject({ fast: 10, slow: 50 });
    expect(await seedStrategies({ pool: db.pool, clock })).toMatchObject({ seeded: false, strategies: 3 });
  });
});
