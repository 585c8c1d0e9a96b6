import type { MarketUniverse, ProcessParams } from './InstrumentSpec.ts';
import { SeededRandom } from './SeededRandom.ts';
import { choleskyDecompose } from './choleskyDecompose.ts';
import { intradayVolatility } from './intradayVolatility.ts';

/** Trading days per year: every `dtYears` in the simulator is in these units. */
export const TRADING_DAYS_PER_YEAR = 252;

export interface MarketModelOptions {
  /** Instruments and the correlation of their diffusion shocks. */
  universe: MarketUniverse;
  /** Same seed ⇒ same path for the same sequence of `step` calls. */
  seed: number;
  /** Starting prices in universe order; defaults to each instrument's `initialPrice`. */
  initialPrices?: ArrayLike<number>;
  /**
   * Apply the intraday volatility profile v(t) when `step` is given a time
   * inside the US session (default true). Off, every step uses v = 1.
   */
  intradayProfile?: boolean;
}

/**
 * Correlated jump-diffusion for a whole universe, one `step` at a time.
 *
 * Per instrument i and step of length Δt years at time t (Merton 1976,
 * "Option pricing when underlying stock returns are discontinuous", J. Fin.
 * Econ. 3; log-Euler scheme, exact for constant coefficients, Glasserman 2004,
 * "Monte Carlo Methods in Financial Engineering", §3.5.1):
 *
 *   ln S ← ln S + (μ − λκ − ½σ²v(t)²)Δt + σ·v(t)·√Δt·z_i + Σ_{k≤N} Y_k
 *   z = L·e,  e ~ N(0, I),  L Lᵀ = correlation       (correlated shocks)
 *   N ~ Poisson(λΔt),  Y_k ~ N(m, δ²),  κ = e^{m+δ²/2} − 1
 *
 * The −λκ compensator keeps E[S_{t+Δt}] = S_t·e^{μΔt}, so μ stays the expected
 * return with jumps switched on. v(t) is `intradayVolatility` (1 for daily steps).
 * Jumps are idiosyncratic (independent across instruments).
 */
export class MarketModel {
  /** Symbols in universe order (index i of every price array). */
  readonly symbols: readonly string[];
  private readonly params: readonly ProcessParams[];
  private readonly cholesky: Float64Array;
  private readonly logPrice: Float64Array;
  private readonly shocks: Float64Array;
  private readonly independent: Float64Array;
  private readonly compensatedDrift: Float64Array;
  private readonly rng: SeededRandom;
  private readonly useProfile: boolean;

  /**
   * @throws RangeError when the correlation matrix does not match the
   *   instruments or is not positive definite, or a starting price is not > 0.
   */
  constructor({ universe, seed, initialPrices, intradayProfile = true }: MarketModelOptions) {
    const n = universe.instruments.length;
    if (universe.correlation.length !== n) {
      throw new RangeError(`MarketModel: correlation is ${universe.correlation.length}×…, universe has ${n} instruments`);
    }
    this.symbols = universe.instruments.map((i) => i.symbol);
    this.params = universe.instruments;
    this.cholesky = choleskyDecompose(universe.correlation);
    this.logPrice = new Float64Array(n);
    this.shocks = new Float64Array(n);
    this.independent = new Float64Array(n);
    this.compensatedDrift = new Float64Array(n);
    this.rng = new SeededRandom(seed, 0x3d0de1);
    this.useProfile = intradayProfile;
    universe.instruments.forEach((inst, i) => {
      const start = initialPrices ? initialPrices[i] : inst.initialPrice;
      if (start === undefined || !(start > 0)) throw new RangeError(`MarketModel: ${inst.symbol} needs a positive starting price, got ${start}`);
      this.logPrice[i] = Math.log(start);
      const kappa = Math.exp(inst.jumpMean + (inst.jumpStd * inst.jumpStd) / 2) - 1;
      this.compensatedDrift[i] = inst.annualDrift - inst.jumpIntensity * kappa;
    });
  }

  /** Number of instruments. */
  get size(): number {
    return this.logPrice.length;
  }

  /** Current prices (a copy), universe order. */
  prices(): Float64Array {
    return this.logPrice.map(Math.exp);
  }

  /** Current log prices (a copy), universe order. */
  logPrices(): Float64Array {
    return this.logPrice.slice();
  }

  /**
   * Advances every instrument by `dtYears` of trading time.
   * @param dtYears step length in trading years (1/252 is one trading day); 0 is a no-op.
   * @param timeMs when the step happens (its midpoint, ideally); inside the US
   *   session it selects the intraday volatility multiplier, otherwise (or when
   *   omitted, as for daily steps) v = 1.
   * @returns the new prices (a copy), universe order.
   * @throws RangeError when `dtYears` is negative or not finite.
   */
  step(dtYears: number, timeMs?: number): Float64Array {
    this.advance(dtYears, timeMs);
    return this.prices();
  }

  /** Like `step` but returns log prices; what the history generator uses. */
  stepLog(dtYears: number, timeMs?: number): Float64Array {
    this.advance(dtYears, timeMs);
    return this.logPrices();
  }

  private advance(dtYears: number, timeMs: number | undefined): void {
    if (!(dtYears >= 0) || !Number.isFinite(dtYears)) throw new RangeError(`MarketModel.step: bad dtYears ${dtYears}`);
    if (dtYears === 0) return;
    const n = this.size;
    const v = this.useProfile && timeMs !== undefined ? intradayVolatility(timeMs) : 1;
    const sqrtDt = Math.sqrt(dtYears);
    const { rng, cholesky: l, independent: e, shocks: z } = this;
    for (let i = 0; i < n; i++) e[i] = rng.normal();
    for (let i = 0; i < n; i++) {
      let sum = 0;
      const row = i * n;
      for (let k = 0; k <= i; k++) sum += l[row + k]! * e[k]!;
      z[i] = sum;
    }
    for (let i = 0; i < n; i++) {
      const p = this.params[i]!;
      const sigma = p.annualVol * v;
      let dx = (this.compensatedDrift[i]! - 0.5 * sigma * sigma) * dtYears + sigma * sqrtDt * z[i]!;
      if (p.jumpIntensity > 0) {
        const jumps = rng.poisson(p.jumpIntensity * dtYears);
        if (jumps > 0) dx += jumps * p.jumpMean + p.jumpStd * Math.sqrt(jumps) * rng.normal();
      }
      this.logPrice[i] = this.logPrice[i]! + dx;
    }
  }
}

/**
 * Total annualised volatility of log returns including jumps:
 * √(σ² + λ(m² + δ²)) (the variance of a compound Poisson sum adds λ·E[Y²]).
 * Use it to compare a simulated series with its parameters.
 */
export function totalAnnualVolatility(p: ProcessParams): number {
  return Math.sqrt(p.annualVol ** 2 + p.jumpIntensity * (p.jumpMean ** 2 + p.jumpStd ** 2));
}
