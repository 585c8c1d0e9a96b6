import pg from 'pg';

/**
 * Gives the services' role what the services need and nothing more: USAGE on
 * every schema of the database, SELECT/INSERT/UPDATE/DELETE on its tables,
 * USAGE/SELECT/UPDATE on its sequences, the same on what later migrations
 * create (default privileges of the owner that runs them). No DDL, no
 * TRUNCATE, no superuser. Run as the owner after migrating; idempotent.
 */
export async function grantApplicationRole({ connectionString, role }: { connectionString: string; role: string }): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ schema: string }>(
      `SELECT nspname AS schema FROM pg_namespace
        WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' AND nspname NOT LIKE '\\_timescaledb%' AND nspname NOT IN ('timescaledb_information', 'timescaledb_experimental', 'toolkit_experimental')`,
    );
    const grantee = client.escapeIdentifier(role);
    await client.query('BEGIN');
    for (const { schema } of rows) {
      const name = client.escapeIdentifier(schema);
      await client.query(`GRANT USAGE ON SCHEMA ${name} TO ${grantee}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${name} TO ${grantee}`);
      await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${name} TO ${grantee}`);
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${name} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${grantee}`);
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${name} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${grantee}`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
