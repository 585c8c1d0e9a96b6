/**
 * `npm run bench:accel`: times every workload at the sizes of the issue on
 * every available backend (best of N after one warm-up), prints one Markdown
 * table per workload with time, throughput and the ratio to js, then the
 * router's choice after a fresh calibration. Numbers are whatever this
 * machine measures; nothing is hard-coded.
 */
import { availableParallelism, cpus } from 'node:os';
import { createAccel, matrix, panel, type Accel, type BackendName, type IndicatorName, type Matrix, type OptionSpec } from '../src/index.ts';

// default calibration path (.data/accel-calibration.json under the cwd); timing rows force each backend
const accel: Accel = await createAccel();
const status = await accel.status();
const available = status.backends.filter((b) => b.available).map((b) => b.name);
console.log(`# @nautilus/accel benchmark\n`);
console.log(`${cpus()[0]?.model ?? 'cpu'}, ${availableParallelism()} cores, Node ${process.versions.node}; backends: ${status.backends.map((b) => `${b.name}${b.available ? ` (${b.device})` : ' (unavailable)'}`).join(', ')}\n`);

interface Row { backend: BackendName | 'router'; ms: number; note?: string }

async function time(fn: () => Promise<unknown>, reps: number): Promise<number> {
  await fn();
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const results: { title: string; units: number; unitName: string; rows: Row[] }[] = [];

async function bench(title: string, units: number, unitName: string, backends: BackendName[], run: (b: BackendName) => Promise<unknown>, reps = 3): Promise<void> {
  const rows: Row[] = [];
  for (const b of backends.filter((x) => available.includes(x))) {
    try {
      rows.push({ backend: b, ms: await time(() => run(b), reps) });
    } catch (error) {
      rows.push({ backend: b, ms: Number.NaN, note: (error as Error).message });
    }
  }
  results.push({ title, units, unitName, rows });
  print(results.at(-1)!);
}

function print(r: (typeof results)[number]): void {
  const js = r.rows.find((x) => x.backend === 'js')?.ms ?? Number.NaN;
  console.log(`## ${r.title}\n`);
  console.log('| backend | time (ms) | throughput | × vs js |');
  console.log('|---|---:|---:|---:|');
  for (const row of r.rows) {
    const tp = (r.units / row.ms) * 1000;
    console.log(`| ${row.backend} | ${Number.isNaN(row.ms) ? `failed: ${row.note}` : row.ms.toFixed(1)} | ${fmt(tp)} ${r.unitName}/s | ${(js / row.ms).toFixed(2)} |`);
  }
  console.log('');
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return '-';
  if (x >= 1e9) return `${(x / 1e9).toFixed(2)} G`;
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)} M`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(1)} k`;
  return x.toFixed(1);
}

let seed = 12345;
const rnd = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) - 0.5;

// ---- Monte Carlo options
const euro: OptionSpec = { payoff: 'european', type: 'call', spot: 100, strike: 100, rate: 0.05, volatility: 0.2, maturity: 1, paths: 1_000_000, seed: 1 };
for (const paths of [100_000, 1_000_000]) {
  await bench(`European MC, ${paths.toLocaleString('en')} paths (antithetic, control variate)`, paths, 'paths', ['js', 'threads', 'gpu'], (backend) => accel.priceOption({ ...euro, paths }, { backend }), 5);
}
const asian: OptionSpec = { ...euro, payoff: 'asian-arithmetic', steps: 252, paths: 50_000 };
await bench('Arithmetic Asian MC, 50,000 paths × 252 steps (geometric control)', 50_000 * 252, 'path-steps', ['js', 'threads'], (backend) => accel.priceOption(asian, { backend }), 2);

// ---- portfolio VaR: 500 assets, one-factor-plus-idiosyncratic covariance
const assets = 500;
const beta = Float64Array.from({ length: assets }, () => 0.8 + rnd() * 0.8);
const cov: Matrix = matrix(assets, assets);
for (let i = 0; i < assets; i++) for (let j = 0; j < assets; j++) cov.data[i * assets + j] = beta[i]! * beta[j]! * 1e-4 + (i === j ? 2e-4 : 0);
const positions = Float64Array.from({ length: assets }, () => 1e5 * (1 + rnd()));
await bench('Portfolio VaR/ES, 100,000 scenarios × 500 assets (linear P&L)', 100_000 * assets, 'asset-scenarios', ['js', 'threads'], (backend) => accel.portfolioRisk({ positions, covariance: cov, scenarios: 100_000, seed: 1, horizon: 10, confidence: [0.95, 0.99] }, { backend }), 2);
await bench('Portfolio VaR/ES, 10,000 scenarios × 500 assets (lognormal, full L·z)', 10_000 * assets, 'asset-scenarios', ['js', 'threads'], (backend) => accel.portfolioRisk({ positions, covariance: cov, scenarios: 10_000, seed: 1, model: 'lognormal' }, { backend }), 2);

// ---- linear algebra
const returns = matrix(2520, 500, Float64Array.from({ length: 2520 * 500 }, () => rnd() * 0.04));
await bench('Covariance of 2,520 × 500 returns', 2520 * 500 * 500, 'mult-adds', ['js', 'threads', 'onnx'], (backend) => accel.covariance(returns, { backend }), 2);
const sq = matrix(500, 500, Float64Array.from({ length: 500 * 500 }, rnd));
await bench('Matmul 500 × 500 · 500 × 500', 500 ** 3, 'mult-adds', ['js', 'threads', 'onnx'], (backend) => accel.matmul(sq, sq, { backend }), 2);

// ---- indicators: 500 series × 2,520 bars of random-walk prices
const prices = panel(500, 2520);
for (let s = 0; s < 500; s++) {
  let p = 100;
  for (let t = 0; t < 2520; t++) prices.data[s * 2520 + t] = p *= Math.exp(rnd() * 0.04);
}
for (const name of ['rsi', 'macd', 'bollinger'] as IndicatorName[]) {
  await bench(`${name.toUpperCase()} over 500 series × 2,520 bars`, 500 * 2520, 'bars', ['js', 'threads'], (backend) => accel.indicator(name, { values: prices }, {}, { backend }), 3);
}

// ---- router: calibrate (short timed runs, persisted to .data/), then let it choose at the benchmark sizes
const t0 = performance.now();
await accel.calibrate();
console.log(`## Router choices (calibration took ${(performance.now() - t0).toFixed(0)} ms, saved to ${(await accel.status()).calibration.path})\n`);
console.log('| workload | size | chosen | reason |');
console.log('|---|---:|---|---|');
const routed: [string, () => Promise<unknown>][] = [
  ['European MC 1M paths', () => accel.priceOption(euro)],
  ['Asian MC 50k × 252', () => accel.priceOption(asian)],
  ['VaR 100k × 500', () => accel.portfolioRisk({ positions, covariance: cov, scenarios: 100_000, seed: 1 })],
  ['Covariance 2,520 × 500', () => accel.covariance(returns)],
  ['Matmul 500³', () => accel.matmul(sq, sq)],
  ['RSI 500 × 2,520', () => accel.indicator('rsi', { values: prices })],
];
for (const [label, run] of routed) {
  await run();
  const d = (await accel.status()).decisions.at(-1)!;
  console.log(`| ${label} | ${d.size.toExponential(2)} | ${d.backend} | ${d.reason} |`);
}
await accel.close();
