/** One sample of the Prometheus text format: `name{label="value",…} 12.5`. */
export interface MetricSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** What the system page shows of an engine's `/metrics`. */
export interface MetricsSummary {
  requests: number;
  errors: number;
  errorsByCode: { code: string; count: number }[];
  meanLatencyMs: number | null;
  residentMemoryBytes: number | null;
  cpuSeconds: number | null;
  /** `process_start_time_seconds` (epoch seconds). */
  startTimeSeconds: number | null;
  /** `nodejs_version_info{version}`. */
  nodeVersion: string | null;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\S+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/**
 * Parses the Prometheus text exposition format (version 0.0.4, what
 * prom-client writes): comment lines are skipped, label values unescaped,
 * `NaN`/`+Inf` kept as numbers. Lines that are not samples are ignored.
 */
export function parsePrometheusText(text: string): MetricSample[] {
  const samples: MetricSample[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(LABEL)) labels[key!] = value!.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    const value = match[3] === '+Inf' ? Infinity : match[3] === '-Inf' ? -Infinity : Number(match[3]);
    samples.push({ name: match[1]!, labels, value });
  }
  return samples;
}

/**
 * The summary of one engine's metrics: GraphQL operations (the `_count` and
 * `_sum` of `graphql_request_duration_seconds` over every operation and
 * status), errors by code (`graphql_errors_total`), and the process's memory,
 * CPU, start time and Node version from prom-client's default metrics.
 */
export function summarizeMetrics(samples: MetricSample[]): MetricsSummary {
  let requests = 0;
  let latencySeconds = 0;
  const byCode = new Map<string, number>();
  const single = (name: string): number | null => {
    const sample = samples.find((s) => s.name === name);
    return sample && Number.isFinite(sample.value) ? sample.value : null;
  };
  for (const s of samples) {
    if (s.name === 'graphql_request_duration_seconds_count') requests += s.value;
    else if (s.name === 'graphql_request_duration_seconds_sum') latencySeconds += s.value;
    else if (s.name === 'graphql_errors_total') byCode.set(s.labels.code ?? 'UNKNOWN', (byCode.get(s.labels.code ?? 'UNKNOWN') ?? 0) + s.value);
  }
  const errorsByCode = [...byCode].map(([code, count]) => ({ code, count })).filter((e) => e.count > 0).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return {
    requests,
    errors: errorsByCode.reduce((sum, e) => sum + e.count, 0),
    errorsByCode,
    meanLatencyMs: requests > 0 ? (latencySeconds / requests) * 1000 : null,
    residentMemoryBytes: single('process_resident_memory_bytes'),
    cpuSeconds: single('process_cpu_seconds_total'),
    startTimeSeconds: single('process_start_time_seconds'),
    nodeVersion: samples.find((s) => s.name === 'nodejs_version_info')?.labels.version ?? null,
  };
}
