/**
 * Growing, aligned bar history of a universe, and growing prefix sums. A strategy core reads only
 * indices ≤ the current bar, so the same code runs over a whole preloaded panel (VECTORIZED) or over
 * bars arriving one at a time (EVENT, live, paper): the arithmetic, and so every decision, is identical.
 */
import type { AlignedBars, Bar } from './types.ts';

export class History {
  /** Bars available (the current bar is length − 1). */
  length = 0;
  ts: Float64Array;
  open: Float64Array[];
  high: Float64Array[];
  low: Float64Array[];
  close: Float64Array[];
  volume: Float64Array[];
  private readonly preloaded: boolean;

  constructor(
    readonly symbols: readonly string[],
    capacity = 256,
    preloaded?: AlignedBars,
  ) {
    if (preloaded) {
      this.preloaded = true;
      this.ts = preloaded.ts;
      this.open = preloaded.open;
      this.high = preloaded.high;
      this.low = preloaded.low;
      this.close = preloaded.close;
      this.volume = preloaded.volume;
    } else {
      this.preloaded = false;
      const n = symbols.length;
      this.ts = new Float64Array(capacity);
      const make = () => Array.from({ length: n }, () => new Float64Array(capacity));
      this.open = make();
      this.high = make();
      this.low = make();
      this.close = make();
      this.volume = make();
    }
  }

  /** A history over a whole aligned panel: call advance() to reveal one more bar. */
  static over(bars: AlignedBars): History {
    return new History(bars.symbols, 0, bars);
  }

  advance(): void {
    if (!this.preloaded) throw new Error('advance() is for preloaded histories; use push()');
    this.length++;
  }

  push(ts: number, bars: readonly Bar[]): void {
    if (this.preloaded) throw new Error('push() is for growing histories');
    const t = this.length;
    if (t === this.ts.length) this.grow();
    this.ts[t] = ts;
    for (let k = 0; k < this.symbols.length; k++) {
      const b = bars[k]!;
      this.open[k]![t] = b.open;
      this.high[k]![t] = b.high;
      this.low[k]![t] = b.low;
      this.close[k]![t] = b.close;
      this.volume[k]![t] = b.volume;
    }
    this.length = t + 1;
  }

  private grow(): void {
    const cap = Math.max(16, this.ts.length * 2);
    const g = (a: Float64Array) => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    this.ts = g(this.ts);
    this.open = this.open.map(g);
    this.high = this.high.map(g);
    this.low = this.low.map(g);
    this.close = this.close.map(g);
    this.volume = this.volume.map(g);
  }
}

/** Prefix sums p[0] = 0, p[i+1] = p[i] + x_i, built one value at a time (same rounding as a batch cumsum). */
export class PrefixSum {
  data: Float64Array;
  n = 0;
  constructor(capacity = 256) {
    this.data = new Float64Array(capacity + 1);
  }
  push(x: number): void {
    if (this.n + 1 >= this.data.length) {
      const b = new Float64Array(this.data.length * 2);
      b.set(this.data);
      this.data = b;
    }
    this.data[this.n + 1] = this.data[this.n]! + x;
    this.n++;
  }
  /** Sum of the last `w` values pushed. */
  last(w: number): number {
    return this.data[this.n]! - this.data[this.n - w]!;
  }
}

/** Batch prefix sums of a series (identical rounding to PrefixSum.push in order). */
export function prefixSums(x: Float64Array, out = new Float64Array(x.length + 1)): Float64Array {
  let s = 0;
  out[0] = 0;
  for (let i = 0; i < x.length; i++) {
    s = s + x[i]!;
    out[i + 1] = s;
  }
  return out;
}
