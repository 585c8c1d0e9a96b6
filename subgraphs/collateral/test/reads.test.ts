import { describe, expect, it } from 'vitest';
import { useTestDb } from '@nautilus/testing';
import { findOptionContracts } from '../src/reads.ts';

/** `@nautilus/collateral/reads`: option contract terms, as risk reads them. */
describe('collateral reads', () => {
  const db = useTestDb();

  it('finds option contract terms by instrument id', async () => {
    const { rows } = await db.pool.query<{ id: number }>(
      `INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange, multiplier) VALUES
         ('UND', 'Underlying', 'equity', 'USD', 'XNAS', 1), ('UND260116P90', 'UND put', 'option', 'USD', 'OPRA', 100) RETURNING id`,
    );
    const [underlying, option] = rows.map((r) => r.id) as [number, number];
    await db.pool.query(`INSERT INTO collateral.option_contract (instrument_id, underlying_id, option_right, strike, expiry) VALUES ($1, $2, 'put', 90.5, '2026-01-16')`, [option, underlying]);
    const terms = await findOptionContracts(db.pool, [option, underlying]);
    expect([...terms.keys()]).toEqual([option]);
    expect(terms.get(option)).toMatchObject({ instrumentId: option, underlyingId: underlying, right: 'put', strike: 90.5, expiryDate: '2026-01-16' });
    expect(terms.get(option)!.expiry).toEqual(new Date(2026, 0, 16));
    expect((await findOptionContracts(db.pool, [])).size).toBe(0);
  });
});
