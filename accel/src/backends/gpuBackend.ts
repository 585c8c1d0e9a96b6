import { createRequire } from 'node:module';
import { AccelError, AccelErrorCode, throwIfAborted } from '../errors/AccelError.ts';
import { blockCount, BLOCK_PATHS, type ResolvedOptionSpec } from '../montecarlo/OptionSpec.ts';
import { MOMENT_WIDTH } from '../montecarlo/simulateOptionBlocks.ts';
import { createRng } from '../rng/createRng.ts';
import type { Backend, BackendProbe, RunControl } from './Backend.ts';

const require = createRequire(import.meta.url);

export type GpuMode = 'webgpu' | 'headlessgl' | 'webasm' | 'cpu';

export interface GpuBackendOptions {
  /** Force a gpu.js mode; default tries webgpu → headlessgl → webasm → cpu and records why each was skipped. */
  mode?: GpuMode | 'auto';
}

/** What gpu.js mode detection found, for `accel.status()`. */
export interface GpuDetection {
  mode: GpuMode | null;
  tried: { mode: GpuMode; ok: boolean; reason: string }[];
}

/** Blocks per kernel launch: 64 × 4096 paths. */
const CHUNK_BLOCKS = 64;

interface GpuLike {
  createKernel(fn: unknown, settings?: unknown): GpuKernel;
  destroy(): void;
}
interface GpuKernel {
  setOutput(o: number[]): GpuKernel;
  (...args: unknown[]): unknown;
}

/**
 * Detects which gpu.js mode works here. webgpu needs the `webgpu` package's
 * Dawn binary, which requires GLIBCXX_3.4.32 (newer than Debian 12's
 * libstdc++) and a Vulkan device; headlessgl needs the optional `gl` native
 * module (it does not build here); webasm (WebAssembly + SIMD) works wherever
 * Node runs; cpu is transpiled JavaScript.
 */
export async function detectGpu(preferred: GpuBackendOptions['mode'] = 'auto'): Promise<GpuDetection> {
  const tried: GpuDetection['tried'] = [];
  let GPU: { isHeadlessGLSupported?: boolean; isWebGPUAvailable?: () => Promise<boolean>; new (s: unknown): GpuLike };
  try {
    GPU = require('gpu.js').GPU;
  } catch (error) {
    return { mode: null, tried: [{ mode: 'cpu', ok: false, reason: `gpu.js failed to load: ${(error as Error).message}` }] };
  }
  const order: GpuMode[] = preferred === 'auto' || preferred === undefined ? ['webgpu', 'headlessgl', 'webasm', 'cpu'] : [preferred];
  for (const mode of order) {
    if (mode === 'webgpu') {
      try {
        const webgpu = require('webgpu') as { create: (o: string[]) => unknown; globals: object };
        Object.assign(globalThis, webgpu.globals);
        const nav = (globalThis as { navigator?: { gpu?: unknown } }).navigator;
        if (nav && !nav.gpu) Object.defineProperty(nav, 'gpu', { value: webgpu.create([]), configurable: true });
        const ok = GPU.isWebGPUAvailable ? await GPU.isWebGPUAvailable() : false;
        tried.push({ mode, ok, reason: ok ? 'Dawn loaded and a WebGPU adapter answered' : 'Dawn loaded but no WebGPU adapter (no Vulkan GPU?)' });
        if (ok) return { mode, tried };
      } catch (error) {
        tried.push({ mode, ok: false, reason: `webgpu (Dawn) did not load: ${(error as Error).message.split('\n')[0]}` });
      }
      continue;
    }
    if (mode === 'headlessgl') {
      const ok = Boolean(GPU.isHeadlessGLSupported);
      tried.push({ mode, ok, reason: ok ? 'headless-gl available' : "headless-gl unavailable: gpu.js's optional 'gl' native module is not built" });
      if (ok) return { mode, tried };
      continue;
    }
    try {
      const gpu = new GPU({ mode });
      const k = gpu.createKernel(function (this: { thread: { x: number } }, a: number[]) {
        return a[this.thread.x]! * 2;
      }).setOutput([4]);
      const r = k([1, 2, 3, 4]) as Float32Array;
      gpu.destroy();
      const ok = r[3] === 8;
      tried.push({ mode, ok, reason: ok ? `gpu.js ${mode} kernel ran` : `gpu.js ${mode} returned wrong values` });
      if (ok) return { mode, tried };
    } catch (error) {
      tried.push({ mode, ok: false, reason: `gpu.js ${mode} failed: ${(error as Error).message}` });
    }
  }
  return { mode: null, tried };
}

/**
 * gpu.js kernels (f32). The European Monte Carlo kernel evolves each path and
 * evaluates its payoff on the device; normals come from the same block RNG
 * streams as the js backend (generated on the CPU, passed as f32), so results
 * match js to float32 rounding (relative ~1e-6 on the price), not bit for bit.
 * Only European GBM payoffs run here; the router sends the rest elsewhere.
 */
