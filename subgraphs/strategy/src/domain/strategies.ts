/**
 * The built-in strategy kinds as cores: `step(h, t)` is called once for every bar t in time order, after
 * bar t is in the history, and writes each symbol's target weight (and signal strength). It reads only
 * bars ≤ t. One core serves live signals, EVENT backtests, paper trading and VECTORIZED backtests.
 * Formulas: README "Strategy kinds".
 */
import { StrategyError } from './errors.ts';
import { PrefixSum, type History } from './history.ts';
import type { StrategyKind, StrategyParams, TargetWeightsFn } from './types.ts';

export interface StrategyCore {
  /** Bars needed for the first decision (first decision at t = warmupBars − 1). */
  readonly warmupBars: number;
  readonly horizonBars: number;
  readonly explainNames: readonly string[];
  /** Target weights (signed; read by the caller after step). */
  readonly weights: Float64Array;
  /** Signal strength in [-1, 1] per symbol. */
  readonly strength: Float64Array;
  /** Explanation values per symbol, in explainNames order. */
  readonly explanation: Float64Array[];
  step(h: History, t: number): void;
}

const clamp1 = (x: number) => (x > 1 ? 1 : x < -1 ? -1 : x);

abstract class BaseCore implements StrategyCore {
  abstract readonly warmupBars: number;
  abstract readonly horizonBars: number;
  abstract readonly explainNames: readonly string[];
  readonly weights: Float64Array;
  readonly strength: Float64Array;
  readonly explanation: Float64Array[];
  constructor(
    readonly n: number,
    names: number,
  ) {
    this.weights = new Float64Array(n);
    this.strength = new Float64Array(n);
    this.explanation = Array.from({ length: n }, () => new Float64Array(names));
  }
  abstract step(h: History, t: number): void;
}

/** MA_CROSSOVER: s = sign(SMA_fast − SMA_slow) (0 instead of −1 when long-only); w = s / N. */
class MaCrossover extends BaseCore {
  readonly warmupBars: number;
  readonly horizonBars: number;
  readonly explainNames = ['smaFast', 'smaSlow', 'fast', 'slow', 'close'];
  private readonly sums: PrefixSum[];
  constructor(
    n: number,
    private readonly p: StrategyParams,
  ) {
    super(n, 5);
    this.warmupBars = p.slow!;
    this.horizonBars = p.fast!;
    this.sums = Array.from({ length: n }, () => new PrefixSum());
  }
  step(h: History, t: number): void {
    const fast = this.p.fast!;
    const slow = this.p.slow!;
    const short = this.p.allowShort === 1;
    for (let k = 0; k < this.n; k++) {
      const c = h.close[k]![t]!;
      const ps = this.sums[k]!;
      ps.push(c);
      const ex = this.explanation[k]!;
      ex[2] = fast;
      ex[3] = slow;
      ex[4] = c;
      if (t + 1 < slow) {
        ex[0] = NaN;
        ex[1] = NaN;
        continue;
      }
      const f = ps.last(fast) / fast;
      const s = ps.last(slow) / slow;
      ex[0] = f;
      ex[1] = s;
      const sig = f > s ? 1 : f < s && short ? -1 : 0;
      this.weights[k] = sig / this.n;
      this.strength[k] = sig * Math.min(1, Math.abs(f / s - 1) * 20);
    }
  }
}

/** TS_MOMENTUM: r = close[t−skip] / close[t−lookback] − 1; long when r > threshold, short when r < −threshold (if allowed). */
class TsMomentum extends BaseCore {
  readonly warmupBars: number;
  readonly horizonBars: number;
  readonly explainNames = ['momentum', 'lookback', 'skip', 'threshold'];
  constructor(
    n: number,
    private readonly p: StrategyParams,
  ) {
    super(n, 4);
    this.warmupBars = p.lookback! + 1;
    this.horizonBars = p.lookback! - p.skip!;
  }
  step(h: History, t: number): void {
    const { lookback, skip, threshold } = this.p as Required<StrategyParams>;
    const short = this.p.allowShort === 1;
    for (let k = 0; k < this.n; k++) {
      const ex = this.explanation[k]!;
      ex[1] = lookback!;
      ex[2] = skip!;
      ex[3] = threshold!;
      if (t < lookback!) {
        ex[0] = NaN;
        continue;
      }
      const c = h.close[k]!;
      const r = c[t - skip!]! / c[t - lookback!]! - 1;
      ex[0] = r;
      const sig = r > threshold! ? 1 : r < -threshold! && short ? -1 : 0;
      this.weights[k] = sig / this.n;
      this.strength[k] = sig * Math.min(1, Math.abs(r));
    }
  }
}

