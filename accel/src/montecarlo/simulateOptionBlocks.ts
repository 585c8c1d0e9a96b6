import { createRng } from '../rng/createRng.ts';
import type { Xoshiro128 } from '../rng/Xoshiro128.ts';
import { BLOCK_PATHS, type ResolvedOptionSpec } from './OptionSpec.ts';

/** Per-block sample moments: count, ΣX, ΣY, ΣX², ΣY², ΣXY (X payoff, Y control). */
export const MOMENT_WIDTH = 6;

/**
 * The Monte Carlo kernel shared by the `js` and `threads` backends: simulates
 * blocks [firstBlock, endBlock) and writes each block's moments to
 * `out[block * MOMENT_WIDTH ..]`. Block b draws from RNG stream b, which is what makes
 * results independent of sharding.
 *
 * Paths are exact GBM in log space, ln S += (r − q − λk − σ²/2)Δt + σ√Δt·Z + jumps
 * (Glasserman 3.2 and 3.5.1 for Merton jumps).
 */
export function simulateOptionBlocks(spec: ResolvedOptionSpec, firstBlock: number, endBlock: number, out: Float64Array): void {
  const z = new Float64Array(spec.steps);
  const zj = spec.jumps ? new Float64Array(spec.steps) : null;
  const nj = spec.jumps ? new Int32Array(spec.steps) : null;
  for (let b = firstBlock; b < endBlock; b++) {
    const rng = createRng(spec.seed, b);
    const start = b * BLOCK_PATHS;
    const count = Math.min(BLOCK_PATHS, spec.paths - start);
    const o = b * MOMENT_WIDTH;
    if ((spec.payoff === 'european' || spec.payoff === 'digital') && spec.steps === 1 && !spec.jumps) europeanBlock(spec, rng, count, out, o);
    else pathBlock(spec, rng, count, out, o, z, zj, nj);
  }
}

function europeanBlock(spec: ResolvedOptionSpec, rng: Xoshiro128, count: number, out: Float64Array, o: number): void {
  const { spot, strike, volatility: v, maturity: t, isCall, antithetic, control } = spec;
  const digital = spec.payoff === 'digital';
  const payoff = (s: number) => (digital ? (isCall ? (s > strike ? 1 : 0) : s < strike ? 1 : 0) : isCall ? (s > strike ? s - strike : 0) : s < strike ? strike - s : 0);
  const drift = (spec.rate - spec.dividendYield - 0.5 * v * v) * t;
  const vol = v * Math.sqrt(t);
  const draws = antithetic ? count >> 1 : count;
  const z = new Float64Array(draws);
  rng.fillNormal(z, 0, draws);
  let n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
  for (let i = 0; i < draws; i++) {
    const e = vol * z[i]!;
    const s1 = spot * Math.exp(drift + e);
    let x = payoff(s1);
    let y = s1;
    if (antithetic) {
      const s2 = spot * Math.exp(drift - e);
      x = 0.5 * (x + payoff(s2));
      y = 0.5 * (y + s2);
    }
    n++;
    sx += x;
    sxx += x * x;
    if (control !== 0) {
      sy += y;
      syy += y * y;
      sxy += x * y;
    }
  }
  out[o] = n; out[o + 1] = sx; out[o + 2] = sy; out[o + 3] = sxx; out[o + 4] = syy; out[o + 5] = sxy;
}

