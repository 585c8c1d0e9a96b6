/**
 * `npm run bench:risk` — a Monte Carlo risk report (100,000 scenarios) for a
 * 500-position portfolio through the gateway, over the real stack in one
 * process: gateway → portfolio (positions) → marketdata (prices, @requires)
 * → risk (history read, covariance, accel simulation, persistence).
 *
 * Prints p50/p95 of the end-to-end latency over repeated runs, the time spent
 * inside accel's simulation (reported by the risk engine as computedWith.millis)
 * and everything else, and the ratio of end-to-end to accel time: accel's time
 * measured in the same run is the baseline.
 *
 * Data: 500 instruments (ten copies of the calibrated 50-instrument demo
 * universe, block-correlated) with 1.2 years of simulated daily bars.
 * Uses DATABASE_URL (a scratch database is created and dropped) or an embedded
 * PostgreSQL in .data/bench-postgres.
 */
import os from 'node:os';
import path from 'node:path';
import { createAccel } from '@nautilus/accel';
import { createPool, createScratchDatabase, spawnEmbeddedPostgres } from '@nautilus/db';
import { MemoryBus, LiveClock, createLogger } from '@nautilus/runtime';
import { createMarketdataServer } from '@nautilus/marketdata/server';
import { createCalibratedUniverse, seedMarketData } from '@nautilus/marketdata/seed';
import type { MarketUniverse } from '@nautilus/marketdata/simulator';
import { createPortfolioServer } from '@nautilus/portfolio/server';
import { createGatewayServer } from '@nautilus/gateway';
import { createRiskServer } from '@nautilus/risk/server';

const POSITIONS = 500;
const PATHS = 100_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const TOKEN = 'bench-risk-token-0123456789';
const SECRET = 'r'.repeat(48);

/** Ten copies of the demo universe, correlated within a copy only (block diagonal: still positive definite). */
function bigUniverse(copies: number): MarketUniverse {
  const base = createCalibratedUniverse();
  const n = base.instruments.length;
  const instruments = Array.from({ length: copies }, (_, k) =>
    base.instruments.map((spec) => ({ ...spec, symbol: k === 0 ? spec.symbol : `${spec.symbol}.${k}`, name: `${spec.name}${k === 0 ? '' : ` (${k})`}` })),
  ).flat();
  const correlation = instruments.map((_, i) => instruments.map((__, j) => (Math.floor(i / n) === Math.floor(j / n) ? base.correlation[i % n]![j % n]! : 0)));
  return { instruments, correlation };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
};
const ms = (x: number) => x.toFixed(0);

const logger = createLogger({ name: 'bench-risk', level: 'silent' });
const clock = new LiveClock();
const embedded = process.env.DATABASE_URL ? undefined : await spawnEmbeddedPostgres({ dataDir: path.resolve('.data/bench-postgres'), database: 'postgres' });
const scratch = await createScratchDatabase({ adminUrl: process.env.DATABASE_URL ?? embedded!.adminUrl, prefix: 'nautilus_bench_risk' });
const pool = createPool({ connectionString: scratch.url, max: 12 });
const accel = await createAccel({ calibrate: 'startup' });
const stops: Array<() => Promise<unknown>> = [];
try {
  const universe = bigUniverse(POSITIONS / 50);
  const seeded = await seedMarketData({ pool, clock, seed: 11, years: 1.2, minuteDays: 0, universe });
  const bus = new MemoryBus();
  const marketdata = await createMarketdataServer({ pool, bus, clock, logger, internalSecret: SECRET });
  const portfolio = createPortfolioServer({ pool, clock, logger, internalSecret: SECRET });
  const risk = createRiskServer({ pool, bus, clock, logger, internalSecret: SECRET, accel });
  const urls = { marketdata: await marketdata.listen(0), portfolio: await portfolio.listen(0), risk: await risk.listen(0) };
  stops.push(() => marketdata.stop(), () => portfolio.stop(), () => risk.stop());
  const gateway = await createGatewayServer({ subgraphUrls: urls, apiToken: TOKEN, internalSecret: SECRET, bus, clock, logger, subscriptions: [], sandbox: false });
  const { url } = await gateway.listen(0);
  stops.push(() => gateway.stop());
  const post = async (query: string, variables?: unknown) => {
    const body = (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query, variables }) })).json()) as { data: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  const entity = await post('mutation { createEntity(input: { kind: PERSON, name: "Bench" }) { id } }');
  const book = await post('mutation($e: ID!) { createPortfolio(input: { entityId: $e, name: "Five hundred" }) { id } }', { e: entity.createEntity.id });
  const { rows } = await pool.query<{ symbol: string; close: number }>(
    `SELECT i.symbol, (SELECT close FROM marketdata.bar WHERE instrument_id = i.id AND interval = '1d' ORDER BY ts DESC LIMIT 1) AS close FROM marketdata.instrument i ORDER BY i.id LIMIT $1`,
    [POSITIONS],
  );
  const trades = rows.map((r) => ({ symbol: r.symbol, side: 'BUY', quantity: Math.max(1, Math.round(10_000 / r.close)), price: Number(r.close.toFixed(6)), fees: 0, ts: new Date(clock.now() - 86_400_000).toISOString() }));
  await post('mutation($p: ID!, $t: [TradeInput!]!) { recordTrades(input: { portfolioId: $p, trades: $t }) { id } }', { p: book.createPortfolio.id, t: trades });

  const query = `query($id: ID!) { portfolio(id: $id) { riskReport(method: MONTE_CARLO, paths: ${PATHS}, confidence: 0.99) { var es portfolioValue computedWith { backend paths millis } } } }`;
  await post(query, { id: book.createPortfolio.id }); // warm-up: query plans, JIT, worker pool
  const totals: number[] = [];
  const inAccel: number[] = [];
  let last: any;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    last = (await post(query, { id: book.createPortfolio.id })).portfolio.riskReport;
    totals.push(performance.now() - started);
    inAccel.push(last.computedWith.millis);
  }
  const elsewhere = totals.map((t, i) => t - inAccel[i]!);
  console.log(`\nNautilus risk benchmark — ${new Date().toISOString()}`);
  console.log(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}; ${seeded.instruments} instruments, ${seeded.bars.toLocaleString('en-US')} daily bars`);
  console.log(`report: ${POSITIONS} positions, ${PATHS.toLocaleString('en-US')} scenarios, 99% 1-day VaR ${last.var.toFixed(0)} on ${last.portfolioValue.toFixed(0)}; accel backend: ${last.computedWith.backend}; ${RUNS} runs after a warm-up\n`);
  console.log('| measurement | p50 ms | p95 ms | ratio to accel (p50) |');
  console.log('|---|---:|---:|---:|');
  console.log(`| baseline: accel simulation (computedWith.millis) | ${ms(percentile(inAccel, 0.5))} | ${ms(percentile(inAccel, 0.95))} | 1.00 |`);
  console.log(`| everything else (gateway, federation, SQL, covariance, persistence) | ${ms(percentile(elsewhere, 0.5))} | ${ms(percentile(elsewhere, 0.95))} | ${(percentile(elsewhere, 0.5) / percentile(inAccel, 0.5)).toFixed(2)} |`);
  console.log(`| end to end through the gateway | ${ms(percentile(totals, 0.5))} | ${ms(percentile(totals, 0.95))} | ${(percentile(totals, 0.5) / percentile(inAccel, 0.5)).toFixed(2)} |`);
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  await accel.close();
  await pool.end();
  await scratch.drop();
  await embedded?.stop();
}
