import { assertInput } from '../errors/AccelError.ts';
import { createRng } from '../rng/createRng.ts';
import { BLOCK_PATHS } from './OptionSpec.ts';

/**
 * A first-passage request: prices follow correlated geometric Brownian motion
 * relative to today (S_i/S0_i = 1 at t = 0), and the "excess"
 *   excess(t) = base + Σ weights_i · S_i(t)/S0_i
 * is watched at `steps` equal monitoring steps over `horizonDays` trading days.
 * The estimate is P(excess < 0 at some step) (e.g. a margin call).
 */
export interface FirstPassageSpec {
  base: number;
  /** n weights. */
  weights: ArrayLike<number>;
  /** n annual volatilities, ≥ 0. */
  volatilities: ArrayLike<number>;
  /** n×n lower-triangular Cholesky factor of the correlation, row-major (entries above the diagonal must be 0). */
  factor: ArrayLike<number>;
  /** Annual drift μ, the same for every price. */
  drift: number;
  /** Horizon in trading days, > 0. */
  horizonDays: number;
  /** Monitoring steps, integer ≥ 1; Δt = horizonDays / steps trading days. */
  steps: number;
  /** Simulated paths, an even integer ≥ 2 (antithetic pairs). */
  paths: number;
  /** Non-negative safe integer; the same seed gives bit-identical numbers on every backend. */
  seed: number;
  /** Trading days per year (default 252). */
  daysPerYear?: number;
}

export interface FirstPassageEstimate {
  /** Share of paths whose excess went below 0 at some monitoring step. */
  probability: number;
  /** Standard error of `probability`: sd of the antithetic pair means / √pairs. */
  standardError: number;
  /** Mean first-hit time over the paths that hit, in trading days; null when none hit. */
  expectedTimeToHitDays: number | null;
  paths: number;
  steps: number;
}

/** Validated spec with typed-array copies; what kernels receive (structured-clone safe). */
export interface ResolvedFirstPassageSpec {
  n: number;
  base: number;
  weights: Float64Array;
  volatilities: Float64Array;
  factor: Float64Array;
  drift: number;
  horizonDays: number;
  steps: number;
  paths: number;
  seed: number;
  daysPerYear: number;
}

/** Per-block moments: pairs, Σy, Σy², hitting paths, Σ first-hit steps (y = hits in the pair / 2). */
export const FIRST_PASSAGE_WIDTH = 5;

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Validates and copies. @throws AccelError BAD_INPUT naming the field to fix. */
export function resolveFirstPassageSpec(spec: FirstPassageSpec): ResolvedFirstPassageSpec {
  assertInput(finite(spec.base), `base must be a finite number, got ${String(spec.base)}`);
  assertInput(spec.weights && typeof spec.weights.length === 'number', 'weights must be an array of numbers');
  const n = spec.weights.length;
  assertInput(n >= 1, 'weights must hold at least one position');
  const weights = Float64Array.from(spec.weights);
  for (let i = 0; i < n; i++) assertInput(finite(spec.weights[i]), `weights[${i}] must be a finite number, got ${String(spec.weights[i])}`);
  assertInput(spec.volatilities && spec.volatilities.length === n, `volatilities must have ${n} entries (one per weight), got ${spec.volatilities?.length}`);
  for (let i = 0; i < n; i++) {
    const v = spec.volatilities[i];
    assertInput(finite(v) && v >= 0, `volatilities[${i}] must be a finite number ≥ 0, got ${String(v)}`);
  }
  assertInput(spec.factor && spec.factor.length === n * n, `factor must be the ${n}×${n} Cholesky factor, row-major (${n * n} entries), got ${spec.factor?.length}`);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const x = spec.factor[r * n + c];
      assertInput(finite(x), `factor[${r * n + c}] (row ${r}, column ${c}) must be a finite number, got ${String(x)}`);
      assertInput(c <= r || x === 0, `factor must be lower-triangular: factor[${r * n + c}] (row ${r}, column ${c}) is ${x}`);
    }
  }
  assertInput(finite(spec.drift), `drift must be a finite number, got ${String(spec.drift)}`);
  assertInput(finite(spec.horizonDays) && spec.horizonDays > 0, `horizonDays must be a finite number > 0, got ${String(spec.horizonDays)}`);
  assertInput(Number.isInteger(spec.steps) && spec.steps >= 1 && spec.steps <= 100_000, `steps must be an integer in [1, 100000], got ${String(spec.steps)}`);
  assertInput(Number.isInteger(spec.paths) && spec.paths >= 2 && spec.paths % 2 === 0, `paths must be an even integer ≥ 2 (antithetic pairs), got ${String(spec.paths)}`);
  assertInput(Number.isSafeInteger(spec.seed) && spec.seed >= 0, `seed must be a non-negative safe integer, got ${String(spec.seed)}`);
  const daysPerYear = spec.daysPerYear ?? 252;
  assertInput(finite(daysPerYear) && daysPerYear > 0, `daysPerYear must be a finite number > 0, got ${String(daysPerYear)}`);
  return {
    n,
    base: spec.base,
    weights,
    volatilities: Float64Array.from(spec.volatilities),
    factor: Float64Array.from(spec.factor),
    drift: spec.drift,
    horizonDays: spec.horizonDays,
    steps: spec.steps,
    paths: spec.paths,
    seed: spec.seed,
    daysPerYear,
  };
}

