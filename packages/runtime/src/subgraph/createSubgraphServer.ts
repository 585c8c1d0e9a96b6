import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin, type GraphQLRequest } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { configuredMetricsToken } from '../config.ts';
import { createServiceMetrics, type ServiceMetrics } from '../metrics.ts';
import { isBearer, metricsToken } from '../metricsAccess.ts';
import { ReplayGuard, verifySignature } from '../signing.ts';
import { isDatabaseUnavailable } from './dependencyErrors.ts';
import { errorMetricsPlugin, formatError } from './errorHandling.ts';

/** What every resolver receives besides its engine's own dependencies. */
export interface RequestInfo {
  /** Id that follows the request from the gateway through every subgraph. */
  requestId: string;
  /** The user the gateway authenticated ('' for internal callers). */
  user: string;
  /** Logger carrying `requestId`. */
  logger: Logger;
}

export interface CreateSubgraphServerOptions<TContext extends object> {
  /** Service name used in logs and metrics (`marketdata`). */
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  /** Builds the per-request context (fresh dataloaders belong here). */
  createContext: (request: RequestInfo) => TContext | Promise<TContext>;
  /** Secret shared with the gateway; requests without its signature get 403. */
  internalSecret: string;
  clock: Clock;
  logger: Logger;
  /** Throws (or rejects) when a dependency is not ready; drives `/ready`. */
  checkReady?: () => Promise<void>;
  /** Called on stop, after the HTTP server closed (close pools, buses). */
  onStop?: () => Promise<void>;
  /**
   * What the process reports on `GET /status` besides its name, as JSON: e.g.
   * `{ acceleration: await accel.status() }` in an engine that owns an accel
   * instance (the system engine reads it). Internal, like `/metrics`: it is
   * not behind the gateway. Without it `/status` answers `{ service }`.
   */
  status?: () => Promise<Record<string, unknown>>;
  /**
   * Bearer token of `/metrics` and `/status`. Default {@link metricsToken}: `NAUTILUS_METRICS_TOKEN`,
   * else derived from `internalSecret`. `/health` and `/ready` stay open for probes.
   */
  metricsToken?: string;
}

export interface SubgraphServer<TContext extends object> {
  name: string;
  schema: GraphQLSchema;
  apollo: ApolloServer<TContext>;
  metrics: ServiceMetrics;
  /**
   * Runs one operation in-process with a fresh context, bypassing HTTP and
   * the signature check (tests and internal tools).
   */
  execute(
    request: GraphQLRequest,
    options?: { user?: string },
  ): ReturnType<ApolloServer<TContext>['executeOperation']>;
  /** Starts listening; port 0 picks a free port. Resolves with the URL of `/graphql`. */
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The one way Nautilus builds a subgraph: Apollo Server 5 over
 * `buildSubgraphSchema`, behind Express with `/health`, `/ready`, `/metrics`, `/status`
 * and verification of the gateway's request signature on `/graphql`.
 * Building never listens, so tests use the same server in-process.
 */
export function createSubgraphServer<TContext extends object>(
  options: CreateSubgraphServerOptions<TContext>,
): SubgraphServer<TContext> {
  const { name, logger, clock } = options;
  const schema = buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers as never }]);
  const metrics = createServiceMetrics(name);
  const app = express();
  const httpServer = http.createServer(app);
  const scrapeToken = options.metricsToken ?? metricsToken(options.internalSecret, configuredMetricsToken());
  /** `/metrics` and `/status` answer only the bearer of the metrics token (Prometheus, the system engine). */
  const scrapersOnly: express.RequestHandler = (req, res, next) => {
    if (isBearer(req.headers.authorization, scrapeToken)) return next();
    res
      .status(401)
      .set('WWW-Authenticate', 'Bearer realm="nautilus-metrics"')
      .json({ error: 'send "Authorization: Bearer <metrics token>": NAUTILUS_METRICS_TOKEN, or .data/metrics-token under npm start' });
  };
  const apollo = new ApolloServer<TContext>({
    schema,
    formatError: formatError(logger),
    // Stack traces (absolute paths) stay in the logs, in development too.
    includeStacktraceInErrorResponses: false,
    // runService owns SIGINT/SIGTERM and stops the server itself.
    stopOnTerminationSignals: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 2_000 }),
      ApolloServerPluginLandingPageDisabled(),
      // Traces go to Prometheus metrics, not to Apollo's hosted studio.
      ApolloServerPluginInlineTraceDisabled(),
      errorMetricsPlugin(metrics, logger) as ApolloServerPlugin<TContext>,
    ],
  });
  let started: Promise<void> | undefined;
  const start = () => (started ??= apollo.start());

  const contextFor = (user: string, requestId: string) =>
    options.createContext({ user, requestId, logger: logger.child({ requestId }) });

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await options.checkReady?.();
      res.json({ status: 'ready', service: name });
    } catch (error) {
      // The reason names the dependency, never its address or the driver's message (those go to the log).
      logger.warn({ err: error }, 'not ready');
      const reason = isDatabaseUnavailable(error) ? 'the database is unavailable' : (error as Error).message.replace(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b|\[[0-9a-f:]+\](?::\d+)?/gi, '<address>');
      res.status(503).json({ status: 'not ready', service: name, reason });
    }
  });
  app.get('/status', scrapersOnly, async (_req, res) => {
    try {
      res.json({ ...(await options.status?.()), service: name });
    } catch (error) {
      logger.warn({ err: error }, 'status report failed');
      res.status(500).json({ service: name, error: (error as Error).message });
    }
  });
  app.get('/metrics', scrapersOnly, async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  let middleware: express.RequestHandler | undefined;
  const replays = new ReplayGuard();
  app.use(
    '/graphql',
    express.json({
      // The gateway forwards at most its own 2 MB limit plus the entity representations it adds.
      limit: '10mb',
      verify: (req, _res, buf) => {
        (req as express.Request & { rawBody?: string }).rawBody = buf.toString('utf8');
      },
    }),
    (req, res, next) => {
      const body = (req as express.Request & { rawBody?: string }).rawBody ?? '';
      const verdict = verifySignature({ secret: options.internalSecret, body, headers: req.headers, now: clock.now(), replays });
      if (!verdict.ok) {
        logger.warn({ reason: verdict.reason, ip: req.ip }, 'refused an unsigned subgraph request');
        res.status(403).json({
          errors: [{ message: `Forbidden: ${verdict.reason}; call the gateway instead`, extensions: { code: 'FORBIDDEN' } }],
        });
        return;
      }
      res.locals.user = verdict.user;
      res.locals.requestId = verdict.requestId || randomUUID();
      next();
    },
    (req, res, next) => {
      middleware ??= expressMiddleware(apollo, {
        context: async ({ res: response }) => contextFor(String(response.locals.user), String(response.locals.requestId)),
      });
      middleware(req, res, next);
    },
  );

  return {
    name,
    schema,
    apollo,
    metrics,
    async execute(request, { user = 'test' } = {}) {
      await start();
      return apollo.executeOperation(request, { contextValue: await contextFor(user, randomUUID()) });
    },
    async listen(port, host = '127.0.0.1') {
      await start();
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const address = httpServer.address() as AddressInfo;
      const url = `http://${host}:${address.port}/graphql`;
      logger.info({ url }, `${name} subgraph listening`);
      return url;
    },
    async stop() {
      if (started) await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await options.onStop?.();
    },
  };
}