function pathBlock(
  spec: ResolvedOptionSpec,
  rng: Xoshiro128,
  count: number,
  out: Float64Array,
  o: number,
  z: Float64Array,
  zj: Float64Array | null,
  nj: Int32Array | null,
): void {
  const { steps, volatility: v, maturity: t, antithetic, control } = spec;
  const dt = t / steps;
  const jumps = spec.jumps;
  const k = jumps ? Math.exp(jumps.mean + 0.5 * jumps.stdDev * jumps.stdDev) - 1 : 0;
  const lambdaDt = jumps ? jumps.intensity * dt : 0;
  const drift = (spec.rate - spec.dividendYield - (jumps ? jumps.intensity * k : 0) - 0.5 * v * v) * dt;
  const vol = v * Math.sqrt(dt);
  const draws = antithetic ? count >> 1 : count;
  const res = new Float64Array(2);
  let n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
  for (let i = 0; i < draws; i++) {
    rng.fillNormal(z, 0, steps);
    if (jumps && zj && nj) {
      rng.fillNormal(zj, 0, steps);
      const p0 = Math.exp(-lambdaDt);
      for (let s = 0; s < steps; s++) {
        // inverse-transform Poisson(λΔt) draw
        const u = rng.nextFloat();
        let m = 0, p = p0, cdf = p0;
        while (u > cdf && m < 1000) {
          m++;
          p *= lambdaDt / m;
          cdf += p;
        }
        nj[s] = m;
      }
    }
    onePath(spec, z, zj, nj, 1, drift, vol, dt, res);
    let x = res[0]!;
    let y = res[1]!;
    if (antithetic) {
      onePath(spec, z, zj, nj, -1, drift, vol, dt, res);
      x = 0.5 * (x + res[0]!);
      y = 0.5 * (y + res[1]!);
    }
    n++;
    sx += x;
    sxx += x * x;
    if (control !== 0) {
      sy += y;
      syy += y * y;
      sxy += x * y;
    }
  }
  out[o] = n; out[o + 1] = sx; out[o + 2] = sy; out[o + 3] = sxx; out[o + 4] = syy; out[o + 5] = sxy;
}

/** One path (sign flips every normal for the antithetic twin); writes [payoff, control] to res. */
function onePath(
  spec: ResolvedOptionSpec,
  z: Float64Array,
  zj: Float64Array | null,
  nj: Int32Array | null,
  sign: number,
  drift: number,
  vol: number,
  dt: number,
  res: Float64Array,
): void {
  const { steps, strike, isCall, payoff } = spec;
  const jumps = spec.jumps;
  let logS = Math.log(spec.spot);
  let sum = 0;
  let sumLog = 0;
  let survive = 1;
  const isBarrier = payoff === 'barrier';
  const logH = isBarrier ? Math.log(spec.barrierLevel) : 0;
  const down = spec.barrierKind === 'down-and-in' || spec.barrierKind === 'down-and-out';
  const bridge = spec.continuousMonitoring ? -2 / (spec.volatility * spec.volatility * dt) : 0;
  for (let s = 0; s < steps; s++) {
    const prev = logS;
    logS += drift + sign * vol * z[s]!;
    if (jumps && zj && nj) {
      const m = nj[s]!;
      if (m > 0) logS += m * jumps.mean + sign * Math.sqrt(m) * jumps.stdDev * zj[s]!;
    }
    if (payoff === 'asian-arithmetic' || payoff === 'asian-geometric') {
      sum += Math.exp(logS);
      sumLog += logS;
    } else if (isBarrier && survive > 0) {
      if (down ? logS <= logH : logS >= logH) survive = 0;
      else if (bridge !== 0) survive *= 1 - Math.exp(bridge * (logH - prev) * (logH - logS));
    }
  }
  let x: number;
  let y = 0;
  if (payoff === 'european' || payoff === 'digital' || isBarrier) {
    const st = Math.exp(logS);
    if (payoff === 'digital') x = isCall ? (st > strike ? 1 : 0) : st < strike ? 1 : 0;
    else x = isCall ? Math.max(st - strike, 0) : Math.max(strike - st, 0);
    y = st;
    if (isBarrier) {
      const knockIn = spec.barrierKind === 'down-and-in' || spec.barrierKind === 'up-and-in';
      x *= knockIn ? 1 - survive : survive;
    }
  } else {
    const arith = sum / steps;
    const geo = Math.exp(sumLog / steps);
    const a = isCall ? Math.max(arith - strike, 0) : Math.max(strike - arith, 0);
    const g = isCall ? Math.max(geo - strike, 0) : Math.max(strike - geo, 0);
    x = payoff === 'asian-arithmetic' ? a : g;
    y = g;
  }
  res[0] = x;
  res[1] = y;
}
