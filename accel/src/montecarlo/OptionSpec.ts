import { assertInput } from '../errors/AccelError.ts';
import type { OptionType } from '../closedform/blackScholes.ts';
import type { BarrierKind } from '../closedform/barrierPrice.ts';
import type { JumpParams } from '../closedform/mertonJumpPrice.ts';

/**
 * `digital` is cash-or-nothing: it pays 1 when S_T ends above the strike (call)
 * or below it (put), so its undiscounted value is the probability of that
 * event under the simulated drift (the portfolio engine's goal probability).
 */
export type PayoffKind = 'european' | 'asian-arithmetic' | 'asian-geometric' | 'barrier' | 'digital';

/**
 * A Monte Carlo option pricing request. Paths follow GBM (or Merton
 * jump-diffusion when `jumps` is set) under the risk-neutral measure, simulated
 * exactly in log space on `steps` equal time steps.
 */
export interface OptionSpec {
  payoff: PayoffKind;
  type: OptionType;
  spot: number;
  strike: number;
  rate: number;
  dividendYield?: number;
  volatility: number;
  maturity: number;
  /** Time steps: the Asian fixings / barrier monitoring dates. Default 1 for European, 252 otherwise. */
  steps?: number;
  /** Merton jump-diffusion parameters (omit for GBM). */
  jumps?: JumpParams;
  /** Barrier level and kind; required when `payoff` is 'barrier'. */
  barrier?: {
    kind: BarrierKind;
    level: number;
    /**
     * 'continuous' (default) corrects each step with the Brownian-bridge
     * crossing probability exp(−2·ln(H/S_i)·ln(H/S_{i+1})/(σ²Δt)) (Glasserman
     * 6.4), so results match the continuously monitored closed form;
     * 'discrete' checks the barrier only at the step dates.
     */
    monitoring?: 'continuous' | 'discrete';
  };
  /** Number of simulated paths (even when antithetic). */
  paths: number;
  /** Seed of the RNG; same seed → same result on every backend. */
  seed: number;
  /** Pair each path with its mirror (−Z); the statistic is the pair mean (Glasserman 4.2). Default true. */
  antithetic?: boolean;
  /**
   * Use a control variate where one applies (Glasserman 4.1): S_T for European
   * payoffs, the discrete geometric Asian (closed form) for arithmetic Asians.
   * Default true; ignored for other payoffs.
   */
  controlVariate?: boolean;
  /** Confidence level of the returned interval (default 0.95). */
  confidence?: number;
}

/** Spec with defaults resolved; what kernels receive (structured-clone safe). */
export interface ResolvedOptionSpec {
  payoff: PayoffKind;
  isCall: boolean;
  spot: number;
  strike: number;
  rate: number;
  dividendYield: number;
  volatility: number;
  maturity: number;
  steps: number;
  jumps: JumpParams | null;
  barrierKind: BarrierKind | null;
  barrierLevel: number;
  continuousMonitoring: boolean;
  paths: number;
  seed: number;
  antithetic: boolean;
  /** 0 none, 1 terminal price S_T, 2 geometric Asian payoff. */
  control: 0 | 1 | 2;
  confidence: number;
}

/** Paths per RNG block; block b uses RNG stream b, so any sharding gives identical numbers. */
export const BLOCK_PATHS = 4096;

/** Validates and fills defaults. @throws AccelError BAD_INPUT naming the field to fix. */
export function resolveOptionSpec(spec: OptionSpec): ResolvedOptionSpec {
  const kinds: PayoffKind[] = ['european', 'asian-arithmetic', 'asian-geometric', 'barrier', 'digital'];
  assertInput(kinds.includes(spec.payoff), `payoff must be one of ${kinds.join(', ')}, got ${String(spec.payoff)}`);
  assertInput(spec.type === 'call' || spec.type === 'put', `type must be 'call' or 'put'`);
  for (const f of ['spot', 'strike', 'volatility', 'maturity'] as const) {
    assertInput(spec[f] > 0 && Number.isFinite(spec[f]), `${f} must be a positive finite number, got ${spec[f]}`);
  }
  assertInput(Number.isFinite(spec.rate), 'rate must be finite');
  const steps = spec.steps ?? (spec.payoff === 'european' || spec.payoff === 'digital' ? 1 : 252);
  assertInput(Number.isInteger(steps) && steps >= 1 && steps <= 100_000, `steps must be an integer in [1, 100000], got ${steps}`);
  assertInput(Number.isInteger(spec.paths) && spec.paths >= 2, `paths must be an integer ≥ 2, got ${spec.paths}`);
  assertInput(Number.isSafeInteger(spec.seed) && spec.seed >= 0, `seed must be a non-negative safe integer, got ${spec.seed}`);
  const antithetic = spec.antithetic ?? true;
  assertInput(!antithetic || spec.paths % 2 === 0, `paths must be even with antithetic variates, got ${spec.paths}`);
  const confidence = spec.confidence ?? 0.95;
  assertInput(confidence > 0 && confidence < 1, `confidence must be in (0, 1), got ${confidence}`);
  if (spec.jumps) {
    assertInput(spec.jumps.intensity >= 0 && spec.jumps.stdDev >= 0, 'jump intensity and stdDev must be ≥ 0');
  }
  let barrierKind: BarrierKind | null = null;
  let barrierLevel = 0;
  let continuousMonitoring = false;
  if (spec.payoff === 'barrier') {
    assertInput(spec.barrier, "payoff 'barrier' needs barrier: { kind, level }");
    assertInput(['down-and-in', 'down-and-out', 'up-and-in', 'up-and-out'].includes(spec.barrier.kind), `barrier.kind invalid: ${spec.barrier.kind}`);
    assertInput(spec.barrier.level > 0, 'barrier.level must be > 0');
    barrierKind = spec.barrier.kind;
    barrierLevel = spec.barrier.level;
    continuousMonitoring = (spec.barrier.monitoring ?? 'continuous') === 'continuous';
    assertInput(!(continuousMonitoring && spec.jumps), "Brownian-bridge (continuous) monitoring is only exact without jumps; use monitoring: 'discrete' with jumps");
  }
  const wantControl = spec.controlVariate ?? true;
  let control: 0 | 1 | 2 = 0;
  if (wantControl && spec.payoff === 'european') control = 1;
  if (wantControl && spec.payoff === 'asian-arithmetic' && !spec.jumps) control = 2;
  return {
    payoff: spec.payoff,
    isCall: spec.type === 'call',
    spot: spec.spot,
    strike: spec.strike,
    rate: spec.rate,
    dividendYield: spec.dividendYield ?? 0,
    volatility: spec.volatility,
    maturity: spec.maturity,
    steps,
    jumps: spec.jumps && spec.jumps.intensity > 0 ? { ...spec.jumps } : null,
    barrierKind,
    barrierLevel,
    continuousMonitoring,
    paths: spec.paths,
    seed: spec.seed,
    antithetic,
    control,
    confidence,
  };
}

export function blockCount(paths: number, blockSize = BLOCK_PATHS): number {
  return Math.ceil(paths / blockSize);
}
