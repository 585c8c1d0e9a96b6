import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createPool, migrate } from '@nautilus/db';
import { LiveClock, getSubgraphAddress, loadConfig, loadOrCreateSecret, ConfigError } from '@nautilus/runtime';
import { seedMarketData } from '@nautilus/marketdata/seed';
import { seedPortfolios } from '@nautilus/portfolio/seed';
import { seedMarginAccounts } from '@nautilus/collateral/seed';
import { SUBGRAPHS } from '@nautilus/gateway';
import { startProcess, waitUntilReady, type ServiceProcess } from './startProcess.ts';

/**
 * `npm start`: the whole platform on one machine with no setup.
 * Database (DATABASE_URL, else embedded PostgreSQL in .data/postgres) →
 * migrations → demo seed when empty → every subgraph as its own process →
 * gateway → market simulator feed; Ctrl-C stops everything, then the database.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const color = process.stdout.isTTY === true;
const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[0m` : text);
const say = (text: string) => console.log(`${bold('nautilus')}  ${text}`);

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
const dataDir = path.resolve(root, config.NAUTILUS_DATA_DIR);

let embedded: ChildProcess | undefined;
const services: ServiceProcess[] = [];
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('stopping…');
    for (const service of [...services].reverse()) {
      if (service.child.exitCode === null) service.child.kill('SIGTERM');
      const timeout = setTimeout(() => service.child.kill('SIGKILL'), 10_000);
      await service.exited;
      clearTimeout(timeout);
    }
    if (embedded && embedded.exitCode === null) {
      say('stopping embedded PostgreSQL');
      const exited = new Promise((resolve) => embedded!.once('exit', resolve));
      embedded.kill('SIGTERM');
      await exited;
    }
    say('stopped');
  }
  process.exit(code);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  // 1. Database
  let databaseUrl = config.DATABASE_URL;
  if (databaseUrl) {
    say(`database: ${redact(databaseUrl)} (DATABASE_URL)`);
  } else {
    say(`database: embedded PostgreSQL in ${path.relative(process.cwd(), path.join(dataDir, 'postgres')) || '.'} (set DATABASE_URL to use your own)`);
    databaseUrl = await startEmbeddedDatabase(path.join(dataDir, 'postgres'));
  }

  // 2. Prisma client (generated once; skipped when the schema is unchanged) and migrations
  execFileSync(process.execPath, [path.join(root, 'prisma/scripts/generate.mjs')], { stdio: 'inherit' });
  const migrated = await migrate({ connectionString: databaseUrl });
  say(`migrations: ${migrated.applied.length} applied, ${migrated.alreadyApplied.length} already applied`);

  // 3. Demo world when empty
  const pool = createPool({ connectionString: databaseUrl, max: 4, applicationName: 'launcher' });
  const seed = await seedMarketData({ pool, clock: new LiveClock(), seed: config.SIMULATOR_SEED, onProgress: (text) => say(`seed: ${text}`) });
  say(seed.seeded ? `seeded ${seed.instruments} instruments and ${seed.bars.toLocaleString('en-US')} bars` : `reusing existing data (${seed.instruments} instruments)`);
  const portfolios = await seedPortfolios({ pool, clock: new LiveClock(), seed: config.SIMULATOR_SEED });
  if (portfolios.seeded) say('seeded the demo family office (entities, portfolios, trades, a goal)');
  const margin = await seedMarginAccounts({ pool, clock: new LiveClock() });
  if (margin.seeded) say(`seeded ${margin.accounts} margin accounts with collateral`);
  await pool.end();

  // 4. Secrets shared by the processes
  const token = config.NAUTILUS_API_TOKEN
    ? { value: config.NAUTILUS_API_TOKEN, created: false }
    : await loadOrCreateSecret({ dir: dataDir, file: 'api-token', bytes: 24 });
  const secret = config.NAUTILUS_INTERNAL_SECRET ?? (await loadOrCreateSecret({ dir: dataDir, file: 'internal-secret', bytes: 48 })).value;

  // 5. Web client: build once so the gateway can serve it
  if (!existsSync(path.join(root, 'web/dist/graphiql.html')) && existsSync(path.join(root, 'web/index.html'))) {
    say('building the web client (first start only)…');
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: path.join(root, 'web'), stdio: 'inherit' });
  }

  // 6. Processes
  const env = {
    DATABASE_URL: databaseUrl,
    NAUTILUS_INTERNAL_SECRET: secret,
    NAUTILUS_API_TOKEN: token.value,
    NAUTILUS_DATA_DIR: dataDir,
  };
  const run = (name: string, entry: string) => {
    const service = startProcess({ name, entry: path.join(root, entry), env, cwd: root, color });
    services.push(service);
    void service.exited.then((code) => {
      if (!stopping) {
        say(`${name} exited unexpectedly (code ${code}); stopping the platform`);
        void stopAll(1);
      }
    });
    return service;
  };
  await Promise.all(
    SUBGRAPHS.map((subgraph) => {
      const service = run(subgraph.name, subgraph.entry);
      const ready = getSubgraphAddress(subgraph.name, subgraph.defaultPort).url.replace(/\/graphql$/, '/ready');
      return waitUntilReady(service, ready);
    }),
  );
  const gateway = run('gateway', 'gateway/src/main.ts');
  const gatewayHost = config.GATEWAY_HOST === '0.0.0.0' ? '127.0.0.1' : config.GATEWAY_HOST;
  await waitUntilReady(gateway, `http://${gatewayHost}:${config.PORT}/ready`);
  run('feed', 'subgraphs/marketdata/src/feed.ts');

  const base = `http://localhost:${config.PORT}`;
  console.log('');
  say(bold('Nautilus is running'));
  say(`  GraphQL + Apollo Sandbox   ${base}/graphql`);
  say(`  Subscriptions (graphql-ws) ws://localhost:${config.PORT}/graphql`);
  if (existsSync(path.join(root, 'web/dist/index.html'))) {
    say(`  Web client                 ${base}/`);
    say(`  GraphiQL (offline)         ${base}/graphiql`);
  }
  say(`  Metrics                    ${base}/metrics`);
  if (token.created) say(`  API token (shown once; also in ${path.relative(root, path.join(dataDir, 'api-token'))}): ${bold(token.value)}`);
  else say(`  API token: ${config.NAUTILUS_API_TOKEN ? 'NAUTILUS_API_TOKEN' : `in ${path.relative(root, path.join(dataDir, 'api-token'))}`}`);
  say('  Send it as  Authorization: Bearer <token>   (Ctrl-C stops everything)');
} catch (error) {
  console.error(`nautilus: start-up failed: ${(error as Error).message}`);
  await stopAll(1);
}

/** Starts the embedded PostgreSQL host process (detached: Ctrl-C does not reach it) and resolves with its URL. */
function startEmbeddedDatabase(folder: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'packages/launcher/src/embeddedDatabaseHost.ts'), folder], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  embedded = child;
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => {
      try {
        resolve((JSON.parse(line) as { url: string }).url);
      } catch {
        reject(new Error(`embedded PostgreSQL: unexpected output ${line}`));
      }
    });
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited (code ${code}): ${errors.trim() || 'no output'}`)));
  });
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}
