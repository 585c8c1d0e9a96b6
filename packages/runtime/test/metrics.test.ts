import { describe, expect, it } from 'vitest';
import { MAX_OPERATION_LABELS, createServiceMetrics } from '../src/metrics.ts';

describe('service metrics', () => {
  it('bounds the operation label: client-chosen names beyond the first ones, or malformed, become "other"', async () => {
    const metrics = createServiceMetrics('probe');
    for (let i = 0; i < 4_000; i++) metrics.requestDuration.observe({ operation: metrics.operationLabel(`Op${i}`), status: 'ok' }, 0.01);
    metrics.requestDuration.observe({ operation: metrics.operationLabel('bad name with spaces'), status: 'ok' }, 0.01);
    const text = await metrics.registry.metrics();
    const names = new Set([...text.matchAll(/operation="([^"]+)"/g)].map((m) => m[1]));
    expect(names.size).toBe(MAX_OPERATION_LABELS + 1);
    expect(names.has('other')).toBe(true);
    expect(names.has('Op0')).toBe(true);
    expect(names.has(`Op${MAX_OPERATION_LABELS}`)).toBe(false);
    expect(text.length).toBeLessThan(500_000);
    expect(metrics.operationLabel('Op0')).toBe('Op0');
    expect(metrics.operationLabel(undefined)).toBe('anonymous');
  });
});
