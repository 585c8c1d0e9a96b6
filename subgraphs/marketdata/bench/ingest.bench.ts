/**
 * `npm run bench:marketdata` — market data write and read throughput, as
 * ratios against a baseline measured in the same run.
 *
 *  1. Ingest: one year of 1-minute bars for one instrument (525,600 rows,
 *     24×7 like a crypto pair) through the real ingest path (validation +
 *     binary COPY; re-sent bars take the temp-table upsert path, measured
 *     separately), in batches of the API maximum (100,000). Baseline: `psql \copy` of the same rows straight into an
 *     identical table (no validation, no upsert): the server's raw COPY rate.
 *  2. Read: the whole year aggregated to 1h bars (8,760 buckets) through
 *     queryBars, reported as 1m bars read per second.
 *
 * Uses DATABASE_URL when set (a scratch database is created and dropped),
 * otherwise an embedded PostgreSQL in .data/bench-postgres.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createScratchDatabase, spawnEmbeddedPostgres } from '@nautilus/db';
import { queryBars } from '../src/service/queryBars.ts';
import { validateBars, writeBars, MAX_INGEST_BARS, type BarInput } from '../src/service/ingestBars.ts';
import { findTimeseriesLayout } from '../src/store/findTimeseriesLayout.ts';

const MINUTES = 365 * 24 * 60;
const START = Date.UTC(2025, 0, 1);

function makeBars(): BarInput[] {
  const bars: BarInput[] = new Array(MINUTES);
  let price = 100;
  let state = 12345;
  const rand = () => ((state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < MINUTES; i++) {
    const open = price;
    const close = Math.max(1, open * (1 + (rand() - 0.5) * 0.002));
    const high = Math.max(open, close) * (1 + rand() * 0.0005);
    const low = Math.min(open, close) * (1 - rand() * 0.0005);
    bars[i] = { symbol: 'BENCH', interval: 'M1', ts: new Date(START + i * 60_000), open, high, low, close, volume: Math.round(rand() * 1000) };
    price = close;
  }
  return bars;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const embedded = process.env.DATABASE_URL ? undefined : await spawnEmbeddedPostgres({ dataDir: path.resolve('.data/bench-postgres'), database: 'postgres' });
const adminUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
const scratch = await createScratchDatabase({ adminUrl, prefix: 'nautilus_bench' });
const pool = new pg.Pool({ connectionString: scratch.url, max: 4 });
const tmp = await mkdtemp(path.join(tmpdir(), 'nautilus-bench-'));
try {
  const { timescale, detail } = await findTimeseriesLayout(pool);
  const { rows } = await pool.query<{ id: number }>(
    "INSERT INTO marketdata.instrument (symbol, name, asset_class, currency, exchange) VALUES ('BENCH', 'Benchmark pair', 'crypto', 'USD', 'BENCH') RETURNING id",
  );
  const instrumentId = rows[0]!.id;
  const bars = makeBars();

  // Baseline: raw psql \copy of the same rows into an identical empty table.
  const file = path.join(tmp, 'bars.tsv');
  await writeFile(file, bars.map((b) => `${instrumentId}\t1m\t${b.ts.toISOString()}\t${b.open}\t${b.high}\t${b.low}\t${b.close}\t${b.volume}`).join('\n') + '\n');
  await pool.query('CREATE TABLE bar_baseline (LIKE marketdata.bar INCLUDING ALL)');
  let baselineSeconds: number;
  let baselineName = 'psql \\copy';
  try {
    const started = performance.now();
    execFileSync('psql', [scratch.url, '-v', 'ON_ERROR_STOP=1', '-qc', `\\copy bar_baseline (instrument_id, interval, ts, open, high, low, close, volume) FROM '${file}'`], { stdio: 'pipe' });
    baselineSeconds = (performance.now() - started) / 1000;
  } catch (error) {
    baselineName = 'COPY via pg-copy-streams (psql not found)';
    const started = performance.now();
    const client = await pool.connect();
    const { from } = await import('pg-copy-streams');
    const { pipeline } = await import('node:stream/promises');
    const { createReadStream } = await import('node:fs');
    await pipeline(createReadStream(file), client.query(from('COPY bar_baseline (instrument_id, interval, ts, open, high, low, close, volume) FROM STDIN')));
    client.release();
    baselineSeconds = (performance.now() - started) / 1000;
    void error;
  }

  // Ingest path.
  const started = performance.now();
  let written = 0;
  for (let i = 0; i < bars.length; i += MAX_INGEST_BARS) {
    const batch = bars.slice(i, i + MAX_INGEST_BARS);
    written += (await writeBars(pool, await validateBars(pool, batch))).written;
  }
  const ingestSeconds = (performance.now() - started) / 1000;
  if (written !== bars.length) throw new Error(`wrote ${written} of ${bars.length}`);
  await pool.query('ANALYZE marketdata.bar');

  // Re-sending stored bars takes the upsert path (temp table + ON CONFLICT).
  const resend = bars.slice(0, MAX_INGEST_BARS);
  const upsertStarted = performance.now();
  const replaced = (await writeBars(pool, await validateBars(pool, resend))).replaced;
  const upsertSeconds = (performance.now() - upsertStarted) / 1000;
  if (replaced !== resend.length) throw new Error(`replaced ${replaced} of ${resend.length}`);

  // Read path: one year of 1m bars aggregated to 1h.
  const timings: number[] = [];
  let buckets = 0;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const result = await queryBars(pool, { instrumentId, interval: 'H1', from: new Date(START), to: new Date(START + MINUTES * 60_000), limit: 10_000, timescale });
    timings.push((performance.now() - t0) / 1000);
    buckets = result.length;
  }
  const readSeconds = median(timings);

  const ingestRate = bars.length / ingestSeconds;
  const baselineRate = bars.length / baselineSeconds;
  console.log(`\nNautilus market data benchmark — ${new Date().toISOString()}`);
  console.log(`machine: ${(await import('node:os')).cpus().length} cores, ${(await import('node:os')).cpus()[0]?.model ?? 'unknown CPU'}; layout: ${timescale ? 'TimescaleDB' : 'plain PostgreSQL'} (${detail})`);
  console.log('');
  console.log('| measurement | rows | seconds | rows/s | ratio to baseline |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(`| baseline: ${baselineName} into an identical table | ${fmt(bars.length)} | ${baselineSeconds.toFixed(2)} | ${fmt(baselineRate)} | 1.00 |`);
  console.log(`| ingest path: new bars (validate + binary COPY, ${MAX_INGEST_BARS.toLocaleString('en-US')}/batch) | ${fmt(bars.length)} | ${ingestSeconds.toFixed(2)} | ${fmt(ingestRate)} | ${(ingestRate / baselineRate).toFixed(2)} |`);
  console.log(`| ingest path: re-sent bars (validate + COPY to temp + upsert) | ${fmt(resend.length)} | ${upsertSeconds.toFixed(2)} | ${fmt(resend.length / upsertSeconds)} | ${(resend.length / upsertSeconds / baselineRate).toFixed(2)} |`);
  console.log(`| read: 1 year of 1m bars → ${buckets} 1h bars (median of 5) | ${fmt(bars.length)} | ${readSeconds.toFixed(3)} | ${fmt(bars.length / readSeconds)} | — |`);
  console.log('');
  console.log(`ingest target ≥ 300,000 rows/s on 2 cores: ${ingestRate >= 300_000 ? 'met' : 'NOT met'} (${fmt(ingestRate)} rows/s)`);
} finally {
  await pool.end();
  await scratch.drop();
  await rm(tmp, { recursive: true, force: true });
  await embedded?.stop();
}
