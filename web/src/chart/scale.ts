/** A linear map from a data domain to a pixel range, with its inverse (for hover lookups). */
export interface LinearScale {
  (value: number): number;
  invert(pixel: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/**
 * Maps `domain` linearly onto `range`. A degenerate domain (min = max) maps everything to the
 * middle of the range instead of dividing by zero, so a flat series draws as a flat line.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as LinearScale;
  scale.invert = (pixel: number) => (r1 === r0 ? d0 : d0 + ((pixel - r0) / (r1 - r0)) * span);
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/**
 * "Nice" axis ticks: about `count` evenly spaced values on a 1-2-5 × 10^k step that lie within
 * [min, max] (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990).
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || count < 1) return [];
  if (min === max) return [min];
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  const step = niceStep((hi - lo) / count);
  // The epsilon keeps an end that lies on the grid (0.35 / 0.05 = 6.999…) from being dropped.
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const ticks: number[] = [];
  // Multiply rather than accumulate so ticks don't drift (0.1 + 0.2 ≠ 0.3).
  for (let i = first; i <= last; i++) ticks.push(roundTo(i * step, step));
  return ticks;
}

/** The smallest 1, 2 or 5 × 10^k that is at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const residual = rough / magnitude;
  const nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
  return nice * magnitude;
}

function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number(value.toFixed(Math.min(decimals, 20)));
}

/**
 * The price range to plot: from the lowest low to the highest high, widened by `padding` (a
 * fraction of the range) on both sides so wicks don't touch the frame. A flat or single-price
 * series gets a band of ±0.5% around the price (±1 at price 0) so it still has an axis.
 */
export function priceDomain(values: Iterable<{ low: number; high: number }>, padding = 0.06): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v.low < lo) lo = v.low;
    if (v.high > hi) hi = v.high;
  }
  if (lo === Infinity) return [0, 1];
  if (hi === lo) {
    const half = lo === 0 ? 1 : Math.abs(lo) * 0.005;
    return [lo - half, hi + half];
  }
  const pad = (hi - lo) * padding;
  return [lo - pad, hi + pad];
}
