import { throwIfAborted } from '../errors/AccelError.ts';
import type { RunControl } from '../backends/Backend.ts';

const SLICE_MS = 12;

/**
 * Runs `work(from, to)` over [0, total) in slices of about 12 ms, yielding to
 * the event loop between slices (setImmediate) so long js-backend work never
 * blocks it; checks the AbortSignal and reports progress at each yield.
 */
export async function runChunked(total: number, work: (from: number, to: number) => void, ctl: RunControl = {}, initialStep = 1): Promise<void> {
  let i = 0;
  let step = Math.max(1, initialStep);
  while (i < total) {
    throwIfAborted(ctl.signal);
    const t0 = performance.now();
    const end = Math.min(total, i + step);
    work(i, end);
    i = end;
    const dt = performance.now() - t0;
    // adapt the slice so each takes ~SLICE_MS
    step = Math.max(1, Math.round(step * Math.min(4, Math.max(0.25, SLICE_MS / Math.max(dt, 0.01)))));
    ctl.onProgress?.(i / total);
    if (i < total) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throwIfAborted(ctl.signal);
}
