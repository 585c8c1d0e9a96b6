import { linearScale, niceTicks, type LinearScale } from '../chart/scale.ts';

/** The plotting frame of the small SVG charts: a fixed viewBox scaled to the container's width. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const DEFAULT_FRAME: Frame = { width: 560, height: 260, left: 56, right: 12, top: 12, bottom: 34 };

/** The [min, max] of values, widened by `pad` of the span on each side (a single value gets ±1 or ±5%). */
export function paddedExtent(values: readonly number[], pad = 0.05): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  if (lo === hi) {
    const d = lo === 0 ? 1 : Math.abs(lo) * 0.05;
    return [lo - d, hi + d];
  }
  const d = (hi - lo) * pad;
  return [lo - d, hi + d];
}

export interface Axes {
  x: LinearScale;
  y: LinearScale;
  xTicks: number[];
  yTicks: number[];
}

/** Scales from data extents onto the frame's plotting area (y grows upwards), with nice ticks. */
export function axesFor(frame: Frame, xExtent: readonly [number, number], yExtent: readonly [number, number], ticks = 5): Axes {
  return {
    x: linearScale(xExtent, [frame.left, frame.width - frame.right]),
    y: linearScale(yExtent, [frame.height - frame.bottom, frame.top]),
    xTicks: niceTicks(xExtent[0], xExtent[1], ticks),
    yTicks: niceTicks(yExtent[0], yExtent[1], ticks),
  };
}