/** XS_MOMENTUM: every rebalanceEvery bars rank r_i = close[t−skip]/close[t−lookback] − 1; top k long (bottom k short). */
class XsMomentum extends BaseCore {
  readonly warmupBars: number;
  readonly horizonBars: number;
  readonly explainNames = ['momentum', 'rank', 'selected', 'lookback'];
  private readonly ret: Float64Array;
  private readonly order: number[];
  constructor(
    n: number,
    private readonly p: StrategyParams,
  ) {
    super(n, 4);
    this.warmupBars = p.lookback! + 1;
    this.horizonBars = p.rebalanceEvery!;
    this.ret = new Float64Array(n);
    this.order = Array.from({ length: n }, (_, i) => i);
  }
  step(h: History, t: number): void {
    const { lookback, skip, topFraction, rebalanceEvery } = this.p;
    if (t < lookback! || (t - lookback!) % rebalanceEvery! !== 0) return;
    const short = this.p.allowShort === 1;
    for (let k = 0; k < this.n; k++) {
      const c = h.close[k]!;
      this.ret[k] = c[t - skip!]! / c[t - lookback!]! - 1;
    }
    // Descending by return; ties by symbol order (a stable sort of the index).
    this.order.sort((a, b) => this.ret[b]! - this.ret[a]! || a - b);
    let count = Math.max(1, Math.round(topFraction! * this.n));
    if (short) count = Math.max(1, Math.min(count, Math.floor(this.n / 2)));
    const longW = short ? 0.5 / count : 1 / count;
    for (let r = 0; r < this.n; r++) {
      const k = this.order[r]!;
      const sel = r < count ? 1 : short && r >= this.n - count ? -1 : 0;
      this.weights[k] = sel * longW;
      this.strength[k] = sel;
      const ex = this.explanation[k]!;
      ex[0] = this.ret[k]!;
      ex[1] = r + 1;
      ex[2] = sel;
      ex[3] = lookback!;
    }
  }
}

/** MEAN_REVERSION: z = (close − SMA_w) / σ_w (sample σ); enter at |z| > entryZ against the move, exit when |z| < exitZ. */
class MeanReversion extends BaseCore {
  readonly warmupBars: number;
  readonly horizonBars: number;
  readonly explainNames = ['zScore', 'mean', 'stdDev', 'entryZ', 'exitZ'];
  private readonly s1: PrefixSum[];
  private readonly s2: PrefixSum[];
  private readonly pos: Int8Array;
  constructor(
    n: number,
    private readonly p: StrategyParams,
  ) {
    super(n, 5);
    this.warmupBars = p.window!;
    this.horizonBars = p.window!;
    this.s1 = Array.from({ length: n }, () => new PrefixSum());
    this.s2 = Array.from({ length: n }, () => new PrefixSum());
    this.pos = new Int8Array(n);
  }
  step(h: History, t: number): void {
    const w = this.p.window!;
    const entry = this.p.entryZ!;
    const exit = this.p.exitZ!;
    const short = this.p.allowShort === 1;
    for (let k = 0; k < this.n; k++) {
      const c = h.close[k]![t]!;
      this.s1[k]!.push(c);
      this.s2[k]!.push(c * c);
      const ex = this.explanation[k]!;
      ex[3] = entry;
      ex[4] = exit;
      if (t + 1 < w) {
        ex[0] = ex[1] = ex[2] = NaN;
        continue;
      }
      const sum = this.s1[k]!.last(w);
      const mean = sum / w;
      const variance = (this.s2[k]!.last(w) - (sum * sum) / w) / (w - 1);
      const sd = variance > 0 ? Math.sqrt(variance) : 0;
      const z = sd > 0 ? (c - mean) / sd : 0;
      ex[0] = z;
      ex[1] = mean;
      ex[2] = sd;
      let pos = this.pos[k]!;
      if (pos === 1 && z > -exit) pos = 0;
      else if (pos === -1 && z < exit) pos = 0;
      if (pos === 0) {
        if (z < -entry) pos = 1;
        else if (z > entry && short) pos = -1;
      }
      this.pos[k] = pos;
      this.weights[k] = pos / this.n;
      this.strength[k] = pos === 0 ? 0 : pos * Math.min(1, Math.abs(z) / entry);
    }
  }
}

