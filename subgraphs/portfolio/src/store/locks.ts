import type pg from 'pg';

/**
 * Transaction-scoped advisory locks of the portfolio engine (released at COMMIT/ROLLBACK). The keys
 * are arbitrary constants, one per kind of work that must run one at a time.
 */
export const LOCK_KEYS = {
  /** Ownership edits, so two can't close a cycle together. */
  ownership: 727_465_103,
  /** The first-start seed, so concurrent starters seed once. */
  seed: 727_465_104,
} as const;

/** Takes an advisory lock until the caller's transaction ends. */
export async function lockForTransaction(client: pg.PoolClient, key: keyof typeof LOCK_KEYS): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEYS[key]]);
}