/** Router size measure: paths × steps × n(n+1)/2 (the triangular L·ε product dominates). */
export function firstPassageSize(spec: ResolvedFirstPassageSpec): number {
  return spec.paths * spec.steps * ((spec.n * (spec.n + 1)) / 2);
}

/**
 * The kernel shared by the `js` and `threads` backends: simulates blocks
 * [firstBlock, endBlock) of BLOCK_PATHS paths (BLOCK_PATHS/2 antithetic pairs;
 * the last block may be short) and writes each block's moments to
 * `out[block * FIRST_PASSAGE_WIDTH ..]`. Block b draws from RNG stream b, so any
 * sharding gives identical numbers.
 *
 * Prices are stepped exactly (Glasserman 3.2.3):
 *   S_i(t + Δt) = S_i(t) · exp((μ − σ_i²/2)Δt + σ_i √Δt · (L ε)_i),  ε ~ N(0, I),
 * with the antithetic twin using −ε (Glasserman 4.2); its step factor is
 * exp(2(μ − σ_i²/2)Δt) / f, which saves one exp per position and step. A path
 * hits at the first step k ≥ 1 where excess < 0; a pair stops once both hit.
 * When the excess is already negative today (base + Σ weights < 0) every path
 * counts as hit at step 0 (probability 1, expected time 0) and no normals are drawn.
 */
export function simulateFirstPassageBlocks(spec: ResolvedFirstPassageSpec, firstBlock: number, endBlock: number, out: Float64Array): void {
  const { n, base, weights: w, factor: L, steps } = spec;
  const dtYears = spec.horizonDays / steps / spec.daysPerYear;
  const driftStep = new Float64Array(n);
  const volStep = new Float64Array(n);
  const twiceDriftFactor = new Float64Array(n);
  let excess0 = base;
  for (let i = 0; i < n; i++) {
    const s = spec.volatilities[i]!;
    driftStep[i] = (spec.drift - 0.5 * s * s) * dtYears;
    volStep[i] = s * Math.sqrt(dtYears);
    twiceDriftFactor[i] = Math.exp(2 * driftStep[i]!);
    excess0 += w[i]!;
  }
  const eps = new Float64Array(n);
  const up = new Float64Array(n);
  const down = new Float64Array(n);
  for (let b = firstBlock; b < endBlock; b++) {
    const pairs = Math.min(BLOCK_PATHS, spec.paths - b * BLOCK_PATHS) / 2;
    const o = b * FIRST_PASSAGE_WIDTH;
    if (excess0 < 0) {
      out[o] = pairs; out[o + 1] = pairs; out[o + 2] = pairs; out[o + 3] = 2 * pairs; out[o + 4] = 0;
      continue;
    }
    const rng = createRng(spec.seed, b);
    let hits = 0, sumPair = 0, sumPairSq = 0, sumHitStep = 0;
    for (let pair = 0; pair < pairs; pair++) {
      up.fill(1);
      down.fill(1);
      let hitUp = 0, hitDown = 0; // step of the first hit, 0 = none yet
      for (let k = 1; k <= steps; k++) {
        rng.fillNormal(eps, 0, n);
        let exUp = base, exDown = base;
        for (let i = 0; i < n; i++) {
          let z = 0;
          const row = i * n;
          for (let l = 0; l <= i; l++) z += L[row + l]! * eps[l]!;
          const f = Math.exp(driftStep[i]! + volStep[i]! * z);
          const su = up[i]! * f;
          const sd = (down[i]! * twiceDriftFactor[i]!) / f;
          up[i] = su;
          down[i] = sd;
          exUp += w[i]! * su;
          exDown += w[i]! * sd;
        }
        if (hitUp === 0 && exUp < 0) hitUp = k;
        if (hitDown === 0 && exDown < 0) hitDown = k;
        if (hitUp !== 0 && hitDown !== 0) break;
      }
      const pairHits = (hitUp !== 0 ? 1 : 0) + (hitDown !== 0 ? 1 : 0);
      hits += pairHits;
      sumHitStep += hitUp + hitDown;
      const y = pairHits / 2;
      sumPair += y;
      sumPairSq += y * y;
    }
    out[o] = pairs; out[o + 1] = sumPair; out[o + 2] = sumPairSq; out[o + 3] = hits; out[o + 4] = sumHitStep;
  }
}

/** Sums per-block moments in block order (bit-identical across backends) into the estimate. */
export function summarizeFirstPassage(spec: ResolvedFirstPassageSpec, moments: Float64Array, blocks: number): FirstPassageEstimate {
  let pairs = 0, sumPair = 0, sumPairSq = 0, hits = 0, sumHitStep = 0;
  for (let b = 0; b < blocks; b++) {
    const o = b * FIRST_PASSAGE_WIDTH;
    pairs += moments[o]!;
    sumPair += moments[o + 1]!;
    sumPairSq += moments[o + 2]!;
    hits += moments[o + 3]!;
    sumHitStep += moments[o + 4]!;
  }
  const dtDays = spec.horizonDays / spec.steps;
  const probability = sumPair / pairs;
  const variance = pairs > 1 ? (sumPairSq - pairs * probability * probability) / (pairs - 1) : 0;
  return {
    probability,
    standardError: Math.sqrt(Math.max(variance, 0) / pairs),
    expectedTimeToHitDays: hits > 0 ? (sumHitStep / hits) * dtDays : null,
    paths: spec.paths,
    steps: spec.steps,
  };
}