/**
 * PAIRS (symbols A, B): over the window, β = cov(log A, log B) / var(log B); spread s = log A − β log B,
 * z = (s_t − mean s) / σ_s. Long the spread (A long, B short) when z < −entryZ, short when z > entryZ,
 * flat when |z| < exitZ. Weights fixed at entry: w_A = ±1/(1+|β|), w_B = ∓β/(1+|β|).
 */
class Pairs extends BaseCore {
  readonly warmupBars: number;
  readonly horizonBars: number;
  readonly explainNames = ['zScore', 'hedgeRatio', 'spread', 'entryZ', 'exitZ'];
  private readonly sx = new PrefixSum();
  private readonly sy = new PrefixSum();
  private readonly sxx = new PrefixSum();
  private readonly syy = new PrefixSum();
  private readonly sxy = new PrefixSum();
  private pos = 0;
  constructor(
    n: number,
    private readonly p: StrategyParams,
  ) {
    super(n, 5);
    if (n !== 2) throw new StrategyError('BAD_INPUT', 'symbols', `PAIRS needs exactly 2 symbols, got ${n}`);
    this.warmupBars = p.window!;
    this.horizonBars = p.window!;
  }
  step(h: History, t: number): void {
    const w = this.p.window!;
    const y = Math.log(h.close[0]![t]!);
    const x = Math.log(h.close[1]![t]!);
    this.sx.push(x);
    this.sy.push(y);
    this.sxx.push(x * x);
    this.syy.push(y * y);
    this.sxy.push(x * y);
    const entry = this.p.entryZ!;
    const exit = this.p.exitZ!;
    for (const ex of this.explanation) {
      ex[3] = entry;
      ex[4] = exit;
    }
    if (t + 1 < w) {
      for (const ex of this.explanation) ex[0] = ex[1] = ex[2] = NaN;
      return;
    }
    const Sx = this.sx.last(w);
    const Sy = this.sy.last(w);
    const varX = (this.sxx.last(w) - (Sx * Sx) / w) / (w - 1);
    const varY = (this.syy.last(w) - (Sy * Sy) / w) / (w - 1);
    const cov = (this.sxy.last(w) - (Sx * Sy) / w) / (w - 1);
    const beta = varX > 0 ? cov / varX : 0;
    const spread = y - beta * x;
    const meanS = Sy / w - (beta * Sx) / w;
    const varS = varY - 2 * beta * cov + beta * beta * varX;
    const z = varS > 0 ? (spread - meanS) / Math.sqrt(varS) : 0;
    for (const ex of this.explanation) {
      ex[0] = z;
      ex[1] = beta;
      ex[2] = spread;
    }
    let pos = this.pos;
    if (pos === 1 && z > -exit) pos = 0;
    else if (pos === -1 && z < exit) pos = 0;
    if (pos === 0) {
      if (z < -entry) pos = 1;
      else if (z > entry) pos = -1;
    }
    if (pos !== this.pos) {
      const g = 1 + Math.abs(beta);
      this.weights[0] = pos / g;
      this.weights[1] = (-pos * beta) / g;
      this.pos = pos;
    }
    const st = pos === 0 ? 0 : Math.min(1, Math.abs(z) / entry);
    this.strength[0] = pos * st;
    this.strength[1] = this.weights[1]! > 0 ? st : this.weights[1]! < 0 ? -st : 0;
  }
}

/**
 * VOL_BREAKOUT: mid = SMA(close, window), ATR = mean true range over atrWindow,
 * bands mid ± multiplier·ATR. Long on close > upper until close < mid; short on close < lower until close > mid.
 */