export function createGpuBackend(options: GpuBackendOptions = {}): Backend & { detection(): Promise<GpuDetection> } {
  let detection: Promise<GpuDetection> | undefined;
  let gpu: GpuLike | undefined;
  let european: GpuKernel | undefined;
  const detect = (): Promise<GpuDetection> => (detection ??= detectGpu(options.mode));

  async function kernel(): Promise<GpuKernel> {
    if (european) return european;
    const d = await detect();
    if (!d.mode) throw new AccelError(AccelErrorCode.BACKEND_UNAVAILABLE, 'no gpu.js mode works on this machine');
    const { GPU } = require('gpu.js');
    gpu = new GPU({ mode: d.mode }) as GpuLike;
    european = gpu.createKernel(
      function (this: { thread: { x: number; y: number } }, z: number[], drift: number, vol: number, spot: number, strike: number, isCall: number, anti: number) {
        const e = vol * z[this.thread.x]!;
        const s1 = spot * Math.exp(drift + e);
        let x = 0;
        let y = s1;
        if (isCall > 0.5) {
          x = Math.max(s1 - strike, 0);
        } else {
          x = Math.max(strike - s1, 0);
        }
        if (anti > 0.5) {
          const s2 = spot * Math.exp(drift - e);
          let x2 = 0;
          if (isCall > 0.5) {
            x2 = Math.max(s2 - strike, 0);
          } else {
            x2 = Math.max(strike - s2, 0);
          }
          x = 0.5 * (x + x2);
          y = 0.5 * (s1 + s2);
        }
        if (this.thread.y > 0.5) {
          return y;
        }
        return x;
      },
      { dynamicOutput: true, dynamicArguments: true, precision: 'single', output: [1, 2] },
    );
    return european;
  }

  return {
    name: 'gpu',
    async probe(): Promise<BackendProbe> {
      const d = await detect();
      const reason = d.tried.map((t) => `${t.mode}: ${t.reason}`).join('; ');
      return d.mode ? { available: true, reason, device: `gpu.js ${d.mode}` } : { available: false, reason };
    },
    detection: detect,
    supports: (workload, detail) => workload === 'mc.option' && detail?.payoff === 'european' && !detail.jumps,
    async optionMoments(spec: ResolvedOptionSpec, ctl: RunControl) {
      if (spec.payoff !== 'european' || spec.steps !== 1 || spec.jumps) {
        throw new AccelError(AccelErrorCode.BACKEND_UNAVAILABLE, 'gpu backend runs only single-step European GBM payoffs');
      }
      const k = await kernel();
      const blocks = blockCount(spec.paths);
      const out = new Float64Array(blocks * MOMENT_WIDTH);
      const v = spec.volatility;
      const drift = (spec.rate - spec.dividendYield - 0.5 * v * v) * spec.maturity;
      const vol = v * Math.sqrt(spec.maturity);
      const z64 = new Float64Array(BLOCK_PATHS);
      for (let b0 = 0; b0 < blocks; b0 += CHUNK_BLOCKS) {
        throwIfAborted(ctl.signal);
        const b1 = Math.min(blocks, b0 + CHUNK_BLOCKS);
        const draws: number[] = [];
        let total = 0;
        for (let b = b0; b < b1; b++) {
          const count = Math.min(BLOCK_PATHS, spec.paths - b * BLOCK_PATHS);
          const d = spec.antithetic ? count >> 1 : count;
          draws.push(d);
          total += d;
        }
        const z = new Float32Array(total);
        let off = 0;
        for (let b = b0; b < b1; b++) {
          const d = draws[b - b0]!;
          createRng(spec.seed, b).fillNormal(z64, 0, d);
          for (let i = 0; i < d; i++) z[off + i] = z64[i]!;
          off += d;
        }
        k.setOutput([total, 2]);
        let res: [Float32Array, Float32Array];
        try {
          res = k(z, drift, vol, spec.spot, spec.strike, spec.isCall ? 1 : 0, spec.antithetic ? 1 : 0) as [Float32Array, Float32Array];
        } catch (error) {
          throw new AccelError(AccelErrorCode.BACKEND_FAILED, `gpu.js kernel failed: ${(error as Error).message}`, { cause: error });
        }
        off = 0;
        for (let b = b0; b < b1; b++) {
          const d = draws[b - b0]!;
          let sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
          for (let i = off; i < off + d; i++) {
            const x = res[0][i]!;
            const y = res[1][i]!;
            sx += x; sxx += x * x;
            if (spec.control !== 0) { sy += y; syy += y * y; sxy += x * y; }
          }
          out.set([d, sx, sy, sxx, syy, sxy], b * MOMENT_WIDTH);
          off += d;
        }
        ctl.onProgress?.(b1 / blocks);
        await new Promise<void>((r) => setImmediate(r));
      }
      return out;
    },
    async close() {
      gpu?.destroy();
      gpu = undefined;
      european = undefined;
      const nav = (globalThis as { navigator?: { gpu?: unknown } }).navigator;
      if (nav && Object.getOwnPropertyDescriptor(nav, 'gpu')?.configurable) delete (nav as { gpu?: unknown }).gpu;
    },
  };
}
