import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFreshCheckout } from './support/freshCheckout.ts';
import { freePort } from '@nautilus/testing';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs an npm script of the checkout to completion; rejects with its output when it fails. */
function npmRun(cwd: string, script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', script], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`npm run ${script} exited ${code}:\n${output}`))));
  });
}

/**
 * Adding an engine is adding a folder: a fixture engine copied into
 * `subgraphs/hello/` of a fresh checkout, with nothing else edited, is
 * composed into the supergraph, code-generated, listed in the generated
 * deployment files, started by `npm start`, queried through the gateway
 * (its own field and a field it adds to marketdata's Instrument), and its
 * `/metrics` scraped.
 */
describe('a new engine folder', () => {
  let checkout: string | undefined;
  let dataDir: string | undefined;
  let launcher: ChildProcess | undefined;
  afterAll(async () => {
    if (launcher && launcher.exitCode === null) {
      const exited = new Promise((resolve) => launcher!.once('exit', resolve));
      launcher.kill('SIGINT');
      await exited;
    }
    if (checkout) await rm(checkout, { recursive: true, force: true });
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('is composed, code-generated, deployed, started and scraped with no other file edited', { timeout: 420_000 }, async () => {
    checkout = (await makeFreshCheckout(root)).dir;
    await cp(path.join(root, 'test/fixtures/engines/hello'), path.join(checkout, 'subgraphs/hello'), { recursive: true });

    await npmRun(checkout, 'compose');
    const supergraph = await readFile(path.join(checkout, 'gateway/supergraph.graphql'), 'utf8');
    expect(supergraph).toMatch(/HELLO @join__graph\(name: "hello", url: "http:\/\/127\.0\.0\.1:4199\/graphql"\)/);
    expect(supergraph).toMatch(/greeting: String! @join__field\(graph: HELLO\)/);

    await npmRun(checkout, 'codegen');
    const resolverTypes = await readFile(path.join(checkout, 'subgraphs/hello/src/__generated__/resolvers.ts'), 'utf8');
    expect(resolverTypes).toContain("import type { HelloContext } from '../context.ts'");

    await npmRun(checkout, 'generate');
    const compose = await readFile(path.join(checkout, 'docker-compose.yml'), 'utf8');
    expect(compose).toMatch(/\n {2}hello:\n {4}<<: \*app\n {4}command: \["node", "--import", "tsx", "subgraphs\/hello\/src\/index\.ts"\]/);
    expect(compose).toContain('HELLO_URL: http://hello:4199/graphql');
    expect(await readFile(path.join(checkout, 'deploy/prometheus/prometheus.yml'), 'utf8')).toMatch(/job_name: hello\n {4}metrics_path: \/metrics\n {4}static_configs:\n {6}- targets: \["hello:4199"\]/);
    expect(await readFile(path.join(checkout, '.env.example'), 'utf8')).toContain('# HELLO_PORT=4199');
    expect(await readFile(path.join(checkout, 'README.md'), 'utf8')).toContain('| [`hello`](subgraphs/hello/README.md) | 4199 |');

    dataDir = await mkdtemp(path.join(tmpdir(), 'nautilus-engine-'));
    await chmod(dataDir, 0o755);
    const ports = { PORT: await freePort(), MARKETDATA_PORT: await freePort(), HELLO_PORT: await freePort() };
    const { DATABASE_URL: _omit, ...env } = process.env;
    launcher = spawn(process.execPath, ['--import', 'tsx', 'apps/launcher/src/start.ts'], {
      cwd: checkout,
      env: { ...env, NAUTILUS_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    launcher.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    launcher.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 300_000;
    while (!/Nautilus is running/.test(output)) {
      if (launcher.exitCode !== null || Date.now() > deadline) throw new Error(`the launcher did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const token = (await readFile(path.join(dataDir, 'api-token'), 'utf8')).trim();
    const response = await fetch(`http://127.0.0.1:${ports.PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ hello(name: "quant") instruments(first: 1) { edges { node { id symbol greeting } } } }' }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.hello).toBe('hello, quant');
    const instrument = body.data.instruments.edges[0].node;
    expect(instrument.greeting).toBe(`hello, instrument ${instrument.id}`);

    // /metrics answers the bearer of the metrics token only; the launcher wrote it next to the API token.
    expect((await fetch(`http://127.0.0.1:${ports.HELLO_PORT}/metrics`)).status).toBe(401);
    const metricsToken = (await readFile(path.join(dataDir, 'metrics-token'), 'utf8')).trim();
    const metrics = await fetch(`http://127.0.0.1:${ports.HELLO_PORT}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } }).then((r) => r.text());
    expect(metrics).toMatch(/^hello_greetings_total\{service="hello"\} 2$/m);

    const exited = new Promise<number | null>((resolve) => launcher!.once('exit', resolve));
    launcher.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres/postmaster.pid'))).toBe(false);
  });
});
