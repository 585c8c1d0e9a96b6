import { describe, expect, it } from 'vitest';
import { parsePrometheusText, summarizeMetrics } from '../src/domain/summarizeMetrics.ts';

const text = `# HELP graphql_request_duration_seconds GraphQL operation latency
# TYPE graphql_request_duration_seconds histogram
graphql_request_duration_seconds_bucket{le="0.001",operation="A",status="ok",service="risk"} 1
graphql_request_duration_seconds_sum{operation="A",status="ok",service="risk"} 0.3
graphql_request_duration_seconds_count{operation="A",status="ok",service="risk"} 3
graphql_request_duration_seconds_sum{operation="B",status="error",service="risk"} 0.1
graphql_request_duration_seconds_count{operation="B",status="error",service="risk"} 1
graphql_errors_total{code="BAD_USER_INPUT",service="risk"} 1
graphql_errors_total{code="INTERNAL_SERVER_ERROR",service="risk"} 2
graphql_errors_total{code="NOT_FOUND",service="risk"} 0
process_cpu_seconds_total{service="risk"} 4.5
process_start_time_seconds{service="risk"} 1767621600
process_resident_memory_bytes{service="risk"} 104857600
nodejs_version_info{version="v20.20.2",major="20",minor="20",patch="2",service="risk"} 1
odd_metric{path="a \\"quoted\\" \\\\ value"} NaN
not a sample line
`;

describe('summarizeMetrics', () => {
  it('sums operations and latency over every operation and status, and errors by code (most first, zero counts left out)', () => {
    const summary = summarizeMetrics(parsePrometheusText(text));
    expect(summary).toEqual({
      requests: 4,
      errors: 3,
      errorsByCode: [
        { code: 'INTERNAL_SERVER_ERROR', count: 2 },
        { code: 'BAD_USER_INPUT', count: 1 },
      ],
      meanLatencyMs: 100,
      residentMemoryBytes: 104857600,
      cpuSeconds: 4.5,
      startTimeSeconds: 1767621600,
      nodeVersion: 'v20.20.2',
    });
  });

  it('unescapes label values, keeps NaN, and skips comments and malformed lines', () => {
    const samples = parsePrometheusText(text);
    const odd = samples.find((s) => s.name === 'odd_metric')!;
    expect(odd.labels.path).toBe('a "quoted" \\ value');
    expect(odd.value).toBeNaN();
    expect(samples.some((s) => s.name === 'not')).toBe(false);
    expect(samples).toHaveLength(13);
  });

  it('reports no latency before the first operation and null for what the process does not expose', () => {
    expect(summarizeMetrics([])).toEqual({ requests: 0, errors: 0, errorsByCode: [], meanLatencyMs: null, residentMemoryBytes: null, cpuSeconds: null, startTimeSeconds: null, nodeVersion: null });
  });
});
