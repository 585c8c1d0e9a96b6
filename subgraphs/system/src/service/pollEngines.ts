import { metricsAuthorization, type Clock } from '@nautilus/runtime';
import { accelStatusSchema, summarizeAcceleration, type AccelerationModel } from '../domain/summarizeAcceleration.ts';
import { parsePrometheusText, summarizeMetrics, type MetricsSummary } from '../domain/summarizeMetrics.ts';

/** An engine of the registry as the system engine polls it. */
export interface EngineTarget {
  name: string;
  title: string;
  description: string;
  /** Where the gateway calls it (`…/graphql`); the internal routes are its siblings. */
  url: string;
  /** Its package's version, or null. */
  version: string | null;
}

/** The GraphQL `EngineStatus`. */
export interface EngineStatusModel extends Omit<EngineTarget, 'version'> {
  version: string | null;
  healthy: boolean;
  ready: boolean;
  problem: string | null;
  nodeVersion: string | null;
  uptimeSeconds: number | null;
  metrics: Omit<MetricsSummary, 'startTimeSeconds' | 'nodeVersion'> | null;
  accelerated: boolean;
}

/** The GraphQL `SystemStatus`. */
export interface SystemStatusModel {
  checkedAt: Date;
  timeoutMs: number;
  engines: EngineStatusModel[];
  acceleration: AccelerationModel[];
}

export interface PollOptions {
  clock: Clock;
  /** Per route; an engine that does not answer in time is reported as down. */
  timeoutMs: number;
  /** Injected in tests; default the global fetch. */
  fetch?: typeof fetch;
  /** Bearer token of the engines' `/metrics` and `/status` (metricsToken from the runtime). */
  metricsToken: string;
}

type RouteResult = { ok: true; status: number; body: string } | { ok: false; problem: string };

/**
 * Polls every engine's `/health`, `/ready`, `/metrics` and `/status` at once,
 * each with `timeoutMs`. Nothing here throws for an engine: a refused
 * connection, a timeout, a non-200 answer or an unreadable report becomes
 * that engine's `problem` (and `healthy`/`ready` false, `metrics` null, no
 * acceleration entry), so one engine down never fails the whole query.
 */
export async function pollEngines(targets: EngineTarget[], options: PollOptions): Promise<SystemStatusModel> {
  const checkedAt = new Date(options.clock.now());
  const results = await Promise.all(targets.map((target) => pollEngine(target, options)));
  return {
    checkedAt,
    timeoutMs: options.timeoutMs,
    engines: results.map((r) => r.engine),
    acceleration: results.flatMap((r) => (r.acceleration ? [r.acceleration] : [])),
  };
}

async function pollEngine(target: EngineTarget, options: PollOptions): Promise<{ engine: EngineStatusModel; acceleration: AccelerationModel | null }> {
  const base = target.url.replace(/\/graphql\/?$/, '');
  const get = async (route: string): Promise<RouteResult> => {
    try {
      const headers = route === '/metrics' || route === '/status' ? metricsAuthorization(options.metricsToken) : undefined;
      const response = await (options.fetch ?? fetch)(`${base}${route}`, { headers, signal: AbortSignal.timeout(options.timeoutMs) });
      return { ok: true, status: response.status, body: await response.text() };
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      if (e.name === 'TimeoutError') return { ok: false, problem: `${route} did not answer within ${options.timeoutMs} ms` };
      return { ok: false, problem: `${route}: ${e.cause?.code ?? e.message}` };
    }
  };
  const [health, ready, metrics, status] = await Promise.all([get('/health'), get('/ready'), get('/metrics'), get('/status')]);
  if (!health.ok) {
    // Not reachable at all: one line says why, not one per route.
    const down = { healthy: false, ready: false, problem: `down: ${health.problem}`, nodeVersion: null, uptimeSeconds: null, metrics: null, accelerated: false };
    return { engine: { ...target, ...down }, acceleration: null };
  }
  const problems: string[] = [];
  const answered = (route: string, r: RouteResult): r is Extract<RouteResult, { ok: true }> => {
    if (!r.ok) problems.push(r.problem);
    else if (r.status !== 200) problems.push(`${route} answered ${r.status}${reasonOf(r.body)}`);
    return r.ok && r.status === 200;
  };
  const healthy = answered('/health', health);
  const isReady = answered('/ready', ready);
  let summary: MetricsSummary | null = null;
  if (answered('/metrics', metrics)) summary = summarizeMetrics(parsePrometheusText(metrics.body));
  let acceleration: AccelerationModel | null = null;
  // Engines older than /status answer 404: no acceleration to report, and not a problem.
  if (status.ok && status.status === 404) {
    // nothing
  } else if (answered('/status', status)) {
    try {
      const report = JSON.parse(status.body) as { acceleration?: unknown };
      if (report.acceleration !== undefined && report.acceleration !== null) {
        const parsed = accelStatusSchema.safeParse(report.acceleration);
        if (parsed.success) acceleration = summarizeAcceleration(target.name, parsed.data);
        else problems.push(`/status: unreadable acceleration report (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
      }
    } catch {
      problems.push('/status: not JSON');
    }
  }
  const { startTimeSeconds, nodeVersion, ...counters } = summary ?? { startTimeSeconds: null, nodeVersion: null };
  return {
    engine: {
      name: target.name,
      title: target.title,
      description: target.description,
      url: target.url,
      version: target.version,
      healthy,
      ready: isReady,
      problem: problems.length > 0 ? [...new Set(problems)].join('; ') : null,
      nodeVersion,
      uptimeSeconds: startTimeSeconds === null ? null : Math.max(0, options.clock.now() / 1000 - startTimeSeconds),
      metrics: summary ? (counters as EngineStatusModel['metrics']) : null,
      accelerated: acceleration !== null,
    },
    acceleration,
  };
}

/** ` (reason)` from a JSON body's `reason`, as `/ready` gives it. */
function reasonOf(body: string): string {
  try {
    const reason = (JSON.parse(body) as { reason?: unknown }).reason;
    return typeof reason === 'string' ? ` (${reason})` : '';
  } catch {
    return '';
  }
}
