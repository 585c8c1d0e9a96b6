/**
 * `npm run bench:portfolio`: the portfolio engine's write and read paths through the subgraph
 * (`createPortfolioServer(...).execute(...)`, in process), each against a baseline measured in the same
 * run on the same data.
 *
 * 1. Writes: BENCH_TRADES (20,000) trades in batches of 100 (`recordTrades`) over 10 portfolios and 20
 *    instruments, ~1 in 4 a sell of a quantity held: GraphQL parsing and validation, the portfolio row
 *    lock, symbol resolution through marketdata's reads, the held-quantity check (a replay of the stored
 *    trades of the batch's instruments), the trade rows and their ledger (cash) entries, in one
 *    transaction per batch. Baseline: one plain multi-row `INSERT ... VALUES` per batch of the same rows
 *    into a scratch copy of portfolio.trade (`LIKE ... INCLUDING ALL`: same columns, defaults,
 *    constraints and indexes). The two are interleaved batch by batch, so both see the same load.
 * 2. Reads: `Portfolio.performance` (daily valuation, TWR/risk statistics, IRR, benchmark figures and the
 *    daily series) of a book of 50 positions with ~3 years of weekday bars and monthly trades. Baseline:
 *    the reads it cannot avoid — the portfolio's trades and cash entries (plain SELECTs) and the same
 *    closes aligned by marketdata's `findAlignedCloses`. Interleaved, BENCH_RUNS (40) runs each after a
 *    warm-up; p50/p95 and their ratios.
 *
 * Uses DATABASE_URL (a scratch database is created and dropped) or an embedded PostgreSQL in
 * .data/bench-postgres. Performance is reported, never asserted.
 */
import os from 'node:os';
import path from 'node:path';
import { createPool, createScratchDatabase, spawnEmbeddedPostgres } from '@nautilus/db';
import { LiveClock, createLogger } from '@nautilus/runtime';
import { findAlignedCloses } from '@nautilus/marketdata/reads';
import type pg from 'pg';
import { createPortfolioServer } from '../src/server.ts';

