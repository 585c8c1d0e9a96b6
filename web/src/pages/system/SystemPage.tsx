import { graphql } from '../../__generated__/index.ts';
import type { SystemStatusQuery } from '../../__generated__/graphql.ts';
import type { GatewayError } from '../../graphql/GatewayError.ts';
import { useQuery } from '../../graphql/hooks.tsx';
import { engineState, formatBytes, formatCount, formatMs, formatSize, formatUptime } from '../../lib/formatSystem.ts';
import { ErrorState } from '../../ui/Panel.tsx';

const SystemStatusDocument = graphql(`
  query SystemStatus {
    system {
      checkedAt
      timeoutMs
      engines {
        name
        title
        description
        url
        healthy
        ready
        problem
        version
        nodeVersion
        uptimeSeconds
        accelerated
        metrics {
          requests
          errors
          errorsByCode {
            code
            count
          }
          meanLatencyMs
          residentMemoryBytes
          cpuSeconds
        }
      }
      acceleration {
        engine
        devices {
          kind
          name
          detail
        }
        backends {
          name
          available
          reason
          device
        }
        calibration {
          path
          note
          measuredAt
          machine
          entryCount
          workloads {
            workload
            size
            label
            fastest
            timings {
              backend
              ms
            }
          }
        }
        decisions(last: 10) {
          at
          workload
          size
          backend
          reason
          failedBackend
        }
        failures {
          at
          backend
          workload
          message
        }
      }
    }
  }
`);

/** Poll the engines this often while the page is open. */
const RELOAD_MS = 10_000;

export type SystemData = SystemStatusQuery['system'];

/** The System page: every engine of the registry and every accel router, refreshed every 10 s. */
export function SystemPage() {
  const { data, error, loading, refetch, retryAt } = useQuery(SystemStatusDocument, {}, { pollMs: RELOAD_MS });
  return <SystemPageView system={data?.system} error={error} retryAt={retryAt} loading={loading} onRefresh={refetch} />;
}

export interface SystemPageViewProps {
  system: SystemData | undefined;
  error: GatewayError | undefined;
  /** When the automatic retry after a network error is due (epoch ms). */
  retryAt?: number;
  loading: boolean;
  onRefresh: () => void;
}

