/**
 * Moving-average crossover sweep over a large panel, vectorbt-style: every (parameter pair, instrument)
 * is an independent sleeve with initialCash / N, trading the MA_CROSSOVER rule with the backtest
 * conventions (decision at the close of t, market order for w·E_t/close_t − position shares, filled at
 * the open of t+1 with BPS slippage and the fee model); the pair's equity is the sum of its sleeves.
 * With one instrument this is exactly runBacktest(MA_CROSSOVER, VECTORIZED) (tested).
 *
 * Speed: the close prefix sums are computed once per instrument and shared by every window length and
 * every pair (SMA_n(t) = (cs[t+1] − cs[t+1−n]) / n, the same arithmetic as the live strategy), all arrays
 * are Float64Array, and pairs are independent, so callers can shard pairs over threads (inputs may live on
 * a SharedArrayBuffer) and get bit-identical results for any number of workers.
 */
import { computeFee } from './costs.ts';
import type { FeeModel } from './types.ts';

export interface MaSweepSpec {
  /** Series-major panels: data[k·length + t]. */
  length: number;
  instruments: number;
  open: Float64Array;
  close: Float64Array;
  /** Prefix sums of the closes, series-major with length + 1 values per instrument (closePanelPrefix). */
  prefix: Float64Array;
  /** Pairs as [fast0, slow0, fast1, slow1, …]. */
  pairs: Int32Array | number[];
  initialCash: number;
  fees: FeeModel;
  slippageBps: number;
  allowShort: boolean;
}

export interface MaSweepResult {
  /** Equity per pair: equity[p·length + t]. */
  equity: Float64Array;
  /** Fills per pair. */
  fills: Float64Array;
}

/** Prefix sums of a series-major close panel (length + 1 per instrument). */
export function closePanelPrefix(close: Float64Array, instruments: number, length: number, out: Float64Array = new Float64Array(instruments * (length + 1))): Float64Array {
  for (let k = 0; k < instruments; k++) {
    const src = k * length;
    const dst = k * (length + 1);
    let s = 0;
    out[dst] = 0;
    for (let t = 0; t < length; t++) {
      s = s + close[src + t]!;
      out[dst + t + 1] = s;
    }
  }
  return out;
}

/**
 * Run pairs [from, to) of the spec, writing each pair's equity into `equity` (p·length + t) and fill
 * counts into `fills`. Pure and synchronous: the unit of work a thread gets. Per instrument, the SMA of
 * every window length the pairs use is computed once from the prefix sums; each pair then only compares
 * two precomputed rows and settles its sleeve.
 */
export function maSweepRange(spec: MaSweepSpec, from: number, to: number, equity: Float64Array, fills: Float64Array): void {
  const T = spec.length;
  const N = spec.instruments;
  const { open, close, prefix, fees } = spec;
  const sleeveCash = spec.initialCash / N;
  const slipBps = spec.slippageBps;
  const short = spec.allowShort;
  const windows = new Map<number, Float64Array>();
  for (let p = from; p < to; p++) {
    for (const n of [spec.pairs[2 * p]!, spec.pairs[2 * p + 1]!]) if (!windows.has(n)) windows.set(n, new Float64Array(T));
    equity.fill(0, p * T, (p + 1) * T);
    fills[p] = 0;
  }
  for (let k = 0; k < N; k++) {
    const cBase = k * T;
    const sBase = k * (T + 1);
    for (const [n, sma] of windows) {
      for (let t = n - 1; t < T; t++) sma[t] = (prefix[sBase + t + 1]! - prefix[sBase + t + 1 - n]!) / n;
    }
    for (let p = from; p < to; p++) {
      const slow = spec.pairs[2 * p + 1]!;
      const sf = windows.get(spec.pairs[2 * p]!)!;
      const ss = windows.get(slow)!;
      const eqBase = p * T;
      // Before the first decision the sleeve is all cash.
      for (let t = 0; t < slow - 1 && t < T; t++) equity[eqBase + t] = equity[eqBase + t]! + sleeveCash;
      let cash = sleeveCash;
      let pos = 0;
      let prevW = 0;
      let pending = 0;
      let nFills = 0;
      for (let t = slow - 1; t < T; t++) {
        if (pending !== 0) {
          const o = open[cBase + t]!;
          const buy = pending > 0;
          const qty = buy ? pending : -pending;
          const slip = (o * slipBps) / 10_000;
          const price = buy ? o + slip : Math.max(0, o - slip);
          const fee = computeFee(fees, qty, price);
          cash = cash - (pending * price + fee);
          pos = pos + pending;
          pending = 0;
          nFills++;
        }
        const c = close[cBase + t]!;
        const eq = cash + pos * c;
        equity[eqBase + t] = equity[eqBase + t]! + eq;
        const f = sf[t]!;
        const s = ss[t]!;
        const w = f > s ? 1 : f < s && short ? -1 : 0;
        if (w !== prevW) {
          prevW = w;
          const delta = (w * eq) / c - pos;
          if (delta > 1e-9 || delta < -1e-9) pending = delta;
        }
      }
      fills[p] = fills[p]! + nFills;
    }
  }
}

/** Run every pair on the calling thread. */
export function sweepMaCrossover(spec: MaSweepSpec): MaSweepResult {
  const P = spec.pairs.length / 2;
  const equity = new Float64Array(P * spec.length);
  const fills = new Float64Array(P);
  maSweepRange(spec, 0, P, equity, fills);
  return { equity, fills };
}
