import { availableParallelism, cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { Backend, BackendName, BackendProbe, RunControl, Workload } from './backends/Backend.ts';
import { createGpuBackend, type GpuDetection, type GpuMode } from './backends/gpuBackend.ts';
import { createJsBackend } from './backends/jsBackend.ts';
import { createOnnxBackend } from './backends/onnxBackend.ts';
import { createThreadsBackend } from './backends/threadsBackend.ts';
import { maSweepSize, resolveMaSweepSpec, validateMaSweepSpec, type MaSweepResult, type MaSweepSpec } from './backtest/maSweep.ts';
import { AccelError, AccelErrorCode, assertInput } from './errors/AccelError.ts';
import { prepareIndicator, type IndicatorInputs, type IndicatorOutputs } from './indicators/computeIndicator.ts';
import { INDICATORS, type IndicatorName, type IndicatorParams } from './indicators/indicatorKernels.ts';
import { panel } from './indicators/Panel.ts';
import { allocShared, assertFinite, matrix, type Matrix } from './linalg/Matrix.ts';
import { firstPassageSize, resolveFirstPassageSpec, summarizeFirstPassage, type FirstPassageEstimate, type FirstPassageSpec } from './montecarlo/firstPassage.ts';
import { blockCount, resolveOptionSpec, type OptionSpec } from './montecarlo/OptionSpec.ts';
import { resolvePortfolioSpec, type PortfolioSpec } from './montecarlo/PortfolioSpec.ts';
import { summarizeOption, type MonteCarloPrice } from './montecarlo/summarizeOption.ts';
import { summarizePnl, type PortfolioRisk } from './montecarlo/summarizePnl.ts';
import { loadOnnxModel, onnxProviders, type LoadOnnxOptions, type OnnxModel } from './onnx/loadOnnxModel.ts';
import { hierarchicalRiskParity, type HrpResult } from './optimize/hierarchicalRiskParity.ts';
import { optimizeMeanVariance, type MeanVarianceInput, type PortfolioWeights } from './optimize/optimizeMeanVariance.ts';
import { riskParity, type RiskParityInput, type RiskParityResult } from './optimize/riskParity.ts';
import { loadCalibration, machineInfo, saveCalibration, type CalibrationEntry, type CalibrationTable } from './router/CalibrationTable.ts';
import { Router, type BackendFailure, type RoutingDecision } from './router/Router.ts';

export interface AccelOptions {
  /** Backends to enable (default all four); unavailable ones are reported in status() and skipped. */
  backends?: BackendName[];
  /** Worker threads for the threads backend (default os.availableParallelism()). */
  threads?: number;
  /** gpu.js mode (default 'auto': webgpu → headlessgl → webasm → cpu). */
  gpuMode?: GpuMode | 'auto';
  /** Calibration file (default `.data/accel-calibration.json` under process.cwd()). */
  calibrationPath?: string;
  /**
   * 'load' (default): use the file if it matches this machine, else route to js until calibrate() runs.
   * 'startup': load, and measure now if there is no usable file.
   * 'always': measure now and overwrite the file.  'never': neither read nor write the file.
   */
  calibrate?: 'load' | 'startup' | 'always' | 'never';
  /**
   * Backends to use instead of the built-in ones of the same name (experimental
   * kernels, or a deliberately failing backend in tests). They are probed and
   * routed like the built-ins.
   */
  customBackends?: Backend[];
  /** Scale of the calibration cases (default 1; tests use ~0.05 for a sub-second run). */
  calibrationScale?: number;
}

/** Per-call options of routed methods. */
export interface RunOptions extends RunControl {
  /** Force a backend (throws BACKEND_UNAVAILABLE if it is not available or does not support the call). */
  backend?: BackendName;
}

export interface RoutedInfo {
  backend: BackendName;
  elapsedMs: number;
}

export interface AccelStatus {
  devices: { kind: 'cpu' | 'gpu'; name: string; detail: string }[];
  backends: ({ name: BackendName } & BackendProbe)[];
  gpu: GpuDetection | null;
  onnxProviders: { name: string; available: boolean }[];
  calibration: { path: string | null; note: string; table: CalibrationTable | null };
  decisions: RoutingDecision[];
  failures: BackendFailure[];
}

/** The object returned by {@link createAccel}. All heavy methods are async, cancellable and routed. */
export interface Accel {
  /** Monte Carlo option price with SE and confidence interval. */
  priceOption(spec: OptionSpec, options?: RunOptions): Promise<MonteCarloPrice & RoutedInfo>;
  /**
   * P(base + Σ wᵢ·Sᵢ/S0ᵢ falls below 0 at some monitoring step) under correlated GBM, with SE and the mean
   * first-hit time (see simulateFirstPassageBlocks).
   */
  firstPassage(spec: FirstPassageSpec, options?: RunOptions): Promise<FirstPassageEstimate & RoutedInfo>;
  /** Simulated portfolio P&L with VaR and ES at each confidence. */
  portfolioRisk(spec: PortfolioSpec, options?: RunOptions): Promise<PortfolioRisk & RoutedInfo>;
  /** Sample covariance of T×N returns. */
  covariance(returns: Matrix, options?: RunOptions & { ddof?: number }): Promise<Matrix>;
  /** A·B. */
  matmul(a: Matrix, b: Matrix, options?: RunOptions): Promise<Matrix>;
  /** An indicator over many series (see computeIndicator for inputs/outputs). */
  indicator(name: IndicatorName, inputs: IndicatorInputs, params?: IndicatorParams, options?: RunOptions): Promise<IndicatorOutputs>;
  /**
   * Moving-average crossover sweep: equity per (pair, bar) and fills per pair of every (fast, slow) pair over
   * a panel, each pair trading sleeves of initialCash / N per instrument (see `sweepMaCrossover`). Size for
   * the router: pairs × instruments × bars. Bit-identical on js and threads.
   */
  maCrossoverSweep(spec: MaSweepSpec, options?: RunOptions): Promise<MaSweepResult & RoutedInfo>;
  /** Mean-variance optimisation (HiGHS). */
  optimizeMeanVariance(input: MeanVarianceInput): Promise<PortfolioWeights>;
  riskParity(input: RiskParityInput): Promise<RiskParityResult>;
  hierarchicalRiskParity(input: { covariance: Matrix; budget?: number }): Promise<HrpResult>;
  loadOnnxModel(source: Uint8Array | string, options?: LoadOnnxOptions): Promise<OnnxModel>;
  /** Measures every available backend on short cases, persists and uses the table. */
  calibrate(options?: { scale?: number; persist?: boolean; workloads?: Workload[] }): Promise<CalibrationTable>;
  /** Devices, backends, calibration table and the last routing decisions with reasons. */
  status(): Promise<AccelStatus>;
  /** Stops worker pools and GPU contexts. */
  close(): Promise<void>;
}

const ALL: BackendName[] = ['js', 'threads', 'gpu', 'onnx'];

/**
 * Creates an accelerator: probes the backends, loads (or measures) the
 * calibration table and returns routed async methods. One per process is
 * enough; call `close()` on shutdown to stop worker threads.
 */
export async function createAccel(options: AccelOptions = {}): Promise<Accel> {
  const enabled = options.backends ?? ALL;
  assertInput(enabled.every((b) => ALL.includes(b)), `backends must be among ${ALL.join(', ')}`);
  const gpuBackend = enabled.includes('gpu') ? createGpuBackend({ mode: options.gpuMode ?? 'auto' }) : null;
  const all: Backend[] = [createJsBackend()];
  if (enabled.includes('threads')) all.push(createThreadsBackend({ threads: options.threads ?? availableParallelism() }));
  if (gpuBackend) all.push(gpuBackend);
  if (enabled.includes('onnx')) all.push(createOnnxBackend());
  for (const custom of options.customBackends ?? []) {
    const i = all.findIndex((b) => b.name === custom.name);
    if (i >= 0) all[i] = custom;
    else all.push(custom);
  }
  const probes = new Map<BackendName, BackendProbe>();
  await Promise.all(all.map(async (b) => probes.set(b.name, await b.probe().catch((e: Error) => ({ available: false, reason: e.message })))));
  const backends = new Map(all.filter((b) => probes.get(b.name)?.available).map((b) => [b.name, b]));
  const mode = options.calibrate ?? 'load';
  const path = mode === 'never' ? null : resolve(process.cwd(), options.calibrationPath ?? '.data/accel-calibration.json');
  const router = new Router();
  let calibrationNote = 'calibration disabled';
  if (path && mode !== 'always') {
    const { table, note } = await loadCalibration(path);
    router.table = table;
    calibrationNote = note;
  }

  async function route<T>(workload: Workload, size: number, detail: Parameters<Backend['supports']>[1], opts: RunOptions, run: (b: Backend) => Promise<T>): Promise<T & RoutedInfo> {
    const candidates = [...backends.values()].filter((b) => b.supports(workload, detail)).map((b) => b.name);
    let choice: { backend: BackendName; reason: string };
    if (opts.backend) {
      const b = backends.get(opts.backend);
      if (!b || !b.supports(workload, detail)) {
        throw new AccelError(AccelErrorCode.BACKEND_UNAVAILABLE, `backend '${opts.backend}' ${b ? `does not run ${workload} ${detail?.payoff ?? ''}` : `is not available (${probes.get(opts.backend)?.reason ?? 'not enabled'})`}`);
      }
      choice = { backend: opts.backend, reason: 'requested by the caller' };
    } else choice = router.choose(workload, size, candidates);
    router.record({ workload, size, backend: choice.backend, reason: choice.reason });
    const runOn = async (name: BackendName): Promise<T & RoutedInfo> => {
      const t0 = performance.now();
      const value = await run(backends.get(name)!);
      return Object.assign(value as object, { backend: name, elapsedMs: performance.now() - t0 }) as T & RoutedInfo;
    };
    try {
      return await runOn(choice.backend);
    } catch (error) {
      const userError = error instanceof AccelError && (error.code === 'BAD_INPUT' || error.code === 'ABORTED' || error.code === 'NOT_POSITIVE_DEFINITE');
      if (userError || choice.backend === 'js' || opts.backend) throw error;
      const message = (error as Error).message;
      router.recordFailure({ backend: choice.backend, workload, message });
      router.record({ workload, size, backend: 'js', reason: `fallback: ${choice.backend} failed (${message})`, failedBackend: choice.backend });
      return runOn('js');
    }
  }

  const accel: Accel = {
    async priceOption(spec, opts = {}) {
      const r = resolveOptionSpec(spec);
      return route('mc.option', r.paths * r.steps, { payoff: r.payoff, jumps: r.jumps !== null }, opts, async (b) => {
        const moments = await b.optionMoments!(r, opts);
        return summarizeOption(r, moments, blockCount(r.paths));
      });
    },
    async firstPassage(spec, opts = {}) {
      const r = resolveFirstPassageSpec(spec);
      return route('mc.firstPassage', firstPassageSize(r), undefined, opts, async (b) => summarizeFirstPassage(r, await b.firstPassageMoments!(r, opts), blockCount(r.paths)));
    },
    async portfolioRisk(spec, opts = {}) {
      const { input, confidence } = resolvePortfolioSpec(spec);
      const size = input.scenarios * input.assets * (input.lognormal ? input.assets / 2 : 1);
      return route('mc.portfolio', size, { model: input.lognormal ? 'lognormal' : 'linear' }, opts, async (b) => summarizePnl(await b.portfolioPnl!(input, opts), confidence, spec.keepPnl ?? false));
    },
    async covariance(returns, opts = {}) {
      const ddof = opts.ddof ?? 1;
      assertInput(returns.rows > ddof, `covariance needs more than ${ddof} rows, got ${returns.rows}`);
      assertFinite(returns.data, 'returns');
      const r = await route('linalg.covariance', returns.rows * returns.cols * returns.cols, undefined, opts, (b) => b.covariance!(returns, ddof, opts));
      return matrix(r.rows, r.cols, r.data);
    },
    async matmul(a, b, opts = {}) {
      assertInput(a.cols === b.rows, `matmul shape mismatch: ${a.rows}×${a.cols} · ${b.rows}×${b.cols}`);
      const r = await route('linalg.matmul', a.rows * a.cols * b.cols, undefined, opts, (be) => be.matmul!(a, b, opts));
      return matrix(r.rows, r.cols, r.data);
    },
    async indicator(name, inputs, params = {}, opts = {}) {
      const { p, series, length } = prepareIndicator(name, inputs, params);
      const def = INDICATORS[name];
      const r = await route('indicators', series * length, undefined, opts, async (b) => ({ outs: await b.indicator!(name, p, def.inputs.map((k) => inputs[k]!.data), series, length, opts) }));
      return Object.fromEntries(def.outputs.map((k, i) => [k, panel(series, length, r.outs[i]!)]));
    },
    async maCrossoverSweep(spec, opts = {}) {
      validateMaSweepSpec(spec);
      // The prefix sums go to shared memory so the threads backend reads them without a copy.
      const input = resolveMaSweepSpec(spec, allocShared);
      return route('backtest.maSweep', maSweepSize(input), undefined, opts, (b) => b.maSweep!(input, opts));
    },
    optimizeMeanVariance: (input) => optimizeMeanVariance(input),
    riskParity: async (input) => riskParity(input),
    hierarchicalRiskParity: async (input) => hierarchicalRiskParity(input),
    loadOnnxModel: (source, o) => loadOnnxModel(source, o),
    async calibrate(o = {}) {
      const table = await runCalibration(backends, o.scale ?? options.calibrationScale ?? 1, o.workloads);
      router.table = table;
      if (path && (o.persist ?? true)) {
        await saveCalibration(path, table);
        calibrationNote = `measured and saved to ${path}`;
      } else calibrationNote = 'measured (not persisted)';
      return table;
    },
    async status() {
      const detection = gpuBackend ? await gpuBackend.detection() : null;
      const cpu = cpus()[0]?.model ?? 'unknown';
      const devices: AccelStatus['devices'] = [{ kind: 'cpu', name: cpu, detail: `${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM` }];
      if (detection?.mode === 'webgpu' || detection?.mode === 'headlessgl') devices.push({ kind: 'gpu', name: detection.mode, detail: 'gpu.js device' });
      return {
        devices,
        backends: all.map((b) => ({ name: b.name, ...probes.get(b.name)! })),
        gpu: detection,
        onnxProviders: onnxProviders(),
        calibration: { path, note: calibrationNote, table: router.table },
        decisions: [...router.decisions],
        failures: [...router.failures],
      };
    },
    async close() {
      await Promise.all(all.map((b) => b.close()));
    },
  };
  if ((mode === 'startup' && !router.table) || mode === 'always') await accel.calibrate({});
  return accel;
}

/** The short timed cases behind the router (~2-4 s at scale 1 on 2 cores). Each case: 1 untimed warm-up, best of 3 timed runs. */
async function runCalibration(backends: Map<BackendName, Backend>, scale: number, only?: Workload[]): Promise<CalibrationTable> {
  const s = (n: number): number => Math.max(2, Math.round(n * scale));
  const even = (n: number): number => s(n) + (s(n) % 2);
  const rnd = (n: number, seed: number): Float64Array => {
    let x = seed;
    return Float64Array.from({ length: n }, () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32 - 0.5) * 0.04);
  };
  type Case = { workload: Workload; label: string; size: number; detail?: Parameters<Backend['supports']>[1]; run: (b: Backend) => Promise<unknown> };
  const cases: Case[] = [];
  for (const paths of [even(100_000), even(1_000_000)]) {
    const spec = resolveOptionSpec({ payoff: 'european', type: 'call', spot: 100, strike: 100, rate: 0.05, volatility: 0.2, maturity: 1, paths, seed: 1 });
    cases.push({ workload: 'mc.option', label: `european ${paths} paths`, size: paths, detail: { payoff: 'european', jumps: false }, run: (b) => b.optionMoments!(spec, {}) });
  }
  {
    // Two sizes (a line, not a single proportional point, so threads' start-up cost shows): 5 correlated
    // positions (ρ = 0.5 to the first, 0.25 among the others), 26 weekly steps over half a year, excess
    // starting at 0.6 of gross value.
    const n = 5;
    const factor = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) factor[i * n + j] = i === 0 ? 1 : j === 0 ? 0.5 : j === i ? Math.sqrt(0.75) : 0;
    for (const paths of [even(4_000), even(20_000)]) {
      const spec = resolveFirstPassageSpec({ base: -0.4, weights: new Float64Array(n).fill(0.2), volatilities: new Float64Array(n).fill(0.6), factor, drift: 0, horizonDays: 126, steps: 26, paths, seed: 1 });
      cases.push({ workload: 'mc.firstPassage', label: `first passage ${n} positions × ${paths} paths × 26 steps`, size: firstPassageSize(spec), run: (b) => b.firstPassageMoments!(spec, {}) });
    }
  }
  const assets = 100;
  for (const scenarios of [s(10_000), s(50_000)]) {
    const cov = matrix(assets, assets);
    for (let i = 0; i < assets; i++) for (let j = 0; j < assets; j++) cov.data[i * assets + j] = (i === j ? 1 : 0.3) * 1e-4;
    const { input } = resolvePortfolioSpec({ positions: new Float64Array(assets).fill(1e6), covariance: cov, scenarios: Math.max(scenarios, 10), seed: 1 });
    cases.push({ workload: 'mc.portfolio', label: `linear VaR ${input.scenarios}×${assets}`, size: input.scenarios * assets, detail: { model: 'linear' }, run: (b) => b.portfolioPnl!(input, {}) });
  }
  for (const [t, n] of [[s(500), 100], [s(2520), 200]] as const) {
    const x = matrix(Math.max(t, 3), n, rnd(Math.max(t, 3) * n, 7));
    cases.push({ workload: 'linalg.covariance', label: `covariance ${x.rows}×${n}`, size: x.rows * n * n, run: (b) => b.covariance!(x, 1, {}) });
  }
  for (const n of [Math.max(8, Math.round(100 * Math.cbrt(scale))), Math.max(16, Math.round(300 * Math.cbrt(scale)))]) {
    const a = matrix(n, n, rnd(n * n, 3));
    cases.push({ workload: 'linalg.matmul', label: `matmul ${n}³`, size: n * n * n, run: (b) => b.matmul!(a, a, {}) });
  }
  for (const [series, length] of [[s(50), 2520], [s(500), 2520]] as const) {
    const x = new Float64Array(series * length);
    for (let i = 0; i < x.length; i++) x[i] = 100 + Math.sin(i * 0.37) * 5 + (i % length) * 0.01;
    const params = { period: 14, fast: 12, slow: 26, signal: 9, stdDevs: 2, smoothing: 3, periodsPerYear: 1 };
    cases.push({ workload: 'indicators', label: `rsi ${series}×${length}`, size: series * length, run: (b) => b.indicator!('rsi', params, [x], series, length, {}) });
  }
  for (const instruments of [s(25), s(100)]) {
    // 20 pairs over a deterministic zig-zag panel of 2,520 bars (10 years), ~1.3M and ~5M combination-bars at scale 1.
    const length = 2520;
    const close = new Float64Array(instruments * length);
    for (let i = 0; i < close.length; i++) close[i] = 100 + 10 * Math.sin(i * 0.013) + 3 * Math.sin(i * 0.11) + (i % length) * 0.002;
    const open = close.map((c, i) => c * (1 + 0.001 * Math.sin(i * 0.7)));
    const pairs = Int32Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 5 + 5 * ((i / 2) % 4) : 60 + 40 * Math.floor(i / 8)));
    const input = resolveMaSweepSpec({ length, instruments, open, close, pairs, initialCash: 1e6, fees: { perShare: 0, bps: 1, minimum: 0 }, slippageBps: 5, allowShort: false }, allocShared);
    cases.push({ workload: 'backtest.maSweep', label: `MA sweep 20 pairs × ${instruments} × ${length}`, size: maSweepSize(input), run: (b) => b.maSweep!(input, {}) });
  }
  const entries: CalibrationEntry[] = [];
  for (const c of cases) {
    if (only && !only.includes(c.workload)) continue;
    for (const b of backends.values()) {
      if (!b.supports(c.workload, c.detail)) continue;
      try {
        await c.run(b);
        let best = Infinity;
        for (let r = 0; r < 3; r++) {
          const t0 = performance.now();
          await c.run(b);
          best = Math.min(best, performance.now() - t0);
        }
        entries.push({ workload: c.workload, backend: b.name, size: c.size, ms: best, label: c.label });
      } catch {
        // a backend that fails calibration simply gets no entry; the router will not pick it
      }
    }
  }
  return { version: 1, machine: machineInfo(), measuredAt: new Date().toISOString(), entries };
}

let sharedJs: Promise<Accel> | undefined;

/**
 * One js-only accel per process (no worker threads to stop, no calibration),
 * for engines built without an injected router: tests, tools and benches. The
 * engine processes pass the router calibrated by `npm start` instead.
 */
export function sharedJsAccel(): Promise<Accel> {
  return (sharedJs ??= createAccel({ backends: ['js'], calibrate: 'never' }));
}