/** The page's markup from data alone (server-rendered in tests). */
export function SystemPageView({ system, error, retryAt, loading, onRefresh }: SystemPageViewProps) {
  const up = system?.engines.filter((e) => e.healthy && e.ready).length ?? 0;
  return (
    <div className="system">
      <section className="panel" aria-label="Engines">
        <header className="panel-header">
          <h2>Engines</h2>
          <span className="muted small">
            {system ? `${up} of ${system.engines.length} up · checked ${new Date(system.checkedAt).toLocaleTimeString()} (timeout ${system.timeoutMs} ms)` : loading ? 'Loading…' : ''}
          </span>
          <button type="button" className="button button--ghost" onClick={onRefresh} disabled={loading}>
            Refresh
          </button>
        </header>
        {error && <ErrorState error={error} retryAt={retryAt} onRetry={onRefresh} compact={system !== undefined} />}
        <div className={`table-wrap ${loading && system ? 'is-stale' : ''}`}>
          <table className="table ui-table system-table">
            <caption className="visually-hidden">Engines with health and traffic</caption>
            <thead>
              <tr>
                <th>Engine</th>
                <th>State</th>
                <th className="ui-hide-mobile">Version</th>
                <th className="num">Uptime</th>
                <th className="num">Requests</th>
                <th className="num">Errors</th>
                <th className="num">Mean latency</th>
                <th className="num">Memory</th>
                <th className="num">CPU</th>
              </tr>
            </thead>
            <tbody>
              {system?.engines.map((engine) => {
                const state = engineState(engine);
                return (
                  <tr key={engine.name} className={`engine-row engine-row--${state.replace(' ', '-')}`} data-engine={engine.name}>
                    <td className="ui-card-title">
                      <div className="strong">{engine.title}</div>
                      <div className="muted small" title={engine.description}>
                        {engine.name} · {engine.url}
                      </div>
                      {engine.problem && <div className="down small engine-problem">{engine.problem}</div>}
                    </td>
                    <td data-label="State">
                      <span className={`badge engine-state engine-state--${state.replace(' ', '-')}`}>{state}</span>
                      {engine.accelerated && <span className="badge">accel</span>}
                    </td>
                    <td className="ui-hide-mobile">
                      {engine.version ?? '—'}
                      {engine.nodeVersion && <div className="muted small">Node {engine.nodeVersion}</div>}
                    </td>
                    <td className="num" data-label="Uptime">{formatUptime(engine.uptimeSeconds)}</td>
                    <td className="num" data-label="Requests">{formatCount(engine.metrics?.requests)}</td>
                    <td className="num" data-label="Errors" title={engine.metrics?.errorsByCode.map((e) => `${e.code}: ${formatCount(e.count)}`).join('\n')}>
                      {formatCount(engine.metrics?.errors)}
                      {engine.metrics && engine.metrics.errorsByCode.length > 0 && (
                        <div className="muted small">{engine.metrics.errorsByCode.map((e) => `${e.code} ${formatCount(e.count)}`).join(', ')}</div>
                      )}
                    </td>
                    <td className="num" data-label="Mean latency">{formatMs(engine.metrics?.meanLatencyMs)}</td>
                    <td className="num" data-label="Memory">{formatBytes(engine.metrics?.residentMemoryBytes)}</td>
                    <td className="num" data-label="CPU">{engine.metrics?.cpuSeconds === null || engine.metrics?.cpuSeconds === undefined ? '—' : `${engine.metrics.cpuSeconds.toFixed(1)} s`}</td>
                  </tr>
                );
              })}
              {system && system.engines.length === 0 && (
                <tr>
                  <td colSpan={9} className="empty">
                    No engines in the registry.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>
      <section className="panel" aria-label="Acceleration">
        <header className="panel-header">
          <h2>Acceleration</h2>
          <span className="muted small">accel router of each engine process that has one</span>
        </header>
        {system && system.acceleration.length === 0 && <p className="muted empty-state">No running engine reports an accel router.</p>}
        {system?.acceleration.map((router) => <AccelerationView key={router.engine} router={router} />)}
      </section>
    </div>
  );
}

function AccelerationView({ router }: { router: SystemData['acceleration'][number] }) {
  const { calibration } = router;
  return (
    <article className="accel" data-engine={router.engine}>
      <h3>
        {router.engine} <span className="muted small">{router.devices.map((d) => `${d.kind}: ${d.name} (${d.detail})`).join(' · ')}</span>
      </h3>
      <table className="table accel-backends">
        <thead>
          <tr>
            <th>Backend</th>
            <th>Available</th>
            <th>Why</th>
          </tr>
        </thead>
        <tbody>
          {router.backends.map((b) => (
            <tr key={b.name} data-backend={b.name}>
              <td className="strong">{b.name}</td>
              <td className={b.available ? 'up' : 'down'}>{b.available ? `yes${b.device ? ` (${b.device})` : ''}` : 'no'}</td>
              <td className="small">{b.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Calibration</h4>
      <p className="small accel-calibration">
        {calibration.measuredAt ? `Measured ${new Date(calibration.measuredAt).toLocaleString()} on ${calibration.machine ?? 'this machine'}, ${calibration.entryCount} timings. ` : 'No calibration table: every call runs on js. '}
        <span className="muted">{calibration.note}</span>
      </p>
      {calibration.workloads.length > 0 && (
        <table className="table accel-workloads">
          <thead>
            <tr>
              <th>Workload</th>
              <th>Largest case</th>
              <th>Fastest</th>
              <th>Timings</th>
            </tr>
          </thead>
          <tbody>
            {calibration.workloads.map((w) => (
              <tr key={w.workload} data-workload={w.workload}>
                <td className="strong">{w.workload}</td>
                <td>{w.label}</td>
                <td>{w.fastest}</td>
                <td className="small">{w.timings.map((t) => `${t.backend} ${formatMs(t.ms)}`).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>Last decisions</h4>
      {router.decisions.length === 0 ? (
        <p className="muted small">No routed call yet.</p>
      ) : (
        <table className="table accel-decisions">
          <thead>
            <tr>
              <th>When</th>
              <th>Workload</th>
              <th className="num">Size</th>
              <th>Ran on</th>
              <th>Why</th>
            </tr>
          </thead>
          <tbody>
            {router.decisions.map((d, i) => (
              <tr key={`${d.at}-${i}`} className={d.failedBackend ? 'accel-fallback' : undefined}>
                <td className="small">{new Date(d.at).toLocaleTimeString()}</td>
                <td>{d.workload}</td>
                <td className="num">{formatSize(d.size)}</td>
                <td className="strong">{d.backend}</td>
                <td className="small">{d.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {router.failures.length > 0 && (
        <>
          <h4 className="down">Backend failures</h4>
          <ul className="small accel-failures">
            {router.failures.map((f, i) => (
              <li key={`${f.at}-${i}`}>
                {new Date(f.at).toLocaleTimeString()} {f.backend} failed {f.workload}: {f.message} (re-run on js)
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
