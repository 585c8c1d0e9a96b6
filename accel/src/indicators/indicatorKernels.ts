/**
 * Per-series indicator kernels over Float64Array views. Every kernel writes
 * NaN for bars before its first defined value; "first" below is the index of
 * the series' first finite input (leading NaNs skipped, see `validatePanel`).
 * They are shared verbatim by the js and threads backends.
 */

export type IndicatorName =
  | 'sma' | 'ema' | 'wma' | 'rsi' | 'macd' | 'bollinger' | 'atr' | 'stochastic'
  | 'rollingVolatility' | 'rollingZScore' | 'rollingCorrelation';

export interface IndicatorParams {
  period?: number;
  fast?: number;
  slow?: number;
  signal?: number;
  stdDevs?: number;
  smoothing?: number;
  periodsPerYear?: number;
}

export interface IndicatorDef {
  inputs: readonly string[];
  outputs: readonly string[];
  run(inputs: Float64Array[], outputs: Float64Array[], p: Required<IndicatorParams>): void;
}

export const DEFAULT_PARAMS: Required<IndicatorParams> = {
  period: 14, fast: 12, slow: 26, signal: 9, stdDevs: 2, smoothing: 3, periodsPerYear: 1,
};

function firstFinite(x: Float64Array): number {
  let f = 0;
  while (f < x.length && Number.isNaN(x[f]!)) f++;
  return f;
}

/** SMA: first defined at first+n−1. */
export function smaSeries(x: Float64Array, out: Float64Array, n: number): void {
  out.fill(Number.NaN);
  const f = firstFinite(x);
  let sum = 0;
  for (let t = f; t < x.length; t++) {
    sum += x[t]!;
    if (t - f >= n) sum -= x[t - n]!;
    if (t - f >= n - 1) out[t] = sum / n;
  }
}

/** EMA with α = 2/(n+1), seeded with the SMA of the first n values: first defined at first+n−1. */
export function emaSeries(x: Float64Array, out: Float64Array, n: number): void {
  out.fill(Number.NaN);
  const f = firstFinite(x);
  if (x.length - f < n) return;
  let sum = 0;
  for (let t = f; t < f + n; t++) sum += x[t]!;
  let e = sum / n;
  out[f + n - 1] = e;
  const a = 2 / (n + 1);
  for (let t = f + n; t < x.length; t++) {
    e += a * (x[t]! - e);
    out[t] = e;
  }
}

/** WMA with weights 1…n (newest n): first defined at first+n−1. */
export function wmaSeries(x: Float64Array, out: Float64Array, n: number): void {
  out.fill(Number.NaN);
  const f = firstFinite(x);
  const denom = (n * (n + 1)) / 2;
  for (let t = f + n - 1; t < x.length; t++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += (n - k) * x[t - k]!;
    out[t] = s / denom;
  }
}

/**
 * RSI with Wilder's smoothing (Wilder 1978, "New Concepts in Technical
 * Trading Systems"): average gain/loss seeded by the mean of the first n
 * changes, then avg = (avg·(n−1) + current)/n. RSI = 100 − 100/(1 + gain/loss);
 * 100 when there were no losses, 50 when the price did not move. First
 * defined at first+n.
 */
export function rsiSeries(x: Float64Array, out: Float64Array, n: number): void {
  out.fill(Number.NaN);
  const f = firstFinite(x);
  if (x.length - f <= n) return;
  let gain = 0;
  let loss = 0;
  for (let t = f + 1; t <= f + n; t++) {
    const d = x[t]! - x[t - 1]!;
    if (d > 0) gain += d;
    else loss -= d;
  }
  gain /= n;
  loss /= n;
  out[f + n] = rsiValue(gain, loss);
  for (let t = f + n + 1; t < x.length; t++) {
    const d = x[t]! - x[t - 1]!;
    gain = (gain * (n - 1) + (d > 0 ? d : 0)) / n;
    loss = (loss * (n - 1) + (d < 0 ? -d : 0)) / n;
    out[t] = rsiValue(gain, loss);
  }
}

function rsiValue(gain: number, loss: number): number {
  if (loss === 0) return gain === 0 ? 50 : 100;
  return 100 - 100 / (1 + gain / loss);
}

/**
 * MACD (Appel): line = EMA_fast − EMA_slow (defined from first+slow−1),
 * signal = EMA_signal of the line seeded by its SMA (defined from
 * first+slow+signal−2), histogram = line − signal.
 */
