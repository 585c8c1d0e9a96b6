import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccel, type Accel } from '@nautilus/accel';
import { LiveClock, createLogger, createSubgraphServer, type RequestInfo, type SubgraphServer } from '@nautilus/runtime';
import { createSystemServer } from '../src/server.ts';
import type { EngineTarget } from '../src/service/pollEngines.ts';
import { readEngineTargets } from '../src/service/readEngineTargets.ts';

const clock = new LiveClock();
const logger = createLogger({ name: 'system-test', level: 'silent' });
const internalSecret = 'x'.repeat(48);
const typeDefs = parse('extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: []) type Query { ping(fail: Boolean): String }');
const resolvers = {
  Query: {
    ping: (_: unknown, { fail }: { fail?: boolean }) => {
      if (fail) throw new Error('boom');
      return 'pong';
    },
  },
};

/**
 * The system engine against real subgraph servers listening on ports of this
 * test: one with an accel router behind /status (as the risk engine has), one
 * without, one that is not running, and one that accepts connections but never
 * answers.
 */
describe('system engine', () => {
  let accel: Accel;
  let accelerated: SubgraphServer<RequestInfo>;
  let plain: SubgraphServer<RequestInfo>;
  let hanging: http.Server;
  let targets: EngineTarget[];
  let system: ReturnType<typeof createSystemServer>;

  beforeAll(async () => {
    accel = await createAccel({ backends: ['js'], calibrate: 'never' });
    // one routed call, so there is a decision to report
    await accel.priceOption({ payoff: 'european', type: 'call', spot: 100, strike: 100, rate: 0.05, volatility: 0.2, maturity: 1, paths: 2_000, seed: 1 });
    accelerated = createSubgraphServer({ name: 'quant', typeDefs, resolvers, internalSecret, clock, logger, createContext: (r) => r, status: async () => ({ acceleration: await accel.status() }) });
    plain = createSubgraphServer({ name: 'plain', typeDefs, resolvers, internalSecret, clock, logger, createContext: (r) => r, checkReady: async () => Promise.reject(new Error('database unreachable')) });
    const quantUrl = await accelerated.listen(0);
    const plainUrl = await plain.listen(0);
    hanging = http.createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    targets = [
      { name: 'quant', title: 'Quant', description: 'has accel', url: quantUrl, version: '1.2.3' },
      { name: 'plain', title: 'Plain', description: 'no accel, not ready', url: plainUrl, version: null },
      { name: 'gone', title: 'Gone', description: 'not running', url: `http://127.0.0.1:${closedPort}/graphql`, version: '0.1.0' },
      { name: 'stuck', title: 'Stuck', description: 'never answers', url: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`, version: '0.1.0' },
    ];
    system = createSystemServer({ engines: () => targets, timeoutMs: 500, clock, logger, internalSecret });
    // traffic for the metrics summary: 2 operations on quant, one of them an error
    await accelerated.execute({ query: '{ ping }' });
    await accelerated.execute({ query: '{ ping(fail: true) }' });
  });
  afterAll(async () => {
    await Promise.all([accelerated?.stop(), plain?.stop(), system?.stop()]);
    hanging?.closeAllConnections();
    await new Promise<void>((resolve) => (hanging ? hanging.close(() => resolve()) : resolve()));
    await accel?.close();
  });

  const query = `{ system {
    checkedAt timeoutMs
    engines { name title url healthy ready problem version nodeVersion uptimeSeconds accelerated
              metrics { requests errors errorsByCode { code count } meanLatencyMs residentMemoryBytes cpuSeconds } }
    acceleration { engine devices { kind name } backends { name available reason device }
                   calibration { path note measuredAt entryCount workloads { workload fastest } }
                   decisions(last: 5) { at workload size backend reason failedBackend } failures { backend } }
  } }`;

  it('reports every engine: up with metrics and version, not ready with the reason, down, and timed out', async () => {
    const started = Date.now();
    const result = await system.execute({ query });
    expect(result.body.kind === 'single' && result.body.singleResult.errors).toBeUndefined();
    const data = (result.body.kind === 'single' ? result.body.singleResult.data : null) as { system: any };
    expect(Date.now() - started).toBeLessThan(5_000);
    const byName = Object.fromEntries(data.system.engines.map((e: any) => [e.name, e]));
    expect(data.system.engines.map((e: any) => e.name)).toEqual(['quant', 'plain', 'gone', 'stuck']);
    expect(data.system.timeoutMs).toBe(500);

    expect(byName.quant).toMatchObject({ healthy: true, ready: true, problem: null, version: '1.2.3', nodeVersion: process.version, accelerated: true });
    expect(byName.quant.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(byName.quant.metrics).toMatchObject({ requests: 2, errors: 1 });
    expect(byName.quant.metrics.errorsByCode).toEqual([{ code: expect.any(String), count: 1 }]);
    expect(byName.quant.metrics.meanLatencyMs).toBeGreaterThan(0);

    expect(byName.plain).toMatchObject({ healthy: true, ready: false, problem: '/ready answered 503 (database unreachable)', version: null, accelerated: false });
    expect(byName.plain.metrics).toMatchObject({ requests: 0, errors: 0, meanLatencyMs: null });

    expect(byName.gone).toMatchObject({ healthy: false, ready: false, metrics: null, nodeVersion: null, uptimeSeconds: null, accelerated: false });
    expect(byName.gone.problem).toMatch(/^down: \/health: ECONNREFUSED/);
    expect(byName.stuck).toMatchObject({ healthy: false, ready: false, problem: 'down: /health did not answer within 500 ms', accelerated: false });
  });

  it('reports the accel router of each engine that has one: backends and why, calibration, decisions newest first', async () => {
    const result = await system.execute({ query });
    const data = (result.body.kind === 'single' ? result.body.singleResult.data : null) as { system: any };
    expect(data.system.acceleration).toHaveLength(1);
    const [quant] = data.system.acceleration;
    const status = await accel.status();
    expect(quant.engine).toBe('quant');
    expect(quant.backends).toEqual(status.backends.map((b) => ({ name: b.name, available: b.available, reason: b.reason, device: b.device ?? null })));
    expect(quant.devices[0]).toMatchObject({ kind: 'cpu' });
    expect(quant.calibration).toEqual({ path: null, note: 'calibration disabled', measuredAt: null, entryCount: 0, workloads: [] });
    expect(quant.decisions[0]).toMatchObject({ workload: 'mc.option', backend: 'js', size: 2_000, failedBackend: null });
    expect(quant.decisions[0].reason).toMatch(/no calibration/);
    expect(quant.failures).toEqual([]);
  });

  it('summarises a calibration table per workload at its largest size', async () => {
    const calibrated = await createAccel({ backends: ['js', 'threads'], calibrate: 'never', threads: 1 });
    const server = createSubgraphServer({ name: 'cal', typeDefs, resolvers, internalSecret, clock, logger, createContext: (r) => r, status: async () => ({ acceleration: await calibrated.status() }) });
    try {
      const table = await calibrated.calibrate({ scale: 0.02, persist: false, workloads: ['indicators'] });
      const url = await server.listen(0);
      const only = createSystemServer({ engines: () => [{ name: 'cal', title: 'Cal', description: '', url, version: null }], clock, logger, internalSecret });
      const result = await only.execute({ query: '{ system { acceleration { calibration { note measuredAt entryCount machine workloads { workload size label fastest timings { backend ms } } } } } }' });
      const calibration = (result.body.kind === 'single' ? (result.body.singleResult.data as any) : null).system.acceleration[0].calibration;
      const largest = Math.max(...table.entries.map((e) => e.size));
      const atLargest = table.entries.filter((e) => e.size === largest).sort((a, b) => a.ms - b.ms);
      expect(calibration).toMatchObject({ note: 'measured (not persisted)', measuredAt: table.measuredAt, entryCount: table.entries.length });
      expect(calibration.machine).toContain(`${table.machine.cores} cores`);
      expect(calibration.workloads).toEqual([{ workload: 'indicators', size: largest, label: atLargest[0]!.label, fastest: atLargest[0]!.backend, timings: atLargest.map((e) => ({ backend: e.backend, ms: e.ms })) }]);
      await only.stop();
    } finally {
      await server.stop();
      await calibrated.close();
    }
  });

  it('refuses a decisions count outside 1..50 with BAD_USER_INPUT naming the argument', async () => {
    const result = await system.execute({ query: '{ system { acceleration { decisions(last: 0) { backend } } } }' });
    const errors = result.body.kind === 'single' ? result.body.singleResult.errors : undefined;
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(errors?.[0]?.message).toMatch(/last.*must be an integer from 1 to 50, got 0/);
  });

  it('polls the registry: every engine folder, at its address, with its package version', async () => {
    const engines = await readEngineTargets({ RISK_PORT: '5103' });
    expect(engines.map((e) => e.name)).toEqual(expect.arrayContaining(['marketdata', 'portfolio', 'risk', 'collateral', 'system']));
    expect(engines.find((e) => e.name === 'risk')).toMatchObject({ url: 'http://127.0.0.1:5103/graphql', version: '0.1.0', title: 'Risk' });
    expect(engines.find((e) => e.name === 'system')?.url).toBe('http://127.0.0.1:4109/graphql');
  });
});
