import type { Bus } from '../bus/bus.ts';
import { getSubgraphAddress } from '../config.ts';
import { runService, type ServiceKit } from '../runService.ts';
import type { EngineManifest } from './manifest.ts';

/** The pool an engine's process opens: what `@nautilus/db`'s `createPool` returns. */
export interface EnginePool {
  end(): Promise<void>;
}

/**
 * How the engine's pool is opened. `@nautilus/db` depends on this package, so
 * the runtime cannot import its `createPool`; each engine hands it over.
 */
export type CreateEnginePool<TPool extends EnginePool> = (options: {
  connectionString: string;
  max: number;
  applicationName: string;
  onError: (error: Error) => void;
  /** Per-statement and per-query limits from the configuration (NAUTILUS_DB_*_TIMEOUT_MS); unset: the pool's defaults. */
  timeouts?: { statementMs?: number; queryMs?: number };
}) => TPool;

/** What an engine's `start` receives: the process kit of {@link runService}, plus the open pool and bus. */
export interface EngineKit<TPool extends EnginePool> extends Omit<ServiceKit, 'createBus'> {
  /** The engine's pool (10 connections, `application_name` = the engine's name); ends last. */
  pool: TPool;
  /**
   * The bus the configuration asks for, opened on first access (an engine
   * that never reads it opens no bus connection); closed after the server and
   * the `onStop` steps, before the pool.
   */
  readonly bus: Bus;
  /**
   * Registers a step of the shutdown (close accel, stop a monitor): steps run
   * after the server stopped, in the reverse order of registration, before the
   * bus closes and the pool ends.
   */
  onStop(step: () => Promise<void> | void): void;
}

/** What `start` returns: a subgraph server, built but not listening. */
export interface EngineServer {
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export interface RunEngineOptions<TPool extends EnginePool> {
  /** `createPool` of `@nautilus/db`. */
  createPool: CreateEnginePool<TPool>;
  /** Builds the engine's server (and starts what runs beside it, registering how to stop it with `onStop`). */
  start: (kit: EngineKit<TPool>) => EngineServer | Promise<EngineServer>;
}

/**
 * The `main` of an engine's process (`src/index.ts` is a few lines around
 * this): opens the pool and, when used, the bus; builds the server; listens
 * on `<NAME>_PORT` (default: the manifest's `defaultPort`) at NAUTILUS_HOST;
 * and on SIGINT/SIGTERM stops in reverse order: server, `onStop` steps, bus,
 * pool. Configuration errors, signals and the stop timeout are
 * {@link runService}'s.
 *
 *   runEngine(engine, { createPool, start: ({ pool, bus, clock, logger, internalSecret }) => createRiskServer({ … }) });
 */
export function runEngine<TPool extends EnginePool>(engine: Pick<EngineManifest, 'name' | 'defaultPort'>, options: RunEngineOptions<TPool>): void {
  runService({ name: engine.name, start: (kit) => startEngine(engine, options, kit) });
}

/**
 * {@link runEngine} without the process around it: starts the engine with a
 * given kit and resolves to its stop function. `env` is where the port is
 * read (`<NAME>_PORT`), the process environment unless a test says otherwise.
 * When starting fails (`start` throws, the port is taken), what was opened is
 * closed before the error propagates.
 */
export async function startEngine<TPool extends EnginePool>(
  engine: Pick<EngineManifest, 'name' | 'defaultPort'>,
  { createPool, start }: RunEngineOptions<TPool>,
  kit: ServiceKit,
  env?: Record<string, string | undefined>,
): Promise<() => Promise<void>> {
  const { createBus, ...rest } = kit;
  const { logger } = kit;
  // Configured database limits, when set (else the pool's defaults).
  const timeouts = {
    ...(kit.config.NAUTILUS_DB_STATEMENT_TIMEOUT_MS !== undefined ? { statementMs: kit.config.NAUTILUS_DB_STATEMENT_TIMEOUT_MS } : {}),
    ...(kit.config.NAUTILUS_DB_QUERY_TIMEOUT_MS !== undefined ? { queryMs: kit.config.NAUTILUS_DB_QUERY_TIMEOUT_MS } : {}),
  };
  const pool = createPool({
    connectionString: kit.databaseUrl,
    max: 10,
    applicationName: engine.name,
    onError: (err) => logger.warn({ err }, 'database connection lost'),
    ...(Object.keys(timeouts).length > 0 ? { timeouts } : {}),
  });
  let bus: Bus | undefined;
  const steps: Array<() => Promise<void> | void> = [];
  const closeResources = async () => {
    for (const step of steps.reverse()) await step();
    await bus?.close();
    await pool.end();
  };
  let server: EngineServer | undefined;
  try {
    server = await start({
      ...rest,
      pool,
      get bus() {
        return (bus ??= createBus());
      },
      onStop: (step) => {
        steps.push(step);
      },
    });
    await server.listen(getSubgraphAddress(engine.name, engine.defaultPort, env).port, kit.config.NAUTILUS_HOST);
  } catch (error) {
    await Promise.resolve(server?.stop())
      .then(closeResources)
      .catch((err: unknown) => logger.warn({ err }, `${engine.name} did not close cleanly after a failed start`));
    throw error;
  }
  const started = server;
  return async () => {
    await started.stop();
    await closeResources();
  };
}
