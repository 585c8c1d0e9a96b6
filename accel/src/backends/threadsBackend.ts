import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { AccelError, AccelErrorCode } from '../errors/AccelError.ts';
import { INDICATORS } from '../indicators/indicatorKernels.ts';
import { centre, symmetrizeUpper } from '../linalg/covariance.ts';
import { allocShared, toShared } from '../linalg/Matrix.ts';
import { FIRST_PASSAGE_WIDTH } from '../montecarlo/firstPassage.ts';
import { blockCount } from '../montecarlo/OptionSpec.ts';
import { BLOCK_SCENARIOS, type PnlKernelInput } from '../montecarlo/PortfolioSpec.ts';
import { MOMENT_WIDTH } from '../montecarlo/simulateOptionBlocks.ts';
import type { Backend, RunControl } from './Backend.ts';
import type { ThreadTask } from './threadsWorker.ts';

export interface ThreadsBackendOptions {
  /** Worker threads (default: os.availableParallelism()). */
  threads?: number;
}

/**
 * The js kernels sharded over a piscina worker pool. Inputs and outputs live
 * on SharedArrayBuffers: a caller that allocates with `allocShared` pays no
 * copy at all; otherwise inputs are copied once into shared memory. The pool
 * starts lazily on first use (worker start-up with tsx takes ~100-300 ms, so
 * the router only picks threads for work big enough to repay it).
 */
export function createThreadsBackend(options: ThreadsBackendOptions = {}): Backend {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  let pool: Piscina | undefined;
  const getPool = (): Piscina => {
    pool ??= new Piscina({
      filename: new URL('./threadsWorker.ts', import.meta.url).href,
      execArgv: ['--import', 'tsx'],
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
    });
    return pool;
  };

  /** Splits [0, total) into ~4 tasks per thread, runs them, reports progress. */
  async function shard(total: number, make: (from: number, to: number) => ThreadTask, ctl: RunControl, bounds?: number[]): Promise<void> {
    const p = getPool();
    const cuts = bounds ?? evenCuts(total, Math.min(total, threads * 4));
    let done = 0;
    const jobs: Promise<unknown>[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i]!;
      const to = cuts[i + 1]!;
      if (to <= from) continue;
      jobs.push(
        p.run(make(from, to), ctl.signal ? { signal: ctl.signal } : {}).then(() => {
          done += to - from;
          ctl.onProgress?.(done / total);
        }),
      );
    }
    try {
      await Promise.all(jobs);
    } catch (error) {
      if (ctl.signal?.aborted) throw new AccelError(AccelErrorCode.ABORTED, "Aborted by the caller's AbortSignal.", { cause: error });
      throw new AccelError(AccelErrorCode.BACKEND_FAILED, `threads backend task failed: ${(error as Error).message}`, { cause: error });
    }
  }

  return {
    name: 'threads',
    async probe() {
      if (typeof SharedArrayBuffer === 'undefined') return { available: false, reason: 'SharedArrayBuffer is not available' };
      try {
        await getPool().run({ kind: 'ping' } satisfies ThreadTask);
        return { available: true, reason: `piscina pool of ${threads} worker threads over SharedArrayBuffer`, device: `worker_threads ×${threads}` };
      } catch (error) {
        return { available: false, reason: `worker pool failed to start: ${(error as Error).message}` };
      }
    },
    supports: () => true,
    async optionMoments(spec, ctl) {
      const blocks = blockCount(spec.paths);
      const out = allocShared(blocks * MOMENT_WIDTH);
      await shard(blocks, (from, to) => ({ kind: 'option', spec, from, to, out }), ctl);
      return out;
    },
    async firstPassageMoments(spec, ctl) {
      const blocks = blockCount(spec.paths);
      const out = allocShared(blocks * FIRST_PASSAGE_WIDTH);
      await shard(blocks, (from, to) => ({ kind: 'firstPassage', spec, from, to, out }), ctl);
      return out;
    },
    async portfolioPnl(input, ctl) {
      const shared: PnlKernelInput = {
        ...input,
        drift: toShared(input.drift),
        chol: toShared(input.chol),
        positions: toShared(input.positions),
        loadings: toShared(input.loadings),
      };
      const out = allocShared(input.scenarios);
      await shard(blockCount(input.scenarios, BLOCK_SCENARIOS), (from, to) => ({ kind: 'pnl', input: shared, from, to, out }), ctl);
      return out;
    },
    async covariance(x, ddof, ctl) {
      const n = x.cols;
      const centred = centre(x, allocShared(x.rows * n));
      const out = allocShared(n * n);
      // rows of the upper triangle shrink; cut so every task has equal area
      const tasks = Math.min(n, threads * 4);
      const cuts = [0];
      const total = (n * (n + 1)) / 2;
      let acc = 0;
      for (let i = 0; i < n; i++) {
        acc += n - i;
        if (acc >= (total * cuts.length) / tasks && cuts.length < tasks) cuts.push(i + 1);
      }
      if (cuts[cuts.length - 1] !== n) cuts.push(n);
      await shard(n, (from, to) => ({ kind: 'covariance', centred, t: x.rows, n, divisor: x.rows - ddof, out, from, to }), ctl, cuts);
      symmetrizeUpper(out, n);
      return { rows: n, cols: n, data: out };
    },
    async matmul(a, b, ctl) {
      const A = toShared(a.data);
      const B = toShared(b.data);
      const out = allocShared(a.rows * b.cols);
      await shard(a.rows, (from, to) => ({ kind: 'matmul', a: A, b: B, m: a.rows, k: a.cols, p: b.cols, out, from, to }), ctl);
      return { rows: a.rows, cols: b.cols, data: out };
    },
    async indicator(name, params, inputs, series, length, ctl) {
      const ins = inputs.map(toShared);
      const outs = INDICATORS[name].outputs.map(() => allocShared(series * length));
      await shard(series, (from, to) => ({ kind: 'indicator', name, params, inputs: ins, outputs: outs, length, from, to }), ctl);
      return outs;
    },
    async maSweep(input, ctl) {
      const P = input.pairs.length / 2;
      const pairs = new Int32Array(new SharedArrayBuffer(input.pairs.length * 4));
      pairs.set(input.pairs);
      const shared = { ...input, open: toShared(input.open), close: toShared(input.close), prefix: toShared(input.prefix), pairs };
      const equity = allocShared(P * input.length);
      const fills = allocShared(P);
      // Workers add (pair × instrument) units done to this counter; progress is polled from it, so it moves
      // within a task, not only when a shard ends.
      const progress = new Int32Array(new SharedArrayBuffer(4));
      const units = P * input.instruments;
      const report = ctl.onProgress;
      const timer = report ? setInterval(() => report(Atomics.load(progress, 0) / units), 20) : undefined;
      try {
        // Shards of whole pairs (a pair's sleeves are summed in instrument order inside one task, so the result
        // is bit-identical to js); 2 per thread balance a shared machine without recomputing many SMA rows.
        await shard(P, (from, to) => ({ kind: 'maSweep', input: shared, from, to, equity, fills, progress }), { signal: ctl.signal }, evenCuts(P, Math.min(P, threads * 2)));
      } finally {
        clearInterval(timer);
      }
      report?.(1);
      return { equity, fills };
    },
    async close() {
      const p = pool;
      pool = undefined;
      await p?.destroy();
    },
  };
}

function evenCuts(total: number, parts: number): number[] {
  const cuts: number[] = [];
  for (let i = 0; i <= parts; i++) cuts.push(Math.round((total * i) / Math.max(parts, 1)));
  return cuts;
}
