import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { makeFreshCheckout } from './support/freshCheckout.ts';
import { freePort } from '@nautilus/testing';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function post(url: string, token: string, query: string): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return response.json();
}

interface Launch {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start` exactly as package.json says it (`node --import tsx <entry>`), run as a newcomer does: no DATABASE_URL, so embedded PostgreSQL. */
function launch(cwd: string, env: Record<string, string>): Launch {
  const { DATABASE_URL: _omit, ...rest } = process.env;
  const start = (JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(' ');
  expect(start[0]).toBe('node');
  const child = spawn(process.execPath, start.slice(1), { cwd, env: { ...rest, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { child, output: () => text, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}

async function waitFor(launchResult: Launch, pattern: RegExp, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(launchResult.output())) {
    if (launchResult.child.exitCode !== null) throw new Error(`launcher exited early:\n${launchResult.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${launchResult.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm start (the launcher) on a fresh checkout', () => {
  let dataDir: string;
  let checkout: string | undefined;
  let running: Launch | undefined;
  afterAll(async () => {
    if (running?.child.exitCode === null) {
      running.child.kill('SIGINT');
      await running.exited;
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (checkout) await rm(checkout, { recursive: true, force: true });
  });

  it('generates what it needs, starts everything on an embedded database, serves live quotes, stops cleanly on Ctrl-C, and reuses the data on a second start', { timeout: 420_000 }, async () => {
    // What a newcomer has after git clone + npm ci: no generated client, no built web client, no .data.
    checkout = (await makeFreshCheckout(root)).dir;
    const generatedClient = path.join(checkout, 'prisma/generated/client.ts');
    const webClient = path.join(checkout, 'web/dist/index.html');
    expect(existsSync(generatedClient)).toBe(false);
    expect(existsSync(webClient)).toBe(false);
    expect(existsSync(path.join(checkout, '.data'))).toBe(false);

    dataDir = await mkdtemp(path.join(tmpdir(), 'nautilus-start-'));
    await chmod(dataDir, 0o755);
    const env = {
      NAUTILUS_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      MARKETDATA_PORT: String(await freePort()),
      SIMULATOR_TICK_MS: '200',
      LOG_LEVEL: 'warn',
    };

    running = launch(checkout, env);
    await waitFor(running, /Nautilus is running/, 300_000);
    expect(running.output()).toMatch(/database: embedded PostgreSQL/);
    // Generated inside the new checkout (the workspace packages resolve to it, not to this working tree).
    expect(existsSync(generatedClient)).toBe(true);
    expect(existsSync(webClient)).toBe(true);
    expect(running.output()).toMatch(/seeded \d+ instruments and [\d,]+ bars/);
    const token = (await readFile(path.join(dataDir, 'api-token'), 'utf8')).trim();
    expect(running.output()).toContain(token); // printed once, on first start

    const url = `http://127.0.0.1:${env.PORT}/graphql`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ instruments(first: 1) { totalCount } bars(symbol: "SPY", interval: D1, limit: 5) { close } }' }),
    });
    const body = (await response.json()) as any;
    expect(body.data.instruments.totalCount).toBeGreaterThanOrEqual(45);
    expect(body.data.bars).toHaveLength(5);

    // The demo family office, with positions valued at marketdata's live prices through the federation.
    const books = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: '{ portfolios(first: 10) { totalCount edges { node { name positions { quantity marketValue instrument { symbol lastPrice } } riskReport(method: HISTORICAL) { var es portfolioValue } } } } }',
      }),
    }).then((r) => r.json() as Promise<any>);
    expect(books.errors).toBeUndefined();
    expect(books.data.portfolios.totalCount).toBeGreaterThanOrEqual(3);
    const position = books.data.portfolios.edges[0].node.positions[0];
    expect(position.marketValue).toBeCloseTo(position.quantity * position.instrument.lastPrice, 6);
    // …and a risk report from the risk engine on the same positions.
    const report = books.data.portfolios.edges[0].node.riskReport;
    expect(report.var).toBeGreaterThan(0);
    expect(report.es).toBeGreaterThanOrEqual(report.var);

    // Accel was calibrated once, before the engines started, and the risk engine's router loaded that table;
    // the system engine reports every engine of the registry and that router.
    expect(running.output()).toMatch(/accel: calibrated now in \d+\.\d s \(\d+ timings on [a-z, ]+\), saved to /);
    const calibration = JSON.parse(await readFile(path.join(dataDir, 'accel-calibration.json'), 'utf8')) as { measuredAt: string };
    const system = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ system { engines { name healthy ready problem version metrics { requests } } acceleration { engine backends { name available reason } calibration { measuredAt note entryCount } } } }' }),
    }).then((r) => r.json() as Promise<any>);
    expect(system.errors).toBeUndefined();
    expect(system.data.system.engines.map((e: any) => e.name)).toEqual(['marketdata', 'portfolio', 'risk', 'collateral', 'strategy', 'system']);
    for (const engine of system.data.system.engines) expect(engine).toMatchObject({ healthy: true, ready: true, problem: null, version: '0.1.0' });
    expect(system.data.system.engines.find((e: any) => e.name === 'risk').metrics.requests).toBeGreaterThanOrEqual(1);
    const [riskAccel] = system.data.system.acceleration;
    expect(riskAccel.engine).toBe('risk');
    expect(riskAccel.calibration.measuredAt).toBe(calibration.measuredAt);
    expect(riskAccel.calibration.note).toMatch(/^loaded .*accel-calibration\.json/);
    expect(riskAccel.calibration.entryCount).toBeGreaterThan(0);
    expect(riskAccel.backends.find((b: any) => b.name === 'js')).toMatchObject({ available: true });

    const client = createClient({ url: `ws://127.0.0.1:${env.PORT}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const tick = await new Promise<{ symbol: string; last: number }>((resolve, reject) => {
      const stop = client.subscribe<{ quotes: { symbol: string; last: number } }>(
        { query: 'subscription { quotes(symbols: ["SPY"]) { symbol last } }' },
        { next: (value) => (stop(), resolve(value.data!.quotes)), error: reject, complete: () => {} },
      );
    });
    await client.dispose();
    expect(tick.symbol).toBe('SPY');
    expect(tick.last).toBeGreaterThan(0);

    // The demo's ACTIVE strategy (strategy's seed) emits live signals within the signal runner's first minute.
    let signalCount = 0;
    for (const deadline = Date.now() + 60_000; signalCount === 0 && Date.now() < deadline; ) {
      const signals = await post(url, token, '{ signals(first: 5) { totalCount edges { node { symbol direction strategy { status } } } } }');
      expect(signals.errors).toBeUndefined();
      signalCount = signals.data.signals.totalCount;
      if (signalCount === 0) await new Promise((r) => setTimeout(r, 1_000));
      else expect(signals.data.signals.edges[0].node.strategy.status).toBe('ACTIVE');
    }
    expect(signalCount).toBeGreaterThan(0);

    // One engine crashing does not stop the platform: kill -9 of risk is restarted with back-off,
    // market data keeps answering meanwhile, and risk reports come back once it is up again.
    const riskEntry = path.join(checkout, 'subgraphs/risk/src/index.ts');
    const riskPid = Number(execFileSync('pgrep', ['-f', riskEntry], { encoding: 'utf8' }).trim().split('\n')[0]);
    process.kill(riskPid, 'SIGKILL');
    await waitFor(running, /risk exited unexpectedly \(signal SIGKILL\); restarting in \d+ ms \(restart 1\)/, 30_000);
    const during = await post(url, token, '{ instruments(first: 1) { totalCount } }');
    expect(during.data.instruments.totalCount).toBeGreaterThanOrEqual(45);
    const deadline = Date.now() + 60_000;
    let again: any;
    do {
      await new Promise((r) => setTimeout(r, 500));
      again = await post(url, token, '{ portfolios(first: 1) { edges { node { riskReport(method: HISTORICAL) { var } } } } }');
    } while (again.errors && Date.now() < deadline);
    expect(again.errors).toBeUndefined();
    expect(again.data.portfolios.edges[0].node.riskReport.var).toBeGreaterThan(0);
    expect(running.output()).not.toMatch(/stopping the platform/);

    running.child.kill('SIGINT');
    expect(await running.exited).toBe(0);
    expect(running.output()).toMatch(/stopped/);
    expect(existsSync(path.join(dataDir, 'postgres/postmaster.pid'))).toBe(false); // PostgreSQL stopped too

    running = launch(checkout, env);
    await waitFor(running, /Nautilus is running/);
    expect(running.output()).toMatch(/reusing existing data \(\d+ instruments\)/);
    expect(running.output()).toContain(`accel: calibration reused from `);
    expect(running.output()).toContain(`(measured ${calibration.measuredAt};`);
    expect(running.output()).not.toContain(token);
    running.child.kill('SIGINT');
    running.child.kill('SIGINT'); // Ctrl-C twice must not cut the shutdown short
    expect(await running.exited).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres/postmaster.pid'))).toBe(false);
  });
});
