import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { MemoryBus, TestClock, createLogger } from '@nautilus/runtime';
import { DisposeStack, useTestDatabase } from '@nautilus/testing';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { subscriptions } from '@nautilus/marketdata/subscriptions';
import { recordQuotes } from '@nautilus/marketdata/service/quotes';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { createGatewayServer, type GatewayServer } from '@nautilus/gateway';

/**
 * The SDK as another app gets it: `npm pack` (which builds dist/ through `prepack`), a fresh
 * project that installs the tarball, a script run by plain `node` (no tsx, no workspace) that
 * queries, mutates and subscribes through a real gateway over the marketdata and portfolio
 * engines (and sees SERVICE_UNAVAILABLE naming the collateral engine, which is not running), and plain `tsc` over a consumer file that uses the typed methods (must pass) and one
 * that misuses them (must fail with the expected errors).
 *
 * The tarball is installed with `npm install --offline`; its dependencies (graphql, graphql-ws,
 * @graphql-typed-document-node/core) and the consumer's own (ws, @types/ws, @types/node) are
 * `file:` links to this workspace's node_modules: the same published packages the registry would
 * give for the tarball's ranges, without network access or a slow install.
 */
const SDK = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(SDK, '../..');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const TOKEN = 'sdk-consumer-token-0123456789';
const SECRET = 'c'.repeat(48);
const logger = createLogger({ name: 'sdk-consumer', level: 'silent' });

/** The environment without npm's per-run variables (workspace, lifecycle) or loaders: a plain shell's. */
function plainEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE_OPTIONS' && !key.startsWith('VITEST')));
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], cwd: string, onLine?: (line: string) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: plainEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine?.(line);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const dependency = (name: string) => `file:${path.join(ROOT, 'node_modules', name)}`;

/** Run by plain `node` in the consumer project; prints one JSON line per step. */
const SCRIPT = `
import WebSocket from 'ws';
import { createNautilusClient, isNautilusError, NautilusError } from '@nautilus/sdk';

const [url, token] = process.argv.slice(2);
const out = (line) => console.log(JSON.stringify(line));
const client = createNautilusClient({ url, token, webSocketImpl: WebSocket, retry: { attempts: 3, initialDelayMs: 100 } });

const page = await client.query.instruments({ first: 10 });
out({ step: 'instruments', total: page.totalCount, symbols: page.edges.map((edge) => edge.node.symbol) });

const bar = { symbol: 'AAPL', interval: 'D1', ts: '2026-01-02T00:00:00Z', open: 180, high: 185, low: 179, close: 184, volume: 1000000 };
const ingested = await client.mutation.ingestBars({ input: { bars: [bar] } });
const bars = await client.query.bars({ symbol: 'AAPL', interval: 'D1' });
out({ step: 'bars', ingested, closes: bars.map((b) => b.close) });

const describe = (error) => ({ isNautilusError: error instanceof NautilusError, code: error.code, field: error.field, status: error.status, network: error.isNetworkError });
const errors = {};
await client.query.bars({ symbol: 'AAPL', interval: 'D1', limit: 20000 }).catch((e) => (errors.badInput = describe(e)));
await createNautilusClient({ url, token: 'not-the-token' }).query.entities().catch((e) => (errors.unauthenticated = describe(e)));
await createNautilusClient({ url: 'http://127.0.0.1:9/graphql', token }).query.entities().catch((e) => (errors.network = describe(e)));
// This gateway runs marketdata and portfolio only: an entity's margin accounts come from the absent collateral engine.
await client.mutation.createEntity({ input: { kind: 'PERSON', name: 'Grace' } }).catch((e) => (errors.unavailable = { ...describe(e), serviceName: e.serviceName }));
const raw = await client.request('{ latestQuote(symbol: "AAPL") { symbol } }');
out({ step: 'errors', errors, raw, guard: isNautilusError(new NautilusError('X', 'x'), 'X') });

const quote = await new Promise((resolve, reject) => {
  const stop = client.subscription.quotes({ symbols: ['AAPL'] }, {
    next: (q) => { stop(); resolve(q); },
    error: reject,
  });
  out({ step: 'subscribed' });
});
out({ step: 'quote', quote });
await client.dispose();
`;