const TRADES = Number(process.env.BENCH_TRADES ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const BATCH = 100;
const WRITE_PORTFOLIOS = 10;
const WRITE_INSTRUMENTS = 20;
const BOOK_POSITIONS = 50;
const YEARS = 3;
const DAY = 86_400_000;

/** Deterministic uniform [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const gaussian = (rng: () => number) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const int = (x: number) => Math.round(x).toLocaleString('en-US');

interface Trade {
  symbol: string;
  side: 'BUY' | 'SELL';
  quantity: number;
  price: number;
  fees: number;
  ts: string;
}

/** Instruments with weekday closes over YEARS years up to yesterday; returns symbol → (day ms → close). */
async function seedMarket(pool: pg.Pool, today: number): Promise<{ symbols: string[]; benchmark: string; closes: Map<string, Map<number, number>>; days: number[] }> {
  const rng = random(20_261_205);
  const symbols = Array.from({ length: BOOK_POSITIONS }, (_, i) => `PF${String(i).padStart(2, '0')}`);
  const benchmark = 'PFIDX';
  const all = [...symbols, benchmark];
  const { rows } = await pool.query<{ id: number; symbol: string }>(
    `INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange)
     SELECT s, 'Bench ' || s, 'equity', 'USD', 'XNAS' FROM unnest($1::text[]) AS s RETURNING id, symbol`,
    [all],
  );
  const days: number[] = [];
  for (let d = today - YEARS * 365 * DAY; d < today; d += DAY) {
    const weekday = new Date(d).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(d);
  }
  const closes = new Map<string, Map<number, number>>();
  const bars = { id: [] as number[], ts: [] as string[], close: [] as number[] };
  for (const { id, symbol } of rows) {
    const series = new Map<number, number>();
    let close = 30 + 270 * rng();
    const sigma = 0.01 + 0.015 * rng();
    for (const d of days) {
      close *= Math.exp(sigma * gaussian(rng) + 0.0003 - 0.5 * sigma * sigma);
      const c = Number(close.toFixed(4));
      series.set(d, c);
      bars.id.push(id);
      bars.ts.push(new Date(d).toISOString());
      bars.close.push(c);
    }
    closes.set(symbol, series);
  }
  await pool.query(
    `INSERT INTO marketdata.bar (instrument_id, interval, ts, open, high, low, close, volume)
     SELECT i, '1d', t, c, c, c, c, 1000 FROM unnest($1::int[], $2::timestamptz[], $3::float8[]) AS b(i, t, c)`,
    [bars.id, bars.ts, bars.close],
  );
  return { symbols, benchmark, closes, days };
}

/** Per portfolio, trades in ts order; a sell only of a quantity held at its time. */
function writeWorkload(symbols: readonly string[], closes: Map<string, Map<number, number>>, days: readonly number[]): Trade[][] {
  const rng = random(7);
  const perPortfolio = Math.ceil(TRADES / WRITE_PORTFOLIOS);
  const out: Trade[][] = [];
  for (let p = 0; p < WRITE_PORTFOLIOS; p++) {
    const held = new Map<string, number>();
    const trades: Trade[] = [];
    for (let k = 0; k < perPortfolio && out.length * perPortfolio + k < TRADES; k++) {
      const day = days[Math.floor((k * days.length) / perPortfolio)]!;
      const symbol = symbols[Math.floor(rng() * WRITE_INSTRUMENTS)]!;
      const price = Number(closes.get(symbol)!.get(day)!.toFixed(2));
      const have = held.get(symbol) ?? 0;
      const sell = have >= 2 && rng() < 0.25;
      const quantity = sell ? Math.max(1, Math.floor(have * rng())) : 1 + Math.floor(50 * rng());
      held.set(symbol, have + (sell ? -quantity : quantity));
      // Distinct times within the day (15:00 + k seconds), so the batch's order is its ts order.
      trades.push({ symbol, side: sell ? 'SELL' : 'BUY', quantity, price, fees: 1, ts: new Date(day + 15 * 3_600_000 + (k % 3_600) * 1000).toISOString() });
    }
    out.push(trades);
  }
  return out;
}

type Execute = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

async function main(): Promise<void> {
  const logger = createLogger({ name: 'bench-portfolio', level: 'warn' });
  const clock = new LiveClock();
  const setupStarted = performance.now();
  const embedded = process.env.DATABASE_URL ? undefined : await spawnEmbeddedPostgres({ dataDir: path.resolve('.data/bench-postgres'), database: 'postgres' });
  const scratch = await createScratchDatabase({ adminUrl: process.env.DATABASE_URL ?? embedded!.adminUrl, prefix: 'nautilus_bench_portfolio' });
  const pool = createPool({ connectionString: scratch.url, max: 4 });
  const server = createPortfolioServer({ pool, clock, logger, internalSecret: 'p'.repeat(48) });
  const execute: Execute = async (query, variables) => {
    const response = await server.execute({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw new Error(`GraphQL error: ${errors.map((e) => e.message).join('; ')}`);
    return data as Record<string, unknown>;
  };
  try {
    const today = Math.floor(clock.now() / DAY) * DAY;
    const market = await seedMarket(pool, today);
    const { symbols, benchmark, closes, days } = market;
    const createPortfolio = async (name: string, extra: Record<string, unknown> = {}) => {
      const entity = (await execute('mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }', { i: { kind: 'PERSON', name } })) as { createEntity: { id: string } };
      const created = (await execute('mutation($i: CreatePortfolioInput!) { createPortfolio(input: $i) { id } }', { i: { entityId: entity.createEntity.id, name, ...extra } })) as { createPortfolio: { id: string } };
      return created.createPortfolio.id;
    };
    const RECORD = 'mutation($i: RecordTradesInput!) { recordTrades(input: $i) { id } }';
    const setupSeconds = (performance.now() - setupStarted) / 1000;

    // ------------------------------------------------------------ 1. writes
    const workload = writeWorkload(symbols, closes, days);
    const portfolios: string[] = [];
    for (let p = 0; p < WRITE_PORTFOLIOS; p++) portfolios.push(await createPortfolio(`Writer ${p}`));
    await pool.query('CREATE SCHEMA bench; CREATE TABLE bench.trade (LIKE portfolio.trade INCLUDING ALL)');
    const instrumentIds = new Map((await pool.query<{ id: number; symbol: string }>('SELECT id, symbol FROM marketdata.instrument')).rows.map((r) => [r.symbol, r.id]));
    const plainInsert = async (portfolioId: string, batch: readonly Trade[]) => {
      const values: unknown[] = [];
      const tuples = batch.map((t, i) => {
        values.push(Number(portfolioId), instrumentIds.get(t.symbol)!, t.symbol, t.side.toLowerCase(), t.quantity, t.price, t.fees, t.ts);
        const o = i * 8;
        return `($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6}, $${o + 7}, $${o + 8})`;
      });
      await pool.query(`INSERT INTO bench.trade (portfolio_id, instrument_id, symbol, side, quantity, price, fees, ts) VALUES ${tuples.join(', ')}`, values);
    };
    // Warm-up (JIT, plans, connections) on a portfolio of its own, not counted.
    const warmPortfolio = await createPortfolio('Warm-up');
    for (let i = 0; i < 3; i++) {
      const batch = workload[0]!.slice(i * BATCH, (i + 1) * BATCH);
      await execute(RECORD, { i: { portfolioId: warmPortfolio, trades: batch } });
      await plainInsert(warmPortfolio, batch);
    }
    await pool.query('TRUNCATE bench.trade');
    let graphMs = 0;
    let plainMs = 0;
    let batches = 0;
    let written = 0;
    const graphBatchMs: number[] = [];
    const plainBatchMs: number[] = [];
    const maxBatches = Math.max(...workload.map((w) => Math.ceil(w.length / BATCH)));
    for (let b = 0; b < maxBatches; b++) {
      for (let p = 0; p < WRITE_PORTFOLIOS; p++) {
        const batch = workload[p]!.slice(b * BATCH, (b + 1) * BATCH);
        if (batch.length === 0) continue;
        // Alternate which goes first, so neither always runs on a just-warmed cache.
        const graph = async () => {
          const s = performance.now();
          await execute(RECORD, { i: { portfolioId: portfolios[p]!, trades: batch } });
          const ms = performance.now() - s;
          graphMs += ms;
          graphBatchMs.push(ms);
        };
        const plain = async () => {
          const s = performance.now();
          await plainInsert(portfolios[p]!, batch);
          const ms = performance.now() - s;
          plainMs += ms;
          plainBatchMs.push(ms);
        };
        if ((b + p) % 2 === 0) await graph().then(plain);
        else await plain().then(graph);
        batches++;
        written += batch.length;
      }
    }
    const { rows: counted } = await pool.query<{ trades: number; cash: number; copy: number }>(
      `SELECT (SELECT count(*) FROM portfolio.trade WHERE portfolio_id = ANY($1::int[]))::int AS trades,
              (SELECT count(*) FROM portfolio.cash_entry WHERE portfolio_id = ANY($1::int[]))::int AS cash,
              (SELECT count(*) FROM bench.trade)::int AS copy`,
      [portfolios.map(Number)],
    );
    const sells = workload.flat().filter((t) => t.side === 'SELL').length;

    // ------------------------------------------------------------ 2. reads
    const book = await createPortfolio('Book', { benchmarkSymbol: benchmark });
    await execute('mutation($i: CashInput!) { depositCash(input: $i) { id } }', { i: { portfolioId: book, amount: 10_000_000, ts: new Date(days[0]! + 9 * 3_600_000).toISOString() } });
    const rng = random(11);
    const bookTrades: Trade[] = [];
    const bookHeld = new Map<string, number>();
    for (const symbol of symbols) {
      const price = Number(closes.get(symbol)!.get(days[0]!)!.toFixed(2));
      const quantity = Math.max(1, Math.round((50_000 + 100_000 * rng()) / price));
      bookHeld.set(symbol, quantity);
      bookTrades.push({ symbol, side: 'BUY', quantity, price, fees: 1, ts: new Date(days[0]! + 15 * 3_600_000).toISOString() });
    }
    // Monthly (every 21 bars) five trades: adds, or trims of up to a third of what is held.
    for (let d = 21; d < days.length; d += 21) {
      for (let k = 0; k < 5; k++) {
        const symbol = symbols[Math.floor(rng() * symbols.length)]!;
        const price = Number(closes.get(symbol)!.get(days[d]!)!.toFixed(2));
        const have = bookHeld.get(symbol)!;
        const sell = rng() < 0.4;
        const quantity = sell ? Math.max(1, Math.floor((have * rng()) / 3)) : 1 + Math.floor(200 * rng());
        bookHeld.set(symbol, have + (sell ? -quantity : quantity));
        bookTrades.push({ symbol, side: sell ? 'SELL' : 'BUY', quantity, price, fees: 1, ts: new Date(days[d]! + 15 * 3_600_000 + k * 1000).toISOString() });
      }
    }
    for (let i = 0; i < bookTrades.length; i += 1000) await execute(RECORD, { i: { portfolioId: book, trades: bookTrades.slice(i, i + 1000) } });

    const PERFORMANCE = `query($id: ID!) { portfolio(id: $id) { performance {
      observations totalReturn annualizedReturn volatility sharpe sortino maxDrawdown calmar beta alpha trackingError
      informationRatio moneyWeightedReturn series { date value cumulativeReturn benchmarkReturn } } } }`;
    const bookIds = [...symbols, benchmark].map((s) => instrumentIds.get(s)!);
    const bookId = Number(book);
    const baselineReads = async () => {
      const to = new Date(clock.now());
      const [trades, cash, aligned] = await Promise.all([
        pool.query(`SELECT instrument_id, side, quantity::float8 AS quantity, ts FROM portfolio.trade WHERE portfolio_id = $1 AND ts <= $2 ORDER BY ts, id`, [bookId, to]),
        pool.query(`SELECT amount::float8 AS amount, kind, ts FROM portfolio.cash_entry WHERE portfolio_id = $1 AND ts <= $2 ORDER BY ts, id`, [bookId, to]),
        findAlignedCloses(pool, { instrumentIds: bookIds, from: new Date(days[0]!), to, align: 'union' }),
      ]);
      return trades.rowCount! + cash.rowCount! + aligned.dates.length;
    };
    let observations = 0;
    let seriesLength = 0;
    const graphRead = async () => {
      const data = (await execute(PERFORMANCE, { id: book })) as { portfolio: { performance: { observations: number; series: unknown[] } } };
      observations = data.portfolio.performance.observations;
      seriesLength = data.portfolio.performance.series.length;
    };
    for (let i = 0; i < 3; i++) {
      await graphRead();
      await baselineReads();
    }
    const graphReadMs: number[] = [];
    const baselineReadMs: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const timed = async (fn: () => Promise<unknown>, into: number[]) => {
        const s = performance.now();
        await fn();
        into.push(performance.now() - s);
      };
      if (r % 2 === 0) {
        await timed(graphRead, graphReadMs);
        await timed(baselineReads, baselineReadMs);
      } else {
        await timed(baselineReads, baselineReadMs);
        await timed(graphRead, graphReadMs);
      }
    }

    // ------------------------------------------------------------ report
    const cpu = os.cpus();
    console.log(`\nNautilus portfolio benchmark — ${new Date().toISOString()}`);
    console.log(`machine: ${cpu.length} cores, ${cpu[0]?.model ?? 'unknown CPU'}; Node ${process.version}; load ${os.loadavg()[0]!.toFixed(2)}; setup (scratch DB, migrations, ${int(days.length * (symbols.length + 1))} bars) ${f1(setupSeconds)} s`);
    console.log(
      `writes: ${int(written)} trades (${int(sells)} sells) in ${batches} batches of ${BATCH} over ${WRITE_PORTFOLIOS} portfolios × ${WRITE_INSTRUMENTS} instruments; ` +
        `graph path wrote ${int(counted[0]!.trades)} trades + ${int(counted[0]!.cash)} cash entries, baseline ${int(counted[0]!.copy)} rows; interleaved batch by batch\n`,
    );
    console.log('| writes | trades/s | batch p50 ms | batch p95 ms | time ratio to baseline |');
    console.log('|---|---:|---:|---:|---:|');
    console.log(`| baseline: plain multi-row INSERT into a copy of portfolio.trade | ${int((written / plainMs) * 1000)} | ${f1(percentile(plainBatchMs, 0.5))} | ${f1(percentile(plainBatchMs, 0.95))} | 1.00 |`);
    console.log(`| recordTrades through the subgraph (validation, lock, held check, trades + ledger) | ${int((written / graphMs) * 1000)} | ${f1(percentile(graphBatchMs, 0.5))} | ${f1(percentile(graphBatchMs, 0.95))} | ${f2(graphMs / plainMs)} |`);
    console.log(
      `\nreads: a book of ${BOOK_POSITIONS} positions (${int(bookTrades.length)} trades, 1 deposit, benchmark ${benchmark}) over ${int(days.length)} weekday bars (${YEARS} years); ` +
        `${observations} observations, series of ${seriesLength}; ${RUNS} interleaved runs after 3 warm-up\n`,
    );
    const bp50 = percentile(baselineReadMs, 0.5);
    const bp95 = percentile(baselineReadMs, 0.95);
    const gp50 = percentile(graphReadMs, 0.5);
    const gp95 = percentile(graphReadMs, 0.95);
    console.log('| reads | p50 ms | p95 ms | p50 ratio | p95 ratio |');
    console.log('|---|---:|---:|---:|---:|');
    console.log(`| baseline: trades + cash SELECTs and findAlignedCloses (${bookIds.length} instruments) | ${f1(bp50)} | ${f1(bp95)} | 1.00 | 1.00 |`);
    console.log(`| Portfolio.performance through the subgraph (metrics + daily series) | ${f1(gp50)} | ${f1(gp95)} | ${f2(gp50 / bp50)} | ${f2(gp95 / bp95)} |`);
  } finally {
    await server.stop().catch(() => {});
    await pool.end();
    await scratch.drop();
    await embedded?.stop();
  }
}

await main();