export function macdSeries(x: Float64Array, line: Float64Array, sig: Float64Array, hist: Float64Array, fast: number, slow: number, signal: number): void {
  emaSeries(x, line, fast);
  emaSeries(x, hist, slow); // scratch: slow EMA
  for (let t = 0; t < x.length; t++) line[t] = line[t]! - hist[t]!; // NaN until slow warm-up
  emaSeries(line, sig, signal);
  for (let t = 0; t < x.length; t++) hist[t] = line[t]! - sig[t]!;
}

/** Population standard deviation of x[t−n+1 … t] around `mean`. */
function windowStd(x: Float64Array, t: number, n: number, mean: number, ddof: number): number {
  let s = 0;
  for (let k = t - n + 1; k <= t; k++) s += (x[k]! - mean) ** 2;
  return Math.sqrt(s / (n - ddof));
}

/** Bollinger bands (Bollinger 2001): SMA ± k·σ with the population σ of the window (as TA-Lib). First defined at first+n−1. */
export function bollingerSeries(x: Float64Array, mid: Float64Array, upper: Float64Array, lower: Float64Array, n: number, k: number): void {
  smaSeries(x, mid, n);
  upper.fill(Number.NaN);
  lower.fill(Number.NaN);
  for (let t = 0; t < x.length; t++) {
    const m = mid[t]!;
    if (Number.isNaN(m)) continue;
    const sd = windowStd(x, t, n, m, 0);
    upper[t] = m + k * sd;
    lower[t] = m - k * sd;
  }
}

/**
 * Average True Range (Wilder 1978): TR_t = max(H−L, |H−C_{t−1}|, |L−C_{t−1}|),
 * TR at the first bar = H−L; ATR seeded by the mean of the first n TRs
 * (defined at first+n−1), then Wilder smoothing.
 */
export function atrSeries(high: Float64Array, low: Float64Array, close: Float64Array, out: Float64Array, n: number): void {
  out.fill(Number.NaN);
  const f = Math.max(firstFinite(high), firstFinite(low), firstFinite(close));
  if (close.length - f < n) return;
  const tr = (t: number): number => {
    const hl = high[t]! - low[t]!;
    if (t === f) return hl;
    const pc = close[t - 1]!;
    return Math.max(hl, Math.abs(high[t]! - pc), Math.abs(low[t]! - pc));
  };
  let a = 0;
  for (let t = f; t < f + n; t++) a += tr(t);
  a /= n;
  out[f + n - 1] = a;
  for (let t = f + n; t < close.length; t++) {
    a = (a * (n - 1) + tr(t)) / n;
    out[t] = a;
  }
}

/**
 * Stochastic oscillator (Lane): %K = 100·(C − LL_n)/(HH_n − LL_n) (50 when
 * the range is zero), defined at first+n−1; %D = SMA_d of %K.
 */
export function stochasticSeries(high: Float64Array, low: Float64Array, close: Float64Array, k: Float64Array, d: Float64Array, n: number, dn: number): void {
  k.fill(Number.NaN);
  const f = Math.max(firstFinite(high), firstFinite(low), firstFinite(close));
  for (let t = f + n - 1; t < close.length; t++) {
    let hh = -Infinity;
    let ll = Infinity;
    for (let j = t - n + 1; j <= t; j++) {
      if (high[j]! > hh) hh = high[j]!;
      if (low[j]! < ll) ll = low[j]!;
    }
    k[t] = hh === ll ? 50 : (100 * (close[t]! - ll)) / (hh - ll);
  }
  smaSeries(k, d, dn);
}

/**
 * Rolling volatility: sample standard deviation (n−1) of the last n log
 * returns ln(P_t/P_{t−1}), times √periodsPerYear (1 = per period). Defined at
 * first+n. Prices must be positive.
 */
export function rollingVolatilitySeries(x: Float64Array, out: Float64Array, n: number, periodsPerYear: number): void {
  out.fill(Number.NaN);
  const f = firstFinite(x);
  const scale = Math.sqrt(periodsPerYear);
  const r = new Float64Array(x.length);
  for (let t = f + 1; t < x.length; t++) r[t] = Math.log(x[t]! / x[t - 1]!);
  for (let t = f + n; t < x.length; t++) {
    let m = 0;
    for (let k = t - n + 1; k <= t; k++) m += r[k]!;
    m /= n;
    out[t] = scale * windowStd(r, t, n, m, 1);
  }
}

