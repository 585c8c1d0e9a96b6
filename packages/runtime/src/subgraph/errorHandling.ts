import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger.ts';
import type { ServiceMetrics } from '../metrics.ts';
import { ErrorCode } from '../errors.ts';
import { isDatabaseUnavailable } from './dependencyErrors.ts';

/**
 * Errors thrown on purpose (`AppError`, any `GraphQLError`) reach the client
 * as they are; a database that is down, restarting or frozen past the pool's
 * timeouts is SERVICE_UNAVAILABLE naming the dependency (retry later);
 * anything else is a bug: logged in full, masked to the client.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError) return formatted;
    if (formatted.extensions?.code && formatted.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: original, path: formatted.path }, 'database unavailable');
      return {
        message: 'The database is unavailable (down, restarting or not answering in time); retry in a few seconds',
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, dependency: 'database' },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected resolver error');
    return {
      message: 'Internal server error; the details are in the service log',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** Records latency per operation and errors per code. */
export function errorMetricsPlugin(metrics: ServiceMetrics, logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stop = metrics.requestDuration.startTimer();
      let operation = 'anonymous';
      return {
        async didResolveOperation(ctx) {
          operation = ctx.operationName ? metrics.operationLabel(ctx.operationName) : (ctx.operation?.operation ?? 'anonymous');
        },
        async didEncounterErrors(ctx) {
          for (const error of ctx.errors) {
            const code = String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
            metrics.errors.inc({ code: code.length <= 40 && /^[A-Z_]+$/.test(code) ? code : 'OTHER' });
            if (code === ErrorCode.INTERNAL_SERVER_ERROR) logger.debug({ err: error }, 'request error');
          }
        },
        async willSendResponse(ctx) {
          stop({ operation, status: ctx.errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}