/** Uses the typed methods as documented; must type-check with plain tsc. */
const TYPED = `
import WebSocket from 'ws';
import { createNautilusClient, isNautilusError, InstrumentOverviewDocument, type QueryResult, type SubscriptionResult } from '@nautilus/sdk';

const client = createNautilusClient({ url: 'http://localhost:4000/graphql', token: () => 'token', webSocketImpl: WebSocket });
const page = await client.query.instruments({ first: 5, filter: { assetClass: 'EQUITY' } });
const total: number = page.totalCount;
const symbols: string[] = page.edges.map((edge) => edge.node.symbol);
const apple: QueryResult<'instrument'> = await client.query.instrument({ symbol: 'AAPL' });
const last: number | undefined = apple?.latestQuote?.last;
const entities = await client.query.entities();
const overview = await client.request(InstrumentOverviewDocument, { symbol: 'AAPL', interval: 'D1' });
const closes: number[] = overview.bars.map((bar) => bar.close);
const raw: unknown = await client.request('{ entities { id } }');
try {
  await client.mutation.recordTrades({ input: { portfolioId: '1', trades: [{ symbol: 'AAPL', side: 'BUY', quantity: 1, price: 1, ts: '2026-01-02T20:00:00Z' }] } });
} catch (error) {
  if (isNautilusError(error, 'BAD_USER_INPUT')) console.log(error.field);
  else if (isNautilusError(error) && error.code === 'SERVICE_UNAVAILABLE') console.log(error.serviceName, error.dependency);
}
const onQuote = (quote: SubscriptionResult<'quotes'>) => console.log(quote.symbol, quote.bid.toFixed(2), quote.instrument.name);
const stop = client.subscription.quotes({ symbols: ['AAPL'] }, { next: onQuote, error: (error) => console.error(error.code, error.isNetworkError) });
const stopWarnings = client.subscription.marginWarning((warning) => console.log(warning.id));
stop();
stopWarnings();
await client.dispose();
console.log(total, symbols, last, entities.length, closes, raw);
`;

/** Each line is a deliberate type error tsc must report (the line numbers are asserted). */
const BROKEN = `import { createNautilusClient } from '@nautilus/sdk';
const client = createNautilusClient({ url: 'http://localhost:4000/graphql', token: 'token' });
const wrongVariable = await client.query.instrument({ sym: 'AAPL' });
const missingVariables = await client.query.instrument();
const wrongResult: number = (await client.query.instruments()).totalCount.toFixed(2);
const claimedString = await client.request<never>('{ entities { id } }');
const rawIsUnknown = (await client.request('{ entities { id } }')).entities;
const noSuchQuery = await client.query.noSuchQuery();
const wrongEvent = client.subscription.quotes({ symbols: ['AAPL'] }, (quote) => quote.bid.toUpperCase());
console.log(wrongVariable, missingVariables, wrongResult, claimedString, rawIsUnknown, noSuchQuery, wrongEvent);
`;

const TSCONFIG = (file: string) =>
  JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] },
    files: [file],
  });

