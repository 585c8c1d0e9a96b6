/**
 * Piscina worker for the `threads` backend. Runs the same kernels as the js
 * backend on a slice of the work; every large buffer arrives as a view on a
 * SharedArrayBuffer, so nothing big is copied in or out. Loaded as TypeScript
 * through `--import tsx` (see threadsBackend.ts).
 */
import { maSweepAccumulate, type MaSweepKernelInput } from '../backtest/maSweep.ts';
import { runIndicatorRows, type IndicatorName, type IndicatorParams } from '../indicators/indicatorKernels.ts';
import { covarianceRows } from '../linalg/covariance.ts';
import { matmul } from '../linalg/matmul.ts';
import { simulateFirstPassageBlocks, type ResolvedFirstPassageSpec } from '../montecarlo/firstPassage.ts';
import type { ResolvedOptionSpec } from '../montecarlo/OptionSpec.ts';
import type { PnlKernelInput } from '../montecarlo/PortfolioSpec.ts';
import { simulateOptionBlocks } from '../montecarlo/simulateOptionBlocks.ts';
import { simulatePnlBlocks } from '../montecarlo/simulatePnlBlocks.ts';

export type ThreadTask =
  | { kind: 'option'; spec: ResolvedOptionSpec; from: number; to: number; out: Float64Array }
  | { kind: 'firstPassage'; spec: ResolvedFirstPassageSpec; from: number; to: number; out: Float64Array }
  | { kind: 'pnl'; input: PnlKernelInput; from: number; to: number; out: Float64Array }
  | { kind: 'covariance'; centred: Float64Array; t: number; n: number; divisor: number; out: Float64Array; from: number; to: number }
  | { kind: 'matmul'; a: Float64Array; b: Float64Array; m: number; k: number; p: number; out: Float64Array; from: number; to: number }
  | { kind: 'indicator'; name: IndicatorName; params: Required<IndicatorParams>; inputs: Float64Array[]; outputs: Float64Array[]; length: number; from: number; to: number }
  | { kind: 'maSweep'; input: MaSweepKernelInput; from: number; to: number; equity: Float64Array; fills: Float64Array; progress: Int32Array }
  | { kind: 'ping' };

export default function runTask(task: ThreadTask): number {
  switch (task.kind) {
    case 'option':
      simulateOptionBlocks(task.spec, task.from, task.to, task.out);
      break;
    case 'firstPassage':
      simulateFirstPassageBlocks(task.spec, task.from, task.to, task.out);
      break;
    case 'pnl':
      simulatePnlBlocks(task.input, task.from, task.to, task.out);
      break;
    case 'covariance':
      covarianceRows(task.centred, task.t, task.n, task.divisor, task.out, task.from, task.to);
      break;
    case 'matmul':
      matmul({ rows: task.m, cols: task.k, data: task.a }, { rows: task.k, cols: task.p, data: task.b }, { rows: task.m, cols: task.p, data: task.out }, task.from, task.to);
      break;
    case 'indicator':
      runIndicatorRows(task.name, task.params, task.inputs, task.outputs, task.length, task.from, task.to);
      break;
    case 'maSweep':
      runMaSweep(task);
      break;
    case 'ping':
      break;
  }
  return 0;
}

/** Pairs [from, to) over all instruments, in instrument slices of ~2M combination-bars, counting progress. */
function runMaSweep(task: Extract<ThreadTask, { kind: 'maSweep' }>): void {
  const { input, from, to, equity, fills, progress } = task;
  const T = input.length;
  equity.fill(0, from * T, to * T);
  fills.fill(0, from, to);
  const step = Math.max(1, Math.ceil(2_000_000 / ((to - from) * T)));
  for (let k0 = 0; k0 < input.instruments; k0 += step) {
    const k1 = Math.min(input.instruments, k0 + step);
    maSweepAccumulate(input, from, to, k0, k1, equity, fills);
    Atomics.add(progress, 0, (k1 - k0) * (to - from));
  }
}
