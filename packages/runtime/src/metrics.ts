import { Registry, collectDefaultMetrics, Histogram, Counter } from 'prom-client';

/** Prometheus metrics of one service, exposed on `/metrics`. */
export interface ServiceMetrics {
  registry: Registry;
  requestDuration: Histogram<'operation' | 'status'>;
  errors: Counter<'code'>;
  /**
   * The `operation` label for a client-chosen operation name: label values are
   * kept for ever, so a client sending thousands of names would grow `/metrics`
   * without bound. The first {@link MAX_OPERATION_LABELS} well-formed names are
   * kept; anything else is `other`.
   */
  operationLabel(name: string | null | undefined): string;
}

/** Distinct operation names a service labels its latency with; beyond them, `other`. */
export const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  const operations = new Set<string>();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requestDuration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL operation latency',
      labelNames: ['operation', 'status'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors by code',
      labelNames: ['code'],
      registers: [registry],
    }),
    operationLabel(name) {
      if (!name) return 'anonymous';
      if (!OPERATION_NAME.test(name)) return 'other';
      if (operations.has(name)) return name;
      if (operations.size >= MAX_OPERATION_LABELS) return 'other';
      operations.add(name);
      return name;
    },
  };
}