describe('the packed SDK in a separate project', () => {
  const database = useTestDatabase();
  const stack = new DisposeStack();
  const clock = new TestClock(Date.UTC(2026, 0, 5, 15, 0));
  const bus = new MemoryBus();
  let pool: pg.Pool;
  let gateway: GatewayServer;
  let url: string;
  let app: string;
  let aaplId: number;

  beforeAll(async () => {
    const temp = await mkdtemp(path.join(tmpdir(), 'nautilus-sdk-consumer-'));
    stack.defer(() => rm(temp, { recursive: true, force: true }));

    // Pack (prepack builds dist/ with tsc) and install the tarball into a fresh project.
    const packed = await run('npm', ['pack', '--pack-destination', temp, '--loglevel', 'error'], SDK);
    expect(packed.code, packed.stderr).toBe(0);
    const tarball = (await readdir(temp)).find((file) => file.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    app = path.join(temp, 'app');
    await mkdir(app);
    const manifest = {
      name: 'sdk-consumer',
      private: true,
      type: 'module',
      dependencies: {
        '@nautilus/sdk': `file:../${tarball}`,
        graphql: dependency('graphql'),
        'graphql-ws': dependency('graphql-ws'),
        '@graphql-typed-document-node/core': dependency('@graphql-typed-document-node/core'),
        ws: dependency('ws'),
      },
      devDependencies: { '@types/ws': dependency('@types/ws'), '@types/node': dependency('@types/node') },
    };
    await writeFile(path.join(app, 'package.json'), JSON.stringify(manifest, null, 2));
    await writeFile(path.join(app, 'run.mjs'), SCRIPT);
    await writeFile(path.join(app, 'typed.ts'), TYPED);
    await writeFile(path.join(app, 'broken.ts'), BROKEN);
    await writeFile(path.join(app, 'tsconfig.json'), TSCONFIG('typed.ts'));
    await writeFile(path.join(app, 'tsconfig.broken.json'), TSCONFIG('broken.ts'));
    const installed = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel', 'error'], app);
    expect(installed.code, installed.stderr).toBe(0);

    // A real gateway over the marketdata and portfolio engines, in this process.
    pool = stack.use(new pg.Pool({ connectionString: database.url, max: 5 }), (p) => p.end());
    const { rows } = await pool.query<{ id: number; symbol: string }>(`INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES
      ('AAPL', 'Apple Inc.', 'equity', 'USD', 'XNAS'), ('MSFT', 'Microsoft Corp.', 'equity', 'USD', 'XNAS') RETURNING id, symbol`);
    aaplId = rows.find((row) => row.symbol === 'AAPL')!.id;
    const marketdata = await createMarketdataServer({ pool, bus, clock, logger, internalSecret: SECRET });
    const portfolio = createPortfolioServer({ pool, clock, logger, internalSecret: SECRET });
    const subgraphUrls = { marketdata: await marketdata.listen(0), portfolio: await portfolio.listen(0) };
    stack.defer(() => marketdata.stop());
    stack.defer(() => portfolio.stop());
    gateway = await createGatewayServer({ subgraphUrls, apiToken: TOKEN, internalSecret: SECRET, bus, clock, logger, subscriptions, sandbox: false });
    ({ url } = await gateway.listen(0));
    stack.defer(() => gateway.stop());
  }, 120_000);
  afterAll(() => stack.disposeAll());

  it('installs an ESM build with declarations, no TypeScript sources', async () => {
    const { stdout } = await run('node', ['-e', 'console.log(JSON.stringify(require("@nautilus/sdk/package.json")))'], app);
    const manifest = JSON.parse(stdout) as { exports: Record<string, { types: string; import: string }> };
    expect(manifest.exports['.']).toMatchObject({ types: './dist/index.d.ts', import: './dist/index.js' });
    const files = await readdir(path.join(app, 'node_modules/@nautilus/sdk/dist'), { recursive: true });
    expect(files).toContain('index.d.ts');
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('queries, mutates, reports typed errors and subscribes through the gateway with plain node', async () => {
    let published = false;
    const publish = async () => {
      for (let i = 0; i < 300 && gateway.engine.stats.active < 1; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      await clock.advance(1000);
      await recordQuotes(pool, bus, [{ instrumentId: aaplId, symbol: 'AAPL', bid: 184.99, ask: 185.01, last: 185, size: 100, ts: new Date(clock.now()) }]);
    };
    const result = await run('node', ['run.mjs', url, TOKEN], app, (line) => {
      if (!published && line.includes('"subscribed"')) {
        published = true;
        void publish();
      }
    });
    expect(result.code, result.stderr).toBe(0);
    const steps = Object.fromEntries(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { step: string })
        .map((line) => [line.step, line]),
    );
    expect(steps.instruments).toEqual({ step: 'instruments', total: 2, symbols: ['AAPL', 'MSFT'] });
    expect(steps.bars).toEqual({ step: 'bars', ingested: { written: 1, inserted: 1, replaced: 0 }, closes: [184] });
    expect(steps.errors).toEqual({
      step: 'errors',
      errors: {
        badInput: { isNautilusError: true, code: 'BAD_USER_INPUT', field: 'limit', status: 200, network: false },
        unauthenticated: { isNautilusError: true, code: 'UNAUTHENTICATED', status: 401, network: false },
        network: { isNautilusError: true, code: 'NETWORK_ERROR', network: true },
        unavailable: { isNautilusError: true, code: 'SERVICE_UNAVAILABLE', status: 200, network: false, serviceName: 'collateral' },
      },
      raw: { latestQuote: null },
      guard: true,
    });
    expect(steps.quote).toMatchObject({ quote: { symbol: 'AAPL', bid: 184.99, ask: 185.01, last: 185, instrument: { symbol: 'AAPL', name: 'Apple Inc.' } } });
  }, 60_000);

  it('type-checks a consumer with plain tsc, and rejects one that misuses the typed methods', async () => {
    const [typed, broken] = await Promise.all([run('node', [TSC, '-p', 'tsconfig.json'], app), run('node', [TSC, '-p', 'tsconfig.broken.json'], app)]);
    expect(typed.code, typed.stdout).toBe(0);
    expect(broken.code).not.toBe(0);
    const errorLines = [...broken.stdout.matchAll(/^broken\.ts\((\d+),\d+\): error (TS\d+)/gm)].map((m) => Number(m[1]));
    // Lines 3–9 of BROKEN: one deliberate error each, nothing else.
    expect([...new Set(errorLines)]).toEqual([3, 4, 5, 6, 7, 8, 9]);
  }, 60_000);
});
