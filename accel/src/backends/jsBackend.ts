import { maSweepAccumulate } from '../backtest/maSweep.ts';
import { INDICATORS, runIndicatorRows } from '../indicators/indicatorKernels.ts';
import { centre, covarianceRows, symmetrizeUpper } from '../linalg/covariance.ts';
import { matmul } from '../linalg/matmul.ts';
import { matrix } from '../linalg/Matrix.ts';
import { FIRST_PASSAGE_WIDTH, simulateFirstPassageBlocks } from '../montecarlo/firstPassage.ts';
import { blockCount } from '../montecarlo/OptionSpec.ts';
import { BLOCK_SCENARIOS } from '../montecarlo/PortfolioSpec.ts';
import { MOMENT_WIDTH, simulateOptionBlocks } from '../montecarlo/simulateOptionBlocks.ts';
import { simulatePnlBlocks } from '../montecarlo/simulatePnlBlocks.ts';
import { runChunked } from '../util/runChunked.ts';
import type { Backend } from './Backend.ts';

/**
 * The reference backend: the typed-array kernels on the calling thread, sliced
 * into ~12 ms pieces with event-loop yields. Always available; every other
 * backend falls back to it.
 */
export function createJsBackend(): Backend {
  return {
    name: 'js',
    probe: async () => ({ available: true, reason: 'reference kernels on the main thread', device: 'main thread' }),
    supports: () => true,
    async optionMoments(spec, ctl) {
      const blocks = blockCount(spec.paths);
      const out = new Float64Array(blocks * MOMENT_WIDTH);
      await runChunked(blocks, (a, b) => simulateOptionBlocks(spec, a, b, out), ctl);
      return out;
    },
    async firstPassageMoments(spec, ctl) {
      const blocks = blockCount(spec.paths);
      const out = new Float64Array(blocks * FIRST_PASSAGE_WIDTH);
      await runChunked(blocks, (a, b) => simulateFirstPassageBlocks(spec, a, b, out), ctl);
      return out;
    },
    async portfolioPnl(input, ctl) {
      const pnl = new Float64Array(input.scenarios);
      await runChunked(blockCount(input.scenarios, BLOCK_SCENARIOS), (a, b) => simulatePnlBlocks(input, a, b, pnl), ctl);
      return pnl;
    },
    async covariance(x, ddof, ctl) {
      const n = x.cols;
      const xc = centre(x);
      const out = matrix(n, n);
      await runChunked(n, (a, b) => covarianceRows(xc, x.rows, n, x.rows - ddof, out.data, a, b), ctl);
      symmetrizeUpper(out.data, n);
      return out;
    },
    async matmul(a, b, ctl) {
      const out = matrix(a.rows, b.cols);
      await runChunked(a.rows, (r0, r1) => matmul(a, b, out, r0, r1), ctl);
      return out;
    },
    async indicator(name, params, inputs, series, length, ctl) {
      const outs = INDICATORS[name].outputs.map(() => new Float64Array(series * length));
      await runChunked(series, (s0, s1) => runIndicatorRows(name, params, inputs, outs, length, s0, s1), ctl);
      return outs;
    },
    async maSweep(input, ctl) {
      // Slices over instruments, in order, for all pairs at once: each instrument's SMA rows are computed once
      // and every pair's equity receives its sleeves in the same order as one uninterrupted call.
      const P = input.pairs.length / 2;
      const equity = new Float64Array(P * input.length);
      const fills = new Float64Array(P);
      await runChunked(input.instruments, (k0, k1) => maSweepAccumulate(input, 0, P, k0, k1, equity, fills), ctl);
      return { equity, fills };
    },
    close: async () => {},
  };
}
