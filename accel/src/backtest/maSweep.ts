/**
 * Moving-average crossover sweep over a panel, vectorbt-style: every (parameter pair, instrument) is an
 * independent sleeve with initialCash / N trading the crossover rule — long (weight 1) while the fast SMA
 * is above the slow SMA, short (−1) while below when shorting is allowed, else flat — with the backtest
 * conventions of the strategy engine: the decision at the close of bar t is a market order for
 * w·E_t/close_t − position shares, filled at the open of t+1 with BPS slippage (buy at open + slip, sell at
 * max(0, open − slip), slip = open·bps/10⁴) and the fee model fee = max(minimum, perShare·qty +
 * bps/10⁴·qty·price). A pair's equity is the sum of its sleeves, in instrument order.
 *
 * Speed: the close prefix sums are computed once per instrument and shared by every window length and every
 * pair (SMA_n(t) = (cs[t+1] − cs[t+1−n]) / n); per instrument, each window length the pairs use is computed
 * once and each pair only compares two precomputed rows. Pairs are independent, so backends shard pairs
 * (threads) or instruments in order (js slices) and get bit-identical results.
 */
import { assertInput } from '../errors/AccelError.ts';

/** Fee model of one fill: max(minimum, perShare·qty + bps/10⁴·qty·price), 0 for qty ≤ 0. */
export interface MaSweepFees {
  perShare: number;
  bps: number;
  minimum: number;
}

export interface MaSweepSpec {
  /** Bars per instrument. */
  length: number;
  instruments: number;
  /** Series-major panels: open[k·length + t]. Every value finite and > 0. */
  open: Float64Array;
  close: Float64Array;
  /**
   * Prefix sums of the closes, series-major with length + 1 values per instrument ({@link closePanelPrefix});
   * computed when absent. Pass it to share one computation across several sweeps of the same panel.
   */
  prefix?: Float64Array;
  /** Pairs as [fast0, slow0, fast1, slow1, …], integers with 1 ≤ fast < slow. */
  pairs: Int32Array | readonly number[];
  /** Total starting cash of each pair (each instrument's sleeve gets initialCash / instruments). */
  initialCash: number;
  fees: MaSweepFees;
  slippageBps: number;
  allowShort: boolean;
}

/** A spec whose prefix sums are present: what the kernels take. */
export type MaSweepKernelInput = MaSweepSpec & { prefix: Float64Array };

export interface MaSweepResult {
  /** Equity per pair and bar: equity[p·length + t]. */
  equity: Float64Array;
  /** Fills per pair (over all its sleeves). */
  fills: Float64Array;
}

/** Prefix sums of a series-major close panel (length + 1 per instrument, starting at 0). */
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

/** Combination-bars of a sweep (pairs × instruments × length): the router's size measure. */
export function maSweepSize(spec: Pick<MaSweepSpec, 'pairs' | 'instruments' | 'length'>): number {
  return (spec.pairs.length / 2) * spec.instruments * spec.length;
}

/**
 * Checks a spec and throws `BAD_INPUT` naming the field (length, instruments, open, close, prefix, pairs,
 * initialCash, fees.perShare/bps/minimum, slippageBps, allowShort). Scans the panels once (O(N·T)).
 */
export function validateMaSweepSpec(spec: MaSweepSpec): void {
  assertInput(spec !== null && typeof spec === 'object', 'spec must be an object');
  const { length, instruments } = spec;
  assertInput(Number.isInteger(length) && length >= 1, `length must be an integer ≥ 1, got ${String(length)}`);
  assertInput(Number.isInteger(instruments) && instruments >= 1, `instruments must be an integer ≥ 1, got ${String(instruments)}`);
  for (const field of ['open', 'close'] as const) {
    const a = spec[field];
    assertInput(a instanceof Float64Array, `${field} must be a Float64Array`);
    assertInput(a.length === instruments * length, `${field} must hold instruments × length = ${instruments * length} values, got ${a.length}`);
    for (let i = 0; i < a.length; i++) {
      const v = a[i]!;
      if (!(v > 0 && v < Infinity)) {
        assertInput(false, `${field}[${i}] (instrument ${Math.floor(i / length)}, bar ${i % length}) must be finite and > 0, got ${v}`);
      }
    }
  }
  if (spec.prefix !== undefined) {
    assertInput(spec.prefix instanceof Float64Array, 'prefix must be a Float64Array (closePanelPrefix)');
    assertInput(spec.prefix.length === instruments * (length + 1), `prefix must hold instruments × (length + 1) = ${instruments * (length + 1)} values, got ${spec.prefix.length}`);
  }
  const pairs = spec.pairs;
  assertInput(pairs instanceof Int32Array || Array.isArray(pairs), 'pairs must be an Int32Array or an array of numbers [fast, slow, …]');
  assertInput(pairs.length >= 2 && pairs.length % 2 === 0, `pairs must hold at least one (fast, slow) pair as [fast0, slow0, …], got ${pairs.length} numbers`);
  for (let p = 0; p < pairs.length / 2; p++) {
    const fast = pairs[2 * p]!;
    const slow = pairs[2 * p + 1]!;
    assertInput(Number.isInteger(fast) && fast >= 1, `pairs[${2 * p}] (fast of pair ${p}) must be an integer ≥ 1, got ${fast}`);
    assertInput(Number.isInteger(slow) && slow > fast, `pairs[${2 * p + 1}] (slow of pair ${p}) must be an integer > fast (${fast}), got ${slow}`);
    assertInput(slow <= 2 ** 31 - 1, `pairs[${2 * p + 1}] (slow of pair ${p}) is too large`);
  }
  assertInput(typeof spec.initialCash === 'number' && spec.initialCash > 0 && spec.initialCash < Infinity, `initialCash must be finite and > 0, got ${String(spec.initialCash)}`);
  assertInput(spec.fees !== null && typeof spec.fees === 'object', 'fees must be { perShare, bps, minimum }');
  for (const key of ['perShare', 'bps', 'minimum'] as const) {
    const v = spec.fees[key];
    assertInput(typeof v === 'number' && v >= 0 && v < Infinity, `fees.${key} must be finite and ≥ 0, got ${String(v)}`);
  }
  assertInput(typeof spec.slippageBps === 'number' && spec.slippageBps >= 0 && spec.slippageBps < Infinity, `slippageBps must be finite and ≥ 0, got ${String(spec.slippageBps)}`);
  assertInput(typeof spec.allowShort === 'boolean', `allowShort must be a boolean, got ${String(spec.allowShort)}`);
}

