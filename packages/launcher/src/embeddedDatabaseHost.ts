import { startEmbeddedPostgres } from '@nautilus/db';

/**
 * Runs the embedded PostgreSQL in its own process group (the launcher spawns
 * this file detached), so Ctrl-C in the terminal reaches the services but not
 * the database: the launcher stops the services first, then sends SIGTERM
 * here. Prints one JSON line `{ "url": … }` once the server accepts connections.
 */
const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: embeddedDatabaseHost <data dir>');
  process.exit(2);
}
const server = await startEmbeddedPostgres({ dataDir });
console.log(JSON.stringify({ url: server.url }));
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.on('disconnect', () => void stop());
