import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import type { BackendName, Workload } from '../backends/Backend.ts';

/** One timed run: `backend` did `workload` of `size` units in `ms`. */
export interface CalibrationEntry {
  workload: Workload;
  backend: BackendName;
  /** Work units (paths×steps, scenarios×assets, T×N², m·k·n, series×bars). */
  size: number;
  ms: number;
  /** Human label of the case, e.g. 'european 200000 paths'. */
  label: string;
}

/** Identifies the machine a table was measured on; a table from another machine is ignored. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  node: string;
  platform: string;
}

export interface CalibrationTable {
  version: 1;
  machine: MachineInfo;
  measuredAt: string;
  entries: CalibrationEntry[];
}

export function machineInfo(): MachineInfo {
  return { cpuModel: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), node: process.versions.node, platform: `${process.platform}-${process.arch}` };
}

export function sameMachine(a: MachineInfo, b: MachineInfo): boolean {
  return a.cpuModel === b.cpuModel && a.cores === b.cores && a.platform === b.platform && a.node.split('.')[0] === b.node.split('.')[0];
}

/** Reads a persisted table; null when missing, unreadable or from another machine. */
export async function loadCalibration(path: string): Promise<{ table: CalibrationTable | null; note: string }> {
  try {
    const table = JSON.parse(await readFile(path, 'utf8')) as CalibrationTable;
    if (table.version !== 1 || !Array.isArray(table.entries)) return { table: null, note: `ignored ${path}: unknown format` };
    if (!sameMachine(table.machine, machineInfo())) return { table: null, note: `ignored ${path}: measured on another machine (${table.machine.cpuModel}, ${table.machine.cores} cores)` };
    return { table, note: `loaded ${path} (measured ${table.measuredAt})` };
  } catch (error) {
    return { table: null, note: (error as NodeJS.ErrnoException).code === 'ENOENT' ? `no calibration file at ${path}` : `could not read ${path}: ${(error as Error).message}` };
  }
}

export async function saveCalibration(path: string, table: CalibrationTable): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(table, null, 2)}\n`);
}
