/**
 * `npm run bench:system`: what `Query.system` costs over the polling it does.
 *
 * Five real subgraph servers (createSubgraphServer, as every engine runs it;
 * one with an accel router behind /status, like risk) listen on ports of this
 * process, each having served some requests so /metrics has content. Measured
 * in the same run, round after round:
 *   - baseline: fetching every engine's /health, /ready, /metrics and /status
 *     at once and reading the bodies (the I/O the system engine cannot avoid);
 *   - system: the `Query.system` operation executed on the system engine, which
 *     does that polling and parses, summarises and shapes it.
 * Prints medians and p95 and the ratio of system to baseline.
 */
import { parse } from 'graphql';
import { createAccel } from '@nautilus/accel';
import { LiveClock, createLogger, createSubgraphServer, metricsAuthorization, metricsToken, type RequestInfo, type SubgraphServer } from '@nautilus/runtime';
import { createSystemServer } from '../src/server.ts';
import type { EngineTarget } from '../src/service/pollEngines.ts';

const ROUNDS = 200;
const WARMUP = 20;
const clock = new LiveClock();
const logger = createLogger({ name: 'bench-system', level: 'silent' });
const internalSecret = 'b'.repeat(48);
const typeDefs = parse('extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: []) type Query { ping: String }');

const accel = await createAccel({ backends: ['js'], calibrate: 'never' });
await accel.priceOption({ payoff: 'european', type: 'call', spot: 100, strike: 100, rate: 0.05, volatility: 0.2, maturity: 1, paths: 2_000, seed: 1 });
const servers: SubgraphServer<RequestInfo>[] = [];
const targets: EngineTarget[] = [];
for (const name of ['marketdata', 'portfolio', 'risk', 'collateral', 'strategy']) {
  const server = createSubgraphServer<RequestInfo>({
    name,
    typeDefs,
    resolvers: { Query: { ping: () => 'pong' } },
    internalSecret,
    clock,
    logger,
    createContext: (request) => request,
    ...(name === 'risk' ? { status: async () => ({ acceleration: await accel.status() }) } : {}),
  });
  for (let i = 0; i < 50; i++) await server.execute({ query: '{ ping }' });
  targets.push({ name, title: name, description: name, url: await server.listen(0), version: '0.1.0' });
  servers.push(server);
}
const system = createSystemServer({ engines: () => targets, clock, logger, internalSecret });
const scrapeToken = metricsToken(internalSecret);
const query = `{ system { checkedAt engines { name healthy ready problem version uptimeSeconds metrics { requests errors meanLatencyMs residentMemoryBytes } }
  acceleration { engine backends { name available reason } calibration { note entryCount } decisions(last: 5) { workload backend reason } } } }`;

async function baseline(): Promise<void> {
  await Promise.all(
    targets.flatMap((t) =>
      ['health', 'ready', 'metrics', 'status'].map(async (route) => (await fetch(t.url.replace(/graphql$/, route), { headers: metricsAuthorization(scrapeToken) })).text()),
    ),
  );
}

async function viaSystem(): Promise<void> {
  const result = await system.execute({ query });
  if (result.body.kind !== 'single' || result.body.singleResult.errors) throw new Error(`system query failed: ${JSON.stringify(result.body)}`);
  const engines = (result.body.singleResult.data as { system: { engines: { healthy: boolean }[] } }).system.engines;
  if (engines.length !== targets.length || !engines.every((e) => e.healthy)) throw new Error('an engine was reported down');
}

async function measure(run: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

// Alternate the two so drift in machine load falls on both.
const base: number[] = [];
const sys: number[] = [];
for (let block = 0; block < 4; block++) {
  base.push(...(await measure(baseline)));
  sys.push(...(await measure(viaSystem)));
}
base.sort((a, b) => a - b);
sys.sort((a, b) => a - b);
const at = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const fmt = (ms: number) => ms.toFixed(2);

console.log(`system engine over ${targets.length} engines, ${base.length} rounds each (node ${process.version})`);
console.log('');
console.log('| measurement | median ms | p95 ms | ratio to baseline (median) |');
console.log('|---|---:|---:|---:|');
console.log(`| baseline: fetch /health, /ready, /metrics, /status of every engine | ${fmt(at(base, 0.5))} | ${fmt(at(base, 0.95))} | 1.00 |`);
console.log(`| Query.system (poll + parse + summarise + GraphQL) | ${fmt(at(sys, 0.5))} | ${fmt(at(sys, 0.95))} | ${(at(sys, 0.5) / at(base, 0.5)).toFixed(2)} |`);

await Promise.all([...servers.map((s) => s.stop()), system.stop()]);
await accel.close();
