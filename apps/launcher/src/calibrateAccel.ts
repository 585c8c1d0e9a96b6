import path from 'node:path';
import { CALIBRATED_WORKLOADS, createAccel, type AccelOptions } from '@nautilus/accel';

/**
 * Scale of the calibration cases `npm start` measures (accel's default is 1).
 * 0.5 halves every case (100k→50k-path Monte Carlo, 5k/25k-scenario VaR, …):
 * still in the range the engines run, and about 4 s on a loaded 2-core machine
 * instead of 7 s, most of it starting the worker pool and gpu.js.
 */
export const LAUNCHER_CALIBRATION_SCALE = 0.5;

export interface AccelCalibrationOutcome {
  /** `measured`: timed now and saved; `reused`: the file was for this machine. */
  kind: 'measured' | 'reused';
  path: string;
  /** When the table in use was measured (ISO 8601). */
  measuredAt: string;
  /** Seconds the measurement took (`measured` only). */
  seconds?: number;
  /** Timings in the table. */
  entries: number;
  /** Backends that have at least one timing. */
  backends: string[];
  /** Why a file that existed was not used (another machine, unreadable), when it was not. */
  replaced?: string;
  /** The line `npm start` prints. */
  line: string;
}

/**
 * Makes sure this machine has an accel calibration table at `path`: loads it
 * when it exists, was measured here (same CPU model, cores, platform and
 * Node major) and times every workload accel routes today, otherwise measures
 * every available backend now and saves it (a table from before a workload
 * existed would send that workload to js for good).
 * The engines then create their accel instances with `calibrate: 'load'` on
 * the same path, so the measurement runs once per machine, not per engine or
 * per start.
 */
export async function ensureAccelCalibration(options: {
  path: string;
  scale?: number;
  /** For the printed line: paths are shown relative to it. */
  cwd?: string;
  /** Backends to measure (default: every one accel has); tests pass ['js']. */
  backends?: AccelOptions['backends'];
}): Promise<AccelCalibrationOutcome> {
  const shown = path.relative(options.cwd ?? process.cwd(), options.path) || options.path;
  const accel = await createAccel({ calibrate: 'load', calibrationPath: options.path, calibrationScale: options.scale ?? LAUNCHER_CALIBRATION_SCALE, backends: options.backends });
  try {
    const { calibration } = await accel.status();
    const missing = calibration.table ? CALIBRATED_WORKLOADS.filter((w) => !calibration.table!.entries.some((e) => e.workload === w)) : [];
    if (calibration.table && missing.length === 0) {
      const table = calibration.table;
      const backends = [...new Set(table.entries.map((e) => e.backend))];
      return {
        kind: 'reused',
        path: options.path,
        measuredAt: table.measuredAt,
        entries: table.entries.length,
        backends,
        line: `accel: calibration reused from ${shown} (measured ${table.measuredAt}; ${table.entries.length} timings on ${backends.join(', ')})`,
      };
    }
    const replaced =
      missing.length > 0 ? `the saved table had no timings for ${missing.join(', ')}` : /^no calibration file/.test(calibration.note) ? undefined : calibration.note;
    const started = performance.now();
    const table = await accel.calibrate();
    const seconds = (performance.now() - started) / 1000;
    const backends = [...new Set(table.entries.map((e) => e.backend))];
    return {
      kind: 'measured',
      path: options.path,
      measuredAt: table.measuredAt,
      seconds,
      entries: table.entries.length,
      backends,
      ...(replaced ? { replaced } : {}),
      line: `accel: calibrated now in ${seconds.toFixed(1)} s (${table.entries.length} timings on ${backends.join(', ')}), saved to ${shown}${replaced ? ` (${replaced})` : ''}`,
    };
  } finally {
    await accel.close();
  }
}
