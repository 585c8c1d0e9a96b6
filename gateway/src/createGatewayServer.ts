import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type GraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, getOperationAST, parse, print, specifiedRules, validate, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { Gauge } from 'prom-client';
import {
  configuredMetricsToken,
  createServiceMetrics,
  errorMetricsPlugin,
  formatError,
  metricsToken,
  type Bus,
  type Clock,
  type Logger,
  type SubscriptionSpec,
} from '@nautilus/runtime';
import { OWNER, isAuthorized, unauthenticated, unauthenticatedResponse } from './auth.ts';
import { composeSupergraph } from './composeSupergraph.ts';
import { createLimits } from './limits.ts';
import { MAX_OPERATION_COST, operationCost, tooCostly } from './operationCost.ts';
import { RateLimiter } from './rateLimit.ts';
import { SignedDataSource, type GatewayContext } from './signedDataSource.ts';
import { graphqlBrowserPage, staticFiles } from './staticFiles.ts';
import { GatewayCloseCode } from './subscriptions/closeCodes.ts';
import { SubscriptionEngine, type SubscriptionContext } from './subscriptions/SubscriptionEngine.ts';
import { SUBGRAPHS, type SubgraphDescriptor } from './subgraphList.ts';

export interface CreateGatewayServerOptions {
  /** URL of each subgraph's /graphql by name (`marketdata`). */
  subgraphUrls: Record<string, string>;
  /** Bearer token clients must present. */
  apiToken: string;
  /** Secret shared with subgraphs for request signing. */
  internalSecret: string;
  /** Bearer token Prometheus scrapes `/metrics` with (the API token works too); default `metricsToken(internalSecret)` from the runtime. */
  metricsToken?: string;
  /** Bus the subscription engine listens on. */
  bus: Bus;
  clock: Clock;
  logger: Logger;
  /** Subscription fields and their event sources (exported by the owning subgraphs). */
  subscriptions: readonly SubscriptionSpec[];
  /** Apollo Sandbox landing page and introspection (development). */
  sandbox: boolean;
  /** Browser origins allowed to open WebSockets, besides the gateway's own (http://localhost|127.0.0.1|[::1]:<port>). */
  allowedOrigins?: readonly string[];
  /** HTTP requests per second per client address (sustained, burst twice that); default {@link DEFAULT_RATE_LIMIT}; 0 turns it off. */
  rateLimitPerSecond?: number;
  /** How long to wait for a subgraph before answering without it (default SUBGRAPH_TIMEOUT_MS). */
  subgraphTimeoutMs?: number;
  /** Per-subscriber buffers of the subscription engine (defaults: 4 MiB socket backlog, 1,000 queued events); beyond them a client is closed with 4290. */
  subscriptionBuffers?: { maxBufferedBytes?: number; eventBufferSize?: number };
  /** Folder of a built web client to serve at `/` (web/dist), if present. */
  staticDir?: string;
  subgraphs?: readonly SubgraphDescriptor[];
}

export interface GatewayServer {
  apollo: ApolloServer<GatewayContext>;
  engine: SubscriptionEngine;
  /** Runs an operation in-process as the authenticated owner. */
  execute(request: GraphQLRequest): Promise<ExecutionResult>;
  listen(port: number, host?: string): Promise<{ url: string; wsUrl: string }>;
  stop(): Promise<void>;
}

/**
 * The Nautilus gateway: supergraph composed at start from the subgraphs' SDL,
 * Apollo Gateway + Apollo Server 5 over Express on `/graphql`, graphql-ws on
 * the same path for subscriptions (executed from the bus by
 * {@link SubscriptionEngine}), bearer-token auth, HMAC-signed subgraph calls,
 * depth/alias/cost limits, CSRF prevention, `/health`, `/ready`, `/metrics`.
 */
/** Largest HTTP request body; checked after the token, so unauthenticated requests are never parsed. */
export const MAX_BODY = '2mb';
/** Largest graphql-ws message. */
export const MAX_WS_PAYLOAD_BYTES = 256 * 1024;
/** HTTP requests per second one client address may send (burst twice that). */
export const DEFAULT_RATE_LIMIT = 200;
/** Subscriptions one socket may hold at once (each further one is refused, the others go on). */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 100;

