/**
 * Rounds a price to the nearest multiple of `tickSize`, never below one tick,
 * and returns the shortest decimal (0.1 + 0.2 style noise removed) so stored
 * prices compare equal to their tick grid. Rounding is monotone, so it keeps
 * OHLC order (high ≥ max(open, close) before rounding stays true after).
 *
 * @throws RangeError when `tickSize` is not a positive finite number.
 */
export function roundToTick(price: number, tickSize: number): number {
  return ticksToPrice(Math.max(1, Math.round(price / tickSize)), tickSize);
}

/**
 * The price of `ticks` whole ticks, as the shortest decimal of the tick's
 * precision (e.g. 1/64 ticks keep 6 decimals).
 * @throws RangeError when `tickSize` is not a positive finite number.
 */
export function ticksToPrice(ticks: number, tickSize: number): number {
  const scale = decimalScale(tickSize);
  return Math.round(ticks * tickSize * scale) / scale;
}

const scales = new Map<number, number>();

function decimalScale(tickSize: number): number {
  let scale = scales.get(tickSize);
  if (scale === undefined) {
    if (!(tickSize > 0) || !Number.isFinite(tickSize)) throw new RangeError(`roundToTick: tick size must be positive, got ${tickSize}`);
    let decimals = 0;
    while (decimals < 12 && Math.abs(Math.round(tickSize * 10 ** decimals) - tickSize * 10 ** decimals) > 1e-9) decimals++;
    scale = 10 ** decimals;
    scales.set(tickSize, scale);
  }
  return scale;
}
