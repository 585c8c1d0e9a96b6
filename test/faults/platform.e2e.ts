import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { freePort } from '@nautilus/testing';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** pids whose command line contains `pattern`. */
function pidsOf(pattern: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', pattern], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * The platform under faults, as `npm start` runs it (embedded PostgreSQL, every
 * engine as its own supervised process, the gateway, the simulator feed):
 * each test breaks something for real (kill -9, SIGSTOP) and checks what a
 * client sees during and after. What the platform guarantees under each fault
 * is the table in the README ("Faults").
 */
describe('the platform under faults', () => {
  let dataDir: string;
  let launcher: ChildProcess;
  let output = '';
  let url: string;
  let wsUrl: string;
  let token: string;
  let quotes: Client;
  const ticks: number[] = [];

  const post = async (query: string): Promise<any> => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
    return response.json();
  };
  /** Resolves once a tick arrives after `since` (ms), or throws after `timeoutMs`. */
  const tickAfter = async (since: number, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!ticks.some((t) => t > since)) {
      if (Date.now() > deadline) throw new Error(`no quote after ${new Date(since).toISOString()}:\n${output.slice(-3000)}`);
      await sleep(100);
    }
  };
  const postgresPids = async () => {
    const postmaster = Number((await readFile(path.join(dataDir, 'postgres/postmaster.pid'), 'utf8')).split('\n')[0]);
    const children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
    return { postmaster, all: [postmaster, ...children] };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'nautilus-faults-'));
    await chmod(dataDir, 0o755);
    const ports = { PORT: await freePort(), MARKETDATA_PORT: await freePort(), PORTFOLIO_PORT: await freePort(), RISK_PORT: await freePort(), COLLATERAL_PORT: await freePort(), SYSTEM_PORT: await freePort() };
    const { DATABASE_URL: _omit, ...env } = process.env;
    launcher = spawn(process.execPath, ['--import', 'tsx', 'apps/launcher/src/start.ts'], {
      cwd: root,
      env: {
        ...env,
        ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
        NAUTILUS_DATA_DIR: dataDir,
        SIMULATOR_TICK_MS: '200',
        LOG_LEVEL: 'warn',
        // Short database limits, so a frozen database is noticed within seconds here.
        NAUTILUS_DB_STATEMENT_TIMEOUT_MS: '3000',
        NAUTILUS_DB_QUERY_TIMEOUT_MS: '3000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    launcher.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 300_000;
    while (!/Nautilus is running/.test(output)) {
      if (launcher.exitCode !== null || Date.now() > deadline) throw new Error(`the launcher did not start:\n${output}`);
      await sleep(200);
    }
    url = `http://127.0.0.1:${ports.PORT}/graphql`;
    wsUrl = `ws://127.0.0.1:${ports.PORT}/graphql`;
    token = (await readFile(path.join(dataDir, 'api-token'), 'utf8')).trim();
    // One client for the whole suite, retrying as a browser tab would.
    quotes = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 1_000, retryWait: () => sleep(250), shouldRetry: () => true });
    quotes.subscribe<{ quotes: { symbol: string } }>({ query: 'subscription { quotes(symbols: ["SPY"]) { symbol last } }' }, { next: () => ticks.push(Date.now()), error: () => {}, complete: () => {} });
    await tickAfter(0, 30_000);
  }, 360_000);

  afterAll(async () => {
    await quotes?.dispose();
    if (launcher && launcher.exitCode === null) {
      const exited = new Promise((resolve) => launcher.once('exit', resolve));
      launcher.kill('SIGINT');
      await exited;
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('a gateway killed with SIGKILL is restarted, and a subscribed client resumes receiving quotes', { timeout: 90_000 }, async () => {
    const gateway = pidsOf(`${root}/gateway/src/main.ts`);
    expect(gateway).toHaveLength(1);
    const killedAt = Date.now();
    process.kill(gateway[0]!, 'SIGKILL');
    await tickAfter(killedAt + 500, 60_000);
    expect(output).toMatch(/gateway exited unexpectedly \(signal SIGKILL\); restarting/);
  });

  it('a frozen database fails requests within the limit (SERVICE_UNAVAILABLE, naming it), and all is well once it thaws', { timeout: 90_000 }, async () => {
    const { all } = await postgresPids();
    for (const pid of all) process.kill(pid, 'SIGSTOP');
    let during: any;
    let took = 0;
    try {
      const started = Date.now();
      during = await post('{ portfolios(first: 1) { totalCount } }');
      took = Date.now() - started;
    } finally {
      for (const pid of all) process.kill(pid, 'SIGCONT');
    }
    expect(JSON.stringify(during.errors)).toMatch(/SERVICE_UNAVAILABLE/);
    expect(JSON.stringify(during.errors)).toMatch(/database/);
    expect(took).toBeLessThan(15_000);
    let after: any;
    for (let i = 0; i < 40; i++) {
      after = await post('{ portfolios(first: 1) { totalCount } }');
      if (!after.errors) break;
      await sleep(500);
    }
    expect(after.errors).toBeUndefined();
    expect(after.data.portfolios.totalCount).toBeGreaterThanOrEqual(3);
  });

  it('a database killed with SIGKILL is restarted on the same port: queries and the quote stream recover without restarting anything else', { timeout: 120_000 }, async () => {
    const { postmaster } = await postgresPids();
    const engines = pidsOf(`${root}/subgraphs/`).sort();
    const killedAt = Date.now();
    process.kill(postmaster, 'SIGKILL');
    let after: any;
    for (let i = 0; i < 120; i++) {
      await sleep(500);
      after = await post('{ instruments(first: 1) { totalCount } portfolios(first: 1) { totalCount } }');
      if (!after.errors) break;
    }
    expect(after.errors).toBeUndefined();
    expect(after.data.instruments.totalCount).toBeGreaterThan(0);
    await tickAfter(killedAt + 1_000, 60_000);
    expect(output).toMatch(/restarting it on the same port/);
    // The engines kept running (their pools and the bus reconnected).
    expect(pidsOf(`${root}/subgraphs/`).sort()).toEqual(engines);
  });

  it('Ctrl-C twice stops everything, the database last, and leaves nothing running', { timeout: 60_000 }, async () => {
    await quotes.dispose();
    const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));
    launcher.kill('SIGINT');
    launcher.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres/postmaster.pid'))).toBe(false);
    expect(pidsOf(dataDir)).toEqual([]);
  });
});
