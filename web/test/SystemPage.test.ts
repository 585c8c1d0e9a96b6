import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SystemPageView, type SystemData, type SystemPageViewProps } from '../src/pages/system/SystemPage.tsx';
import { GatewayError } from '../src/graphql/GatewayError.ts';
import { engineState, formatBytes, formatMs, formatUptime } from '../src/lib/formatSystem.ts';

const metrics = (requests: number, errors: { code: string; count: number }[] = []) => ({
  requests,
  errors: errors.reduce((s, e) => s + e.count, 0),
  errorsByCode: errors,
  meanLatencyMs: requests > 0 ? 12.34 : null,
  residentMemoryBytes: 150 * 1024 * 1024,
  cpuSeconds: 3.21,
});

const system: SystemData = {
  checkedAt: '2026-01-05T14:00:00.000Z',
  timeoutMs: 2000,
  engines: [
    { name: 'marketdata', title: 'Market data', description: 'bars', url: 'http://127.0.0.1:4101/graphql', healthy: true, ready: true, problem: null, version: '0.1.0', nodeVersion: 'v20.20.2', uptimeSeconds: 93_784, accelerated: false, metrics: metrics(1234) },
    { name: 'risk', title: 'Risk', description: 'VaR', url: 'http://127.0.0.1:4103/graphql', healthy: true, ready: true, problem: null, version: '0.1.0', nodeVersion: 'v20.20.2', uptimeSeconds: 59, accelerated: true, metrics: metrics(7, [{ code: 'BAD_USER_INPUT', count: 2 }]) },
    { name: 'portfolio', title: 'Portfolio', description: 'books', url: 'http://127.0.0.1:4102/graphql', healthy: true, ready: false, problem: '/ready answered 503 (database unreachable)', version: '0.1.0', nodeVersion: 'v20.20.2', uptimeSeconds: 10, accelerated: false, metrics: metrics(0) },
    { name: 'collateral', title: 'Collateral', description: 'margin', url: 'http://127.0.0.1:4104/graphql', healthy: false, ready: false, problem: 'down: /health: ECONNREFUSED', version: '0.1.0', nodeVersion: null, uptimeSeconds: null, accelerated: false, metrics: null },
  ],
  acceleration: [
    {
      engine: 'risk',
      devices: [{ kind: 'cpu', name: 'AMD EPYC', detail: '2 cores, 7.8 GiB RAM' }],
      backends: [
        { name: 'js', available: true, reason: 'main thread', device: 'main thread' },
        { name: 'gpu', available: false, reason: 'no gpu.js mode works on this machine', device: null },
      ],
      calibration: {
        path: '/srv/.data/accel-calibration.json',
        note: 'loaded /srv/.data/accel-calibration.json (measured 2026-01-05T13:00:00.000Z)',
        measuredAt: '2026-01-05T13:00:00.000Z',
        machine: 'AMD EPYC, 2 cores, linux-x64, Node 20.20.2',
        entryCount: 26,
        workloads: [{ workload: 'mc.portfolio', size: 2_500_000, label: 'linear VaR 25000×100', fastest: 'threads', timings: [{ backend: 'threads', ms: 8.5 }, { backend: 'js', ms: 15.25 }] }],
      },
      decisions: [
        { at: '2026-01-05T13:59:00.000Z', workload: 'mc.portfolio', size: 2_000_000, backend: 'js', reason: 'fallback: threads failed (worker died)', failedBackend: 'threads' },
        { at: '2026-01-05T13:59:00.000Z', workload: 'mc.portfolio', size: 2_000_000, backend: 'threads', reason: 'threads predicted 7.10 ms at size 2.00e+6 vs js 12 ms', failedBackend: null },
      ],
      failures: [{ at: '2026-01-05T13:59:00.000Z', backend: 'threads', workload: 'mc.portfolio', message: 'worker died' }],
    },
  ],
};

function render(props: Partial<SystemPageViewProps> = {}): string {
  return renderToStaticMarkup(createElement(SystemPageView, { system, error: undefined, loading: false, onRefresh: () => undefined, ...props }));
}

describe('SystemPageView (server-rendered markup)', () => {
  it('lists every engine with its state, version and metrics summary, and why one is not ready or down', () => {
    const html = render();
    const rows = [...html.matchAll(/<tr class="engine-row engine-row--([a-z-]+)" data-engine="(\w+)"/g)].map((m) => `${m[2]}:${m[1]}`);
    expect(rows).toEqual(['marketdata:up', 'risk:up', 'portfolio:not-ready', 'collateral:down']);
    expect(html).toContain('2 of 4 up');
    expect(html).toContain('1d 2h 3m');
    expect(html).toContain('1,234');
    expect(html).toContain('BAD_USER_INPUT 2');
    expect(html).toContain('12.3 ms');
    expect(html).toContain('150 MiB');
    expect(html).toContain('/ready answered 503 (database unreachable)');
    expect(html).toContain('down: /health: ECONNREFUSED');
    expect(html).toContain('Node v20.20.2');
  });

  it('shows each accel router: backends and why, the calibration, and decisions with the fallback marked', () => {
    const html = render();
    expect(html).toMatch(/<tr data-backend="gpu"><td class="strong">gpu<\/td><td class="down">no<\/td><td class="small">no gpu.js mode works on this machine<\/td><\/tr>/);
    expect(html).toContain('26 timings');
    expect(html).toContain('loaded /srv/.data/accel-calibration.json');
    expect(html).toMatch(/data-workload="mc.portfolio".*threads 8.5 ms · js 15.3 ms/);
    expect(html).toMatch(/<tr class="accel-fallback">.*fallback: threads failed \(worker died\)/);
    expect(html).toContain('threads failed mc.portfolio: worker died (re-run on js)');
  });

  it('says when there is no calibration table and no router at all', () => {
    const bare = { ...system.acceleration[0]!, calibration: { ...system.acceleration[0]!.calibration, measuredAt: null, machine: null, entryCount: 0, workloads: [], note: 'no calibration file at /x' }, decisions: [], failures: [] };
    expect(render({ system: { ...system, acceleration: [bare] } })).toContain('No calibration table: every call runs on js.');
    expect(render({ system: { ...system, acceleration: [] } })).toContain('No running engine reports an accel router.');
  });

  it('shows a gateway error with its code', () => {
    const html = render({ system: undefined, error: new GatewayError('NETWORK_ERROR', 'gateway unreachable') });
    expect(html).toContain('NETWORK_ERROR');
    expect(html).toContain('gateway unreachable');
  });
});

describe('formatSystem', () => {
  it('formats uptime, bytes, milliseconds and state', () => {
    expect(formatUptime(59)).toBe('59s');
    expect(formatUptime(3_660)).toBe('1h 1m');
    expect(formatUptime(null)).toBe('—');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatMs(0.0421)).toBe('0.042 ms');
    expect(formatMs(1234)).toBe('1,234 ms');
    expect(engineState({ healthy: true, ready: false })).toBe('not ready');
    expect(engineState({ healthy: false, ready: false })).toBe('down');
  });
});
