import { assertInput } from '../errors/AccelError.ts';

/**
 * Many equally long series at once, series-major: series s occupies
 * `data[s·length … (s+1)·length)`, oldest bar first. `data` may be on a
 * SharedArrayBuffer (see `allocShared`) so the threads backend reads it in place.
 */
export interface Panel {
  series: number;
  length: number;
  data: Float64Array;
}

/** Wraps or allocates a panel; throws `BAD_INPUT` when the length does not match. */
export function panel(series: number, length: number, data?: Float64Array | ArrayLike<number>): Panel {
  assertInput(Number.isInteger(series) && series >= 0 && Number.isInteger(length) && length >= 0, `bad panel shape ${series}×${length}`);
  const d = data === undefined ? new Float64Array(series * length) : data instanceof Float64Array ? data : Float64Array.from(data);
  assertInput(d.length === series * length, `panel data has length ${d.length}, expected ${series}×${length}`);
  return { series, length, data: d };
}

/** Panel from an array of equally long series. */
export function panelFromSeries(series: readonly (ArrayLike<number>)[]): Panel {
  const length = series[0]?.length ?? 0;
  const p = panel(series.length, length);
  series.forEach((s, i) => {
    assertInput(s.length === length, `series ${i} has ${s.length} bars, expected ${length}`);
    for (let t = 0; t < length; t++) p.data[i * length + t] = s[t]!;
  });
  return p;
}

/** View of one series (no copy). */
export function seriesOf(p: Panel, s: number): Float64Array {
  return p.data.subarray(s * p.length, (s + 1) * p.length);
}

/**
 * NaN policy for every indicator: leading NaNs are allowed (a stock that
 * listed later) and each series' warm-up starts at its first finite value;
 * a NaN or infinity after that is rejected, because silently carrying it
 * would poison every later window.
 * @throws AccelError BAD_INPUT naming the series and bar of the first gap.
 */
export function validatePanel(p: Panel, what: string): void {
  const { series, length, data } = p;
  for (let s = 0; s < series; s++) {
    let started = false;
    const o = s * length;
    for (let t = 0; t < length; t++) {
      const v = data[o + t]!;
      if (Number.isNaN(v) && !started) continue;
      started = true;
      // build the message only on failure: this loop runs once per bar
      if (!Number.isFinite(v)) assertInput(false, `${what}: series ${s} has ${v} at bar ${t} after its first value; fill or drop gaps before computing indicators`);
    }
  }
}