export async function createGatewayServer(options: CreateGatewayServerOptions): Promise<GatewayServer> {
  const { logger, clock, apiToken } = options;
  // @apollo/gateway otherwise sends usage telemetry to Apollo and, to describe the host, probes the
  // AWS/GCP/Azure metadata addresses (169.254.169.254…) at start: a private platform phones home to
  // nobody. It reads only this variable, before the gateway is constructed.
  // eslint-disable-next-line no-restricted-properties
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const supergraphSdl = await composeSupergraph({ subgraphs: options.subgraphs ?? SUBGRAPHS, urls: options.subgraphUrls });
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SignedDataSource({ name, url: options.subgraphUrls[name] ?? url ?? '', secret: options.internalSecret, clock, timeoutMs: options.subgraphTimeoutMs }),
    logger: logger.child({ component: 'apollo-gateway' }) as never,
  });

  let schema: GraphQLSchema | undefined;
  const sockets = new Set<import('ws').WebSocket>();
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    if (schema && schema !== apiSchema) {
      for (const socket of sockets) socket.close(GatewayCloseCode.SubscriptionSchemaReload, 'SUBSCRIPTION_SCHEMA_RELOAD');
    }
    schema = apiSchema;
  });

  const metrics = createServiceMetrics('gateway');
  const limits = createLimits({ suggestions: options.sandbox });
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_WS_PAYLOAD_BYTES });

  const apollo: ApolloServer<GatewayContext> = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    introspection: options.sandbox,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: limits.validationRules,
    formatError: formatError(logger),
    // runService owns SIGINT/SIGTERM and stops the server itself.
    stopOnTerminationSignals: false,
    plugins: [
      ...(limits.plugins as never[]),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 2_000 }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      errorMetricsPlugin(metrics, logger) as never,
      // Cost with the request's variables and the schema's argument defaults: big lists and heavy compute arguments count.
      {
        async requestDidStart() {
          return {
            async didResolveOperation(ctx) {
              const cost = operationCost(ctx.schema, ctx.document, ctx.operationName, ctx.request.variables);
              if (cost > MAX_OPERATION_COST) throw tooCostly(cost);
            },
          };
        },
      },
      options.sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });

  const runOperation = async (request: GraphQLRequest, context: GatewayContext): Promise<ExecutionResult> => {
    const response = await apollo.executeOperation(request, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not supported here');
    return response.body.singleResult as ExecutionResult;
  };

  const engine = new SubscriptionEngine({
    bus: options.bus,
    specs: options.subscriptions,
    logger,
    executeLookup: (query, variables, context) => runOperation({ query, variables }, { user: context.user, requestId: context.requestId }),
    ...options.subscriptionBuffers,
  });

  // Subscription engine counters, read at scrape time.
  const engineGauge = (name: string, help: string, read: () => number) =>
    new Gauge({ name, help, registers: [metrics.registry], collect() { this.set(read()); } });
  engineGauge('nautilus_subscriptions_active', 'Live GraphQL subscriptions executed by the gateway', () => engine.stats.active);
  engineGauge('nautilus_subscription_events_total', 'Bus events delivered to subscriptions', () => engine.stats.events);
  engineGauge('nautilus_subscription_lookups_total', 'Root lookups run for subscription events', () => engine.stats.lookups);
  engineGauge('nautilus_subscription_lookups_shared_total', 'Subscription results served from a lookup another subscriber triggered', () => engine.stats.lookupsShared);
  engineGauge('nautilus_subscription_slow_consumers_total', 'Sockets closed as slow consumers', () => engine.stats.slowConsumersClosed);
  engineGauge('nautilus_websockets_open', 'Open graphql-ws sockets', () => sockets.size);

  // An allow-list, not "Origin matches Host": a DNS-rebinding page (evil.example resolving to 127.0.0.1)
  // sends a Host that matches its own Origin. The gateway's own origins are added when it listens.
  const allowedOrigins = new Set(options.allowedOrigins ?? []);
  const isAllowedOrigin = (origin: string | undefined) => !origin || allowedOrigins.has(origin); // no Origin: not a browser

  /** The subscription's variables coerced like a query's (a string where a list is declared becomes a list of one). */
  const coerceVariables = (document: import('graphql').DocumentNode, operationName: string | null | undefined, inputs: Record<string, unknown> | null | undefined) => {
    if (!schema) return { errors: [new GraphQLError('the supergraph is not loaded yet')] };
    const operation = getOperationAST(document, operationName ?? undefined);
    if (!operation) return { errors: [new GraphQLError('no operation to run in this document', { extensions: { code: 'BAD_USER_INPUT' } })] };
    return getVariableValues(schema, operation.variableDefinitions ?? [], inputs ?? {});
  };
  const subscriptionIds = new Map<import('ws').WebSocket, Set<string>>();

  const wsCleanup = useServer<Record<string, unknown> | undefined, { user?: string }>(
    {
      schema: () => {
        if (!schema) throw new Error('the supergraph is not loaded yet');
        return schema;
      },
      validate: (s, document) => validate(s, document, [...specifiedRules, ...limits.validationRules]),
      context: (ctx): SubscriptionContext => ({ user: OWNER, requestId: randomUUID(), socket: ctx.extra.socket }),
      onConnect: (ctx) => {
        const { request } = ctx.extra;
        if (!isAllowedOrigin(request.headers.origin)) {
          logger.warn({ origin: request.headers.origin }, 'refused a WebSocket from a foreign origin');
          return false;
        }
        const params = ctx.connectionParams ?? {};
        const header = params.authorization ?? params.Authorization ?? params.token;
        if (!isAuthorized(header, apiToken)) return false;
        sockets.add(ctx.extra.socket);
        subscriptionIds.set(ctx.extra.socket, new Set());
        ctx.extra.socket.once('close', () => (sockets.delete(ctx.extra.socket), subscriptionIds.delete(ctx.extra.socket)));
        return true;
      },
      // Per operation, before it runs: a bad variable or one subscription too many fails that operation alone, never the socket.
      onSubscribe: (ctx, id, payload) => {
        const ids = subscriptionIds.get(ctx.extra.socket);
        if (ids && ids.size >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [new GraphQLError(`this connection already holds ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions; complete some or open another connection`, { extensions: { code: 'QUERY_TOO_COMPLEX' } })];
        }
        let document;
        try {
          document = parse(payload.query);
        } catch {
          return undefined; // graphql-ws reports the syntax error itself
        }
        const coerced = coerceVariables(document, payload.operationName, payload.variables);
        if (coerced.errors) return coerced.errors.map((e) => new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT' } }));
        const cost = schema ? operationCost(schema, document, payload.operationName, coerced.coerced) : 0;
        if (cost > MAX_OPERATION_COST) return [tooCostly(cost)];
        ids?.add(id);
        return undefined;
      },
      onComplete: (ctx, id) => {
        subscriptionIds.get(ctx.extra.socket)?.delete(id);
      },
      onError: (ctx, id) => {
        subscriptionIds.get(ctx.extra.socket)?.delete(id);
      },
      execute: (args) =>
        runOperation(
          { query: print(args.document), variables: (args.variableValues ?? undefined) as Record<string, unknown> | undefined, operationName: args.operationName ?? undefined },
          args.contextValue as SubscriptionContext,
        ),
      subscribe: (args) => {
        const coerced = coerceVariables(args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined);
        if (coerced.errors) return { errors: coerced.errors };
        return engine.subscribe({ ...args, variableValues: coerced.coerced });
      },
    },
    wsServer,
  );

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', (_req, res) => {
    if (schema) res.json({ status: 'ready', service: 'gateway' });
    else res.status(503).json({ status: 'not ready', service: 'gateway', reason: 'supergraph not loaded' });
  });
  const scrapeToken = options.metricsToken ?? metricsToken(options.internalSecret, configuredMetricsToken());
  app.get('/metrics', async (req, res) => {
    // Operation names and error counts are the owner's business: the API token or the metrics token.
    if (!isAuthorized(req.headers.authorization, scrapeToken) && !isAuthorized(req.headers.authorization, options.apiToken)) {
      res.status(401).set('WWW-Authenticate', 'Bearer realm="nautilus-metrics"').json({ error: 'send "Authorization: Bearer <token>": the API token, or the metrics token (NAUTILUS_METRICS_TOKEN, or .data/metrics-token under npm start)' });
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  let started: Promise<void> | undefined;
  const start = () => (started ??= apollo.start());

  return {
    apollo,
    engine,
    async execute(request) {
      await start();
      return runOperation(request, { user: OWNER, requestId: randomUUID() });
    },
    async listen(port, host = '127.0.0.1') {
      await start();
      const rate = options.rateLimitPerSecond ?? DEFAULT_RATE_LIMIT;
      const limiter = rate > 0 ? new RateLimiter(rate, rate * 2) : undefined;
      app.use(
        '/graphql',
        // A person opening /graphql in a browser (no operation): a page pointing to /graphiql, which
        // works offline and whatever state the graph is in. `?sandbox` still opens Apollo's landing page.
        (req, res, next) => {
          if (req.method !== 'GET' || typeof req.query.query === 'string' || 'sandbox' in req.query || !req.accepts('html')) return next();
          const graphiql = Boolean(options.staticDir && existsSync(path.join(options.staticDir, 'graphiql.html')));
          res.status(200).set('Cache-Control', 'no-cache').type('html').send(graphqlBrowserPage({ graphiql, sandbox: options.sandbox }));
        },
        // Per client address, before anything else is done for the request.
        (req, res, next) => {
          const client = req.socket.remoteAddress ?? 'unknown';
          if (!limiter || limiter.take(client)) return next();
          res.status(429).set('Retry-After', String(limiter.retryAfter(client))).json({ errors: [{ message: `too many requests from this address (more than ${rate} per second); retry shortly`, extensions: { code: 'RATE_LIMITED' } }] });
        },
        // The token first: an unauthenticated request is refused before its body is read or parsed.
        (req, res, next) => {
          const carriesOperation = req.method === 'POST' || (req.method === 'GET' && typeof req.query.query === 'string');
          if (!carriesOperation || isAuthorized(req.headers.authorization, apiToken)) return next();
          const refusal = unauthenticatedResponse(Boolean(req.headers.authorization));
          res.status(refusal.status).set(refusal.headers).json(refusal.body);
        },
        express.json({ limit: MAX_BODY }),
        expressMiddleware(apollo, {
          context: async ({ req }) => {
            const header = req.headers.authorization;
            if (!isAuthorized(header, apiToken)) throw unauthenticated(Boolean(header));
            const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
            return { user: OWNER, requestId };
          },
        }),
      );
      // Refusals of the body parser as GraphQL JSON, not Express' HTML error page.
      app.use('/graphql', (error: { type?: string; status?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
        if (error.type === 'entity.too.large') res.status(413).json({ errors: [{ message: `the request body is larger than ${MAX_BODY}`, extensions: { code: 'BAD_REQUEST' } }] });
        else if (error.type === 'entity.parse.failed') res.status(400).json({ errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        else next(error);
      });
      if (options.staticDir && existsSync(options.staticDir)) app.use(staticFiles(options.staticDir));
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const address = httpServer.address() as AddressInfo;
      for (const own of ['localhost', '127.0.0.1', '[::1]']) allowedOrigins.add(`http://${own}:${address.port}`);
      if (host !== '127.0.0.1' && host !== '0.0.0.0' && host !== '::') allowedOrigins.add(`http://${host}:${address.port}`);
      return { url: `http://${host}:${address.port}/graphql`, wsUrl: `ws://${host}:${address.port}/graphql` };
    },
    async stop() {
      if (started) await apollo.stop();
      else await wsCleanup.dispose();
      for (const socket of sockets) socket.terminate();
      wsServer.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
