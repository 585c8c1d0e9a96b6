import { z } from 'zod';

/**
 * What an engine's `/status` says about its accel router: `accel.status()`
 * of `@nautilus/accel` as JSON. Parsed rather than trusted: it arrives over
 * HTTP from another process, and a malformed report must become a problem
 * line on that engine, not a failed query.
 */
const entry = z.object({ workload: z.string(), backend: z.string(), size: z.number(), ms: z.number(), label: z.string() });
export const accelStatusSchema = z.object({
  devices: z.array(z.object({ kind: z.string(), name: z.string(), detail: z.string() })),
  backends: z.array(z.object({ name: z.string(), available: z.boolean(), reason: z.string(), device: z.string().optional() })),
  gpu: z.object({ mode: z.string().nullable(), tried: z.array(z.object({ mode: z.string(), ok: z.boolean(), reason: z.string() })) }).nullable(),
  onnxProviders: z.array(z.object({ name: z.string(), available: z.boolean() })),
  calibration: z.object({
    path: z.string().nullable(),
    note: z.string(),
    table: z
      .object({
        measuredAt: z.iso.datetime(),
        machine: z.object({ cpuModel: z.string(), cores: z.number(), node: z.string(), platform: z.string() }),
        entries: z.array(entry),
      })
      .nullable(),
  }),
  decisions: z.array(z.object({ at: z.iso.datetime(), workload: z.string(), size: z.number(), backend: z.string(), reason: z.string(), failedBackend: z.string().optional() })),
  failures: z.array(z.object({ at: z.iso.datetime(), backend: z.string(), workload: z.string(), message: z.string() })),
});
export type ReportedAccelStatus = z.infer<typeof accelStatusSchema>;

/** The GraphQL `AccelerationStatus` of one engine process (decisions and failures newest first). */
export interface AccelerationModel {
  engine: string;
  devices: ReportedAccelStatus['devices'];
  backends: { name: string; available: boolean; reason: string; device: string | null }[];
  gpuModes: { mode: string; ok: boolean; reason: string }[];
  onnxProviders: ReportedAccelStatus['onnxProviders'];
  calibration: {
    path: string | null;
    note: string;
    measuredAt: string | null;
    machine: string | null;
    entryCount: number;
    workloads: CalibratedWorkload[];
  };
  decisions: { at: string; workload: string; size: number; backend: string; reason: string; failedBackend: string | null }[];
  failures: ReportedAccelStatus['failures'];
}

export interface CalibratedWorkload {
  workload: string;
  size: number;
  label: string;
  fastest: string;
  timings: { backend: string; ms: number }[];
}

/**
 * Maps a reported status to the graph's shape. The calibration table is
 * summarised per workload at the largest size measured (where the backends
 * differ most): each backend's time there, fastest first.
 */
export function summarizeAcceleration(engine: string, status: ReportedAccelStatus): AccelerationModel {
  const table = status.calibration.table;
  const workloads: CalibratedWorkload[] = [];
  for (const workload of [...new Set((table?.entries ?? []).map((e) => e.workload))]) {
    const entries = table!.entries.filter((e) => e.workload === workload);
    const size = Math.max(...entries.map((e) => e.size));
    const atSize = entries.filter((e) => e.size === size).sort((a, b) => a.ms - b.ms);
    workloads.push({ workload, size, label: atSize[0]!.label, fastest: atSize[0]!.backend, timings: atSize.map((e) => ({ backend: e.backend, ms: e.ms })) });
  }
  return {
    engine,
    devices: status.devices,
    backends: status.backends.map((b) => ({ name: b.name, available: b.available, reason: b.reason, device: b.device ?? null })),
    gpuModes: status.gpu?.tried ?? [],
    onnxProviders: status.onnxProviders,
    calibration: {
      path: status.calibration.path,
      note: status.calibration.note,
      measuredAt: table?.measuredAt ?? null,
      machine: table ? `${table.machine.cpuModel}, ${table.machine.cores} cores, ${table.machine.platform}, Node ${table.machine.node}` : null,
      entryCount: table?.entries.length ?? 0,
      workloads,
    },
    decisions: [...status.decisions].reverse().map((d) => ({ ...d, failedBackend: d.failedBackend ?? null })),
    failures: [...status.failures].reverse(),
  };
}
