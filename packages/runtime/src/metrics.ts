import { Registry, collectDefaultMetrics, Histogram, Counter } from 'prom-client';

/** Prometheus metrics of one service, exposed on `/metrics`. */
export interface ServiceMetrics {
  registry: Registry;
  requestDuration: Histogram<'operation' | 'status'>;
  errors: Counter<'code'>;
}

export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
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
  };
}
