import type { MaSweepKernelInput, MaSweepResult } from '../backtest/maSweep.ts';
import type { IndicatorName, IndicatorParams } from '../indicators/indicatorKernels.ts';
import type { Matrix } from '../linalg/Matrix.ts';
import type { ResolvedFirstPassageSpec } from '../montecarlo/firstPassage.ts';
import type { ResolvedOptionSpec } from '../montecarlo/OptionSpec.ts';
import type { PnlKernelInput } from '../montecarlo/PortfolioSpec.ts';

export type BackendName = 'js' | 'threads' | 'gpu' | 'onnx';

/** The routed workloads; each has a size measure (see `workloadSize`). */
export type Workload = 'mc.option' | 'mc.firstPassage' | 'mc.portfolio' | 'linalg.covariance' | 'linalg.matmul' | 'indicators' | 'backtest.maSweep';

/**
 * Every workload `calibrate()` times. A table saved before a workload existed lacks it (the router
 * then sends that workload to js): the launcher measures again when one is missing.
 */
export const CALIBRATED_WORKLOADS: readonly Workload[] = ['mc.option', 'mc.firstPassage', 'mc.portfolio', 'linalg.covariance', 'linalg.matmul', 'indicators', 'backtest.maSweep'];

/** Cancellation and progress for one call. */
export interface RunControl {
  signal?: AbortSignal;
  /** Called with the completed fraction in [0, 1], at most every few ms. */
  onProgress?: (fraction: number) => void;
}

export interface BackendProbe {
  available: boolean;
  /** Why it is (un)available, e.g. the webgpu load error. */
  reason: string;
  /** What it runs on, e.g. 'worker_threads ×2', 'gpu.js webasm'. */
  device?: string;
}

/**
 * A backend runs kernels; the router decides which one. Methods a backend
 * does not implement are absent, and `supports` says so.
 */
export interface Backend {
  readonly name: BackendName;
  probe(): Promise<BackendProbe>;
  supports(workload: Workload, detail?: { payoff?: string; jumps?: boolean; model?: string }): boolean;
  /** Per-block moments for `blockCount(spec.paths)` blocks (see `simulateOptionBlocks`). */
  optionMoments?(spec: ResolvedOptionSpec, ctl: RunControl): Promise<Float64Array>;
  /** Per-block first-passage moments for `blockCount(spec.paths)` blocks (see `simulateFirstPassageBlocks`). */
  firstPassageMoments?(spec: ResolvedFirstPassageSpec, ctl: RunControl): Promise<Float64Array>;
  /** Scenario P&L vector. */
  portfolioPnl?(input: PnlKernelInput, ctl: RunControl): Promise<Float64Array>;
  covariance?(returns: Matrix, ddof: number, ctl: RunControl): Promise<Matrix>;
  matmul?(a: Matrix, b: Matrix, ctl: RunControl): Promise<Matrix>;
  /** Outputs (series-major buffers) of an already validated indicator call. */
  indicator?(name: IndicatorName, params: Required<IndicatorParams>, inputs: Float64Array[], series: number, length: number, ctl: RunControl): Promise<Float64Array[]>;
  /** Equity and fill counts of every pair of an already validated MA-crossover sweep (see maSweepAccumulate). */
  maSweep?(input: MaSweepKernelInput & { pairs: Int32Array }, ctl: RunControl): Promise<MaSweepResult>;
  close(): Promise<void>;
}