/** Rolling z-score: (x_t − mean)/sd over the last n values (sample sd, n−1); NaN when sd = 0. Defined at first+n−1. */
export function rollingZScoreSeries(x: Float64Array, out: Float64Array, n: number): void {
  out.fill(Number.NaN);
  const f = firstFinite(x);
  for (let t = f + n - 1; t < x.length; t++) {
    let m = 0;
    for (let k = t - n + 1; k <= t; k++) m += x[k]!;
    m /= n;
    const sd = windowStd(x, t, n, m, 1);
    out[t] = sd > 0 ? (x[t]! - m) / sd : Number.NaN;
  }
}

/** Rolling Pearson correlation of x and y over the last n bars (pass returns, not prices); NaN when either is constant. */
export function rollingCorrelationSeries(x: Float64Array, y: Float64Array, out: Float64Array, n: number): void {
  out.fill(Number.NaN);
  const f = Math.max(firstFinite(x), firstFinite(y));
  for (let t = f + n - 1; t < x.length; t++) {
    let mx = 0, my = 0;
    for (let k = t - n + 1; k <= t; k++) {
      mx += x[k]!;
      my += y[k]!;
    }
    mx /= n;
    my /= n;
    let sxx = 0, syy = 0, sxy = 0;
    for (let k = t - n + 1; k <= t; k++) {
      const a = x[k]! - mx;
      const b = y[k]! - my;
      sxx += a * a;
      syy += b * b;
      sxy += a * b;
    }
    out[t] = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
  }
}

/** Registry: names, inputs, outputs and the kernel of each indicator. */
export const INDICATORS: Record<IndicatorName, IndicatorDef> = {
  sma: { inputs: ['values'], outputs: ['value'], run: ([x], [o], p) => smaSeries(x!, o!, p.period) },
  ema: { inputs: ['values'], outputs: ['value'], run: ([x], [o], p) => emaSeries(x!, o!, p.period) },
  wma: { inputs: ['values'], outputs: ['value'], run: ([x], [o], p) => wmaSeries(x!, o!, p.period) },
  rsi: { inputs: ['values'], outputs: ['value'], run: ([x], [o], p) => rsiSeries(x!, o!, p.period) },
  macd: { inputs: ['values'], outputs: ['macd', 'signal', 'histogram'], run: ([x], [a, b, c], p) => macdSeries(x!, a!, b!, c!, p.fast, p.slow, p.signal) },
  bollinger: { inputs: ['values'], outputs: ['middle', 'upper', 'lower'], run: ([x], [a, b, c], p) => bollingerSeries(x!, a!, b!, c!, p.period, p.stdDevs) },
  atr: { inputs: ['high', 'low', 'close'], outputs: ['value'], run: ([h, l, c], [o], p) => atrSeries(h!, l!, c!, o!, p.period) },
  stochastic: { inputs: ['high', 'low', 'close'], outputs: ['k', 'd'], run: ([h, l, c], [k, d], p) => stochasticSeries(h!, l!, c!, k!, d!, p.period, p.smoothing) },
  rollingVolatility: { inputs: ['values'], outputs: ['value'], run: ([x], [o], p) => rollingVolatilitySeries(x!, o!, p.period, p.periodsPerYear) },
  rollingZScore: { inputs: ['values'], outputs: ['value'], run: ([x], [o], p) => rollingZScoreSeries(x!, o!, p.period) },
  rollingCorrelation: { inputs: ['x', 'y'], outputs: ['value'], run: ([x, y], [o], p) => rollingCorrelationSeries(x!, y!, o!, p.period) },
};

/**
 * Runs indicator `name` for series [s0, s1) of series-major buffers. What a
 * threads-backend task executes; buffers are usually shared.
 */
export function runIndicatorRows(name: IndicatorName, params: Required<IndicatorParams>, inputs: Float64Array[], outputs: Float64Array[], length: number, s0: number, s1: number): void {
  const def = INDICATORS[name];
  for (let s = s0; s < s1; s++) {
    const a = s * length;
    const b = a + length;
    def.run(inputs.map((x) => x.subarray(a, b)), outputs.map((x) => x.subarray(a, b)), params);
  }
}
