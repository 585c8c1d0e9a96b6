import { describe, expect, it } from 'vitest';
import { POOL_TIMEOUTS, createPool } from '../src/createDb.ts';

describe('createPool', () => {
  it('gives every pool connect, statement, query and idle-in-transaction timeouts', async () => {
    const pool = createPool({ connectionString: 'postgresql://nobody@127.0.0.1:1/none' });
    expect(pool.options).toMatchObject({
      connectionTimeoutMillis: POOL_TIMEOUTS.connectMs,
      statement_timeout: POOL_TIMEOUTS.statementMs,
      query_timeout: POOL_TIMEOUTS.queryMs,
      idle_in_transaction_session_timeout: POOL_TIMEOUTS.idleInTransactionMs,
    });
    await pool.end();
  });

  it('lets bulk work lift the statement and query limits (0 = none)', async () => {
    const pool = createPool({ connectionString: 'postgresql://nobody@127.0.0.1:1/none', timeouts: { statementMs: 0, queryMs: 0 } });
    expect(pool.options).not.toHaveProperty('statement_timeout');
    expect(pool.options).not.toHaveProperty('query_timeout');
    expect(pool.options.connectionTimeoutMillis).toBe(POOL_TIMEOUTS.connectMs);
    await pool.end();
  });
});
