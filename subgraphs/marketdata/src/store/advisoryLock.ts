import type pg from 'pg';

/** Takes a transaction-scoped advisory lock (released at COMMIT/ROLLBACK), waiting for a holder to finish. */
export async function lockForTransaction(client: pg.PoolClient, key: number): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [key]);
}
