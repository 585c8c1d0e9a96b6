import { assertInput } from '../errors/AccelError.ts';
import { cholesky } from '../linalg/cholesky.ts';
import type { Matrix } from '../linalg/Matrix.ts';

/**
 * A portfolio P&L simulation: asset returns over the horizon are
 * N(h·μ, h·Σ), drawn as h·μ + √h·L·z with L the Cholesky factor of Σ
 * (Glasserman 2.3.3, correlated normals).
 */
export interface PortfolioSpec {
  /** Current market value per asset (negative = short). */
  positions: ArrayLike<number>;
  /** Per-period covariance of asset returns (N×N), e.g. from `covariance`/`ledoitWolf` on daily returns. */
  covariance: Matrix;
  /** Per-period mean returns (default 0). */
  expectedReturns?: ArrayLike<number>;
  /** Horizon in periods (e.g. 10 days), default 1. Σ and μ scale linearly (i.i.d. returns). */
  horizon?: number;
  /** Number of scenarios. */
  scenarios: number;
  seed: number;
  /** Confidence levels for VaR/ES, each in (0, 1) (default [0.95, 0.99]). */
  confidence?: number | number[];
  /**
   * 'linear' (default): P&L = Σ v_i r_i with arithmetic returns r; the shock
   * enters only through Lᵀv, so a scenario costs O(N).
   * 'lognormal': P&L = Σ v_i (e^{r_i} − 1) with log returns r; forms L·z per
   * scenario, O(N²).
   */
  model?: 'linear' | 'lognormal';
  /** Repair a non-PD covariance to the nearest PD matrix instead of throwing (see `cholesky`). */
  repair?: boolean;
  /** Return the simulated P&L vector (default false). */
  keepPnl?: boolean;
}

/** What the P&L kernel reads; typed arrays may be shared (threads backend). */
export interface PnlKernelInput {
  assets: number;
  scenarios: number;
  seed: number;
  lognormal: boolean;
  /** h·μ */
  drift: Float64Array;
  /** √h·L, row-major lower triangle (lognormal model). */
  chol: Float64Array;
  positions: Float64Array;
  /** √h·Lᵀv (linear model). */
  loadings: Float64Array;
  /** v·(hμ) (linear model). */
  base: number;
}

export const BLOCK_SCENARIOS = 1024;

/** Validates, factors Σ and precomputes the kernel input. @throws BAD_INPUT / NOT_POSITIVE_DEFINITE */
export function resolvePortfolioSpec(spec: PortfolioSpec, alloc: (n: number) => Float64Array = (n) => new Float64Array(n)): { input: PnlKernelInput; confidence: number[] } {
  const n = spec.positions.length;
  assertInput(n >= 1, 'positions must not be empty');
  assertInput(spec.covariance.rows === n && spec.covariance.cols === n, `covariance must be ${n}×${n} to match positions, got ${spec.covariance.rows}×${spec.covariance.cols}`);
  assertInput(Number.isInteger(spec.scenarios) && spec.scenarios >= 10, `scenarios must be an integer ≥ 10, got ${spec.scenarios}`);
  assertInput(Number.isSafeInteger(spec.seed) && spec.seed >= 0, `seed must be a non-negative safe integer, got ${spec.seed}`);
  const h = spec.horizon ?? 1;
  assertInput(h > 0 && Number.isFinite(h), `horizon must be > 0, got ${h}`);
  const confidence = spec.confidence === undefined ? [0.95, 0.99] : Array.isArray(spec.confidence) ? spec.confidence : [spec.confidence];
  for (const c of confidence) assertInput(c > 0 && c < 1, `confidence must be in (0, 1), got ${c}`);
  if (spec.expectedReturns) assertInput(spec.expectedReturns.length === n, `expectedReturns has ${spec.expectedReturns.length} entries, expected ${n}`);
  const L = cholesky(spec.covariance, { repair: spec.repair ?? false });
  const sq = Math.sqrt(h);
  const chol = alloc(n * n);
  for (let i = 0; i < n * n; i++) chol[i] = sq * L.data[i]!;
  const positions = alloc(n);
  const drift = alloc(n);
  let base = 0;
  for (let i = 0; i < n; i++) {
    positions[i] = spec.positions[i]!;
    assertInput(Number.isFinite(positions[i]!), `positions[${i}] is not finite`);
    drift[i] = h * (spec.expectedReturns?.[i] ?? 0);
    base += positions[i]! * drift[i]!;
  }
  const loadings = alloc(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = j; i < n; i++) s += chol[i * n + j]! * positions[i]!;
    loadings[j] = s;
  }
  return {
    input: { assets: n, scenarios: spec.scenarios, seed: spec.seed, lognormal: spec.model === 'lognormal', drift, chol, positions, loadings, base },
    confidence,
  };
}
