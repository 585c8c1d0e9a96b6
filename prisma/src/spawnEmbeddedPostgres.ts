import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { EmbeddedPostgresHandle } from './embeddedPostgres.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, '../..');

export interface SpawnEmbeddedPostgresOptions {
  /** Cluster folder; created and initialised on first start, reused after. */
  dataDir: string;
  /** Database to create if missing. Default `nautilus`. */
  database?: string;
  /** Receives the server's log lines. */
  onLog?: (line: string) => void;
}

export interface SpawnedEmbeddedPostgres extends EmbeddedPostgresHandle {
  /** pid of the host process. */
  pid: number;
}

/**
 * Starts embedded PostgreSQL in a host process of its own
 * (`embeddedPostgresHost.ts`; see there why) and resolves once it accepts
 * connections. `stop()` stops the server and waits for the host to exit; the
 * host also stops the server by itself when this process dies.
 *
 * @throws an Error with the host's explanation (e.g. a folder the `postgres`
 * user cannot enter) when the server cannot start.
 */
export function spawnEmbeddedPostgres({ dataDir, database = 'nautilus', onLog = () => {} }: SpawnEmbeddedPostgresOptions): Promise<SpawnedEmbeddedPostgres> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'embeddedPostgresHost.ts'), path.resolve(dataDir), database], {
    cwd: repositoryRoot,
    detached: true, // its own process group: Ctrl-C reaches the services, not the database
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const recent: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    onLog(line);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => {
      let message: { ready?: { url: string; ownerUrl: string; adminUrl: string }; error?: string };
      try {
        message = JSON.parse(line);
      } catch {
        message = { error: `unexpected output from the database host: ${line}` };
      }
      if (message.ready) resolve({ ...message.ready, pid: child.pid!, stop });
      else reject(new Error(message.error ?? 'embedded PostgreSQL did not start'));
    });
    child.once('exit', (code, signal) =>
      reject(new Error(`embedded PostgreSQL host exited (${signal ?? `code ${code}`}) before the server was ready: ${recent.join('\n') || 'no output'}`)),
    );
  });
}
