import type { BackendName, Workload } from '../backends/Backend.ts';
import type { CalibrationEntry, CalibrationTable } from './CalibrationTable.ts';

/** Why a backend ran a call; `accel.status().decisions` keeps the last 50. */
export interface RoutingDecision {
  at: string;
  workload: Workload;
  size: number;
  backend: BackendName;
  reason: string;
  /** Set when `backend` is the fallback after `failedBackend` threw. */
  failedBackend?: BackendName;
}

export interface BackendFailure {
  at: string;
  backend: BackendName;
  workload: Workload;
  message: string;
}

/**
 * Predicts time(size) per backend from the calibration entries as a line
 * t = a + b·size through the measured points (least squares, a, b ≥ 0; one
 * point → proportional), and picks the fastest prediction. Without
 * measurements for a workload it picks `js`, the reference, and says so.
 */
export class Router {
  table: CalibrationTable | null = null;
  readonly decisions: RoutingDecision[] = [];
  readonly failures: BackendFailure[] = [];

  predict(workload: Workload, backend: BackendName, size: number): number | null {
    const pts = (this.table?.entries ?? []).filter((e) => e.workload === workload && e.backend === backend);
    return predictFrom(pts, size);
  }

  choose(workload: Workload, size: number, candidates: BackendName[]): { backend: BackendName; reason: string } {
    const preds = candidates.map((b) => ({ b, t: this.predict(workload, b, size) })).filter((p): p is { b: BackendName; t: number } => p.t !== null);
    if (preds.length === 0 || !this.table) {
      return { backend: 'js', reason: `no calibration for ${workload}; using the js reference (run accel.calibrate())` };
    }
    preds.sort((x, y) => x.t - y.t);
    const best = preds[0]!;
    const others = preds.slice(1).map((p) => `${p.b} ${fmt(p.t)}`).join(', ');
    return {
      backend: best.b,
      reason: `${best.b} predicted ${fmt(best.t)} at size ${size.toExponential(2)}${others ? ` vs ${others}` : ''} (calibration of ${this.table.measuredAt})`,
    };
  }

  record(d: Omit<RoutingDecision, 'at'>): void {
    this.decisions.push({ at: new Date().toISOString(), ...d });
    if (this.decisions.length > 50) this.decisions.shift();
  }

  recordFailure(f: Omit<BackendFailure, 'at'>): void {
    this.failures.push({ at: new Date().toISOString(), ...f });
    if (this.failures.length > 50) this.failures.shift();
  }
}

function fmt(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(0)} ms`;
}

export function predictFrom(pts: CalibrationEntry[], size: number): number | null {
  if (pts.length === 0) return null;
  if (pts.length === 1) return (pts[0]!.ms * size) / pts[0]!.size;
  const n = pts.length;
  const mx = pts.reduce((s, p) => s + p.size, 0) / n;
  const my = pts.reduce((s, p) => s + p.ms, 0) / n;
  let sxx = 0, sxy = 0;
  for (const p of pts) {
    sxx += (p.size - mx) ** 2;
    sxy += (p.size - mx) * (p.ms - my);
  }
  let b = sxx > 0 ? sxy / sxx : 0;
  let a = my - b * mx;
  if (b < 0) {
    b = 0;
    a = my;
  }
  if (a < 0) {
    a = 0;
    b = pts.reduce((s, p) => s + p.ms * p.size, 0) / pts.reduce((s, p) => s + p.size * p.size, 0);
  }
  return a + b * size;
}