class VolBreakout extends BaseCore {
  readonly warmupBars: number;
  readonly horizonBars: number;
  readonly explainNames = ['close', 'mid', 'atr', 'upper', 'lower'];
  private readonly sc: PrefixSum[];
  private readonly str: PrefixSum[];
  private readonly pos: Int8Array;
  constructor(
    n: number,
    private readonly p: StrategyParams,
  ) {
    super(n, 5);
    this.warmupBars = Math.max(p.window!, p.atrWindow!);
    this.horizonBars = p.window!;
    this.sc = Array.from({ length: n }, () => new PrefixSum());
    this.str = Array.from({ length: n }, () => new PrefixSum());
    this.pos = new Int8Array(n);
  }
  step(h: History, t: number): void {
    const w = this.p.window!;
    const aw = this.p.atrWindow!;
    const m = this.p.multiplier!;
    const short = this.p.allowShort === 1;
    for (let k = 0; k < this.n; k++) {
      const c = h.close[k]![t]!;
      const hi = h.high[k]![t]!;
      const lo = h.low[k]![t]!;
      let tr = hi - lo;
      if (t > 0) {
        const pc = h.close[k]![t - 1]!;
        tr = Math.max(tr, Math.abs(hi - pc), Math.abs(lo - pc));
      }
      this.sc[k]!.push(c);
      this.str[k]!.push(tr);
      const ex = this.explanation[k]!;
      ex[0] = c;
      if (t + 1 < this.warmupBars) {
        ex[1] = ex[2] = ex[3] = ex[4] = NaN;
        continue;
      }
      const mid = this.sc[k]!.last(w) / w;
      const atr = this.str[k]!.last(aw) / aw;
      const upper = mid + m * atr;
      const lower = mid - m * atr;
      ex[1] = mid;
      ex[2] = atr;
      ex[3] = upper;
      ex[4] = lower;
      let pos = this.pos[k]!;
      if (pos === 1 && c < mid) pos = 0;
      else if (pos === -1 && c > mid) pos = 0;
      if (pos === 0) {
        if (c > upper) pos = 1;
        else if (c < lower && short) pos = -1;
      }
      this.pos[k] = pos;
      this.weights[k] = pos / this.n;
      const width = m * atr;
      this.strength[k] = pos === 0 ? 0 : pos * (width > 0 ? Math.min(1, Math.abs(c - mid) / (2 * width)) : 1);
    }
  }
}

/** TARGET_WEIGHTS: every rebalanceEvery bars (from the first full lookback) w = fn(ts, symbols, last lookback closes), scaled to Σ|w| ≤ 1. */
class TargetWeights extends BaseCore {
  readonly warmupBars: number;
  readonly horizonBars: number;
  readonly explainNames = ['targetWeight', 'lookback', 'rebalanceEvery'];
  constructor(
    private readonly symbols: readonly string[],
    private readonly p: StrategyParams,
    private readonly fn: TargetWeightsFn,
  ) {
    super(symbols.length, 3);
    this.warmupBars = p.lookback!;
    this.horizonBars = p.rebalanceEvery!;
  }
  step(h: History, t: number): void {
    const lb = this.p.lookback!;
    if (t + 1 < lb || (t + 1 - lb) % this.p.rebalanceEvery! !== 0) return;
    const windows = h.close.map((c) => c.slice(t + 1 - lb, t + 1));
    const raw = this.fn(h.ts[t]!, this.symbols, windows);
    if (raw.length !== this.n) throw new StrategyError('BAD_INPUT', 'targetWeights', `the optimizer returned ${raw.length} weights for ${this.n} symbols`);
    let gross = 0;
    for (let k = 0; k < this.n; k++) {
      const v = raw[k]!;
      if (!Number.isFinite(v)) throw new StrategyError('BAD_INPUT', 'targetWeights', `the optimizer returned a non-finite weight for ${this.symbols[k]}`);
      gross += Math.abs(v);
    }
    const scale = gross > 1 ? 1 / gross : 1;
    for (let k = 0; k < this.n; k++) {
      const v = raw[k]! * scale;
      this.weights[k] = v;
      this.strength[k] = clamp1(v);
      const ex = this.explanation[k]!;
      ex[0] = v;
      ex[1] = lb;
      ex[2] = this.p.rebalanceEvery!;
    }
  }
}

/** Build the core of a kind from validated parameters. */
export function createCore(kind: StrategyKind, params: StrategyParams, symbols: readonly string[], targetWeights?: TargetWeightsFn): StrategyCore {
  const n = symbols.length;
  if (n === 0) throw new StrategyError('BAD_INPUT', 'symbols', 'a strategy needs at least one symbol');
  switch (kind) {
    case 'MA_CROSSOVER':
      return new MaCrossover(n, params);
    case 'TS_MOMENTUM':
      return new TsMomentum(n, params);
    case 'XS_MOMENTUM':
      return new XsMomentum(n, params);
    case 'MEAN_REVERSION':
      return new MeanReversion(n, params);
    case 'PAIRS':
      return new Pairs(n, params);
    case 'VOL_BREAKOUT':
      return new VolBreakout(n, params);
    case 'TARGET_WEIGHTS':
      if (!targetWeights) throw new StrategyError('BAD_INPUT', 'targetWeights', 'TARGET_WEIGHTS needs a target-weights function (the optimizer)');
      return new TargetWeights(symbols, params, targetWeights);
  }
}
