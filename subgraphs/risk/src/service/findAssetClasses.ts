import type pg from 'pg';

/**
 * Asset class per instrument id from marketdata's `instrument` table.
 * Cross-engine read, read-only, the only reader of `instrument` in risk: the
 * stress scenarios need a class per holding, and asking for it through
 * @requires would widen the federated contract for one label.
 */
export async function findAssetClasses(pool: pg.Pool | pg.PoolClient, instrumentIds: readonly number[]): Promise<Map<number, string>> {
  if (instrumentIds.length === 0) return new Map();
  const { rows } = await pool.query<{ id: number; assetClass: string }>('SELECT id, asset_class AS "assetClass" FROM instrument WHERE id = ANY($1::int[])', [instrumentIds]);
  return new Map(rows.map((r) => [r.id, r.assetClass]));
}