/**
 * Adds the sleeves of instruments [kFrom, kTo) of pairs [pFrom, pTo) to `equity` (p·length + t) and their
 * fill counts to `fills[p]`. Calling it over consecutive instrument ranges in order gives exactly the sums of
 * one call over all instruments (the additions happen in the same order). Pure and synchronous; no checks.
 */
export function maSweepAccumulate(spec: MaSweepKernelInput, pFrom: number, pTo: number, kFrom: number, kTo: number, equity: Float64Array, fills: Float64Array): void {
  const T = spec.length;
  const N = spec.instruments;
  const { open, close, prefix, fees, pairs } = spec;
  const sleeveCash = spec.initialCash / N;
  const slipBps = spec.slippageBps;
  const short = spec.allowShort;
  const perShare = fees.perShare;
  const feeBps = fees.bps;
  const minimum = fees.minimum;
  const windows = new Map<number, Float64Array>();
  for (let p = pFrom; p < pTo; p++) {
    for (const n of [pairs[2 * p]!, pairs[2 * p + 1]!]) if (!windows.has(n)) windows.set(n, new Float64Array(T));
  }
  const fastRows: Float64Array[] = [];
  const slowRows: Float64Array[] = [];
  for (let p = pFrom; p < pTo; p++) {
    fastRows.push(windows.get(pairs[2 * p]!)!);
    slowRows.push(windows.get(pairs[2 * p + 1]!)!);
  }
  for (let k = kFrom; k < kTo; k++) {
    const cBase = k * T;
    const sBase = k * (T + 1);
    for (const [n, sma] of windows) {
      for (let t = n - 1; t < T; t++) sma[t] = (prefix[sBase + t + 1]! - prefix[sBase + t + 1 - n]!) / n;
    }
    for (let p = pFrom; p < pTo; p++) {
      const slow = pairs[2 * p + 1]!;
      const sf = fastRows[p - pFrom]!;
      const ss = slowRows[p - pFrom]!;
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
          const f0 = perShare * qty + (feeBps / 10_000) * qty * price;
          const fee = f0 > minimum ? f0 : minimum;
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

/**
 * Runs pairs [from, to) over every instrument, writing each pair's equity into `equity` (p·length + t) and
 * its fill count into `fills[p]` (both overwritten). Pure and synchronous: the unit of work a thread gets.
 */
export function maSweepRange(spec: MaSweepKernelInput, from: number, to: number, equity: Float64Array, fills: Float64Array): void {
  equity.fill(0, from * spec.length, to * spec.length);
  fills.fill(0, from, to);
  maSweepAccumulate(spec, from, to, 0, spec.instruments, equity, fills);
}

/** The prefix-complete, Int32 form of a validated spec (prefix computed if absent, into `alloc`'s memory). */
export function resolveMaSweepSpec(spec: MaSweepSpec, alloc: (n: number) => Float64Array = (n) => new Float64Array(n)): MaSweepKernelInput & { pairs: Int32Array } {
  const prefix = spec.prefix ?? closePanelPrefix(spec.close, spec.instruments, spec.length, alloc(spec.instruments * (spec.length + 1)));
  const pairs = spec.pairs instanceof Int32Array ? spec.pairs : Int32Array.from(spec.pairs);
  return { ...spec, prefix, pairs };
}

/** Validates the spec and runs every pair on the calling thread (the routed form is `accel.maCrossoverSweep`). */
export function sweepMaCrossover(spec: MaSweepSpec): MaSweepResult {
  validateMaSweepSpec(spec);
  const input = resolveMaSweepSpec(spec);
  const P = input.pairs.length / 2;
  const equity = new Float64Array(P * spec.length);
  const fills = new Float64Array(P);
  maSweepRange(input, 0, P, equity, fills);
  return { equity, fills };
}
