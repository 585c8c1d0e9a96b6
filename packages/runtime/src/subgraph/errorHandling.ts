import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger.ts';
import type { ServiceMetrics } from '../metrics.ts';
import { ErrorCode } from '../errors.ts';

/**
 * Errors thrown on purpose (`AppError`, any `GraphQLError`) reach the client
 * as they are; anything else is a bug: logged in full, masked to the client.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError) return formatted;
    if (formatted.extensions?.code && formatted.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
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
          operation = ctx.operationName ?? ctx.operation?.operation ?? 'anonymous';
        },
        async didEncounterErrors(ctx) {
          for (const error of ctx.errors) {
            const code = String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
            metrics.errors.inc({ code });
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
