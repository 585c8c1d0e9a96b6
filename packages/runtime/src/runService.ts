import { LiveClock, type Clock } from './clock.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createBus } from './bus/createBus.ts';
import type { Bus } from './bus/bus.ts';
import { createLogger, type Logger } from './logger.ts';
import { loadOrCreateSecret } from './secrets.ts';

/** How long a service may take to stop before the process exits anyway. */
const STOP_TIMEOUT_MS = 8_000;

/** What a service process gets from {@link runService}. */
export interface ServiceKit {
  config: Config;
  logger: Logger;
  clock: Clock;
  /** DATABASE_URL; `npm start` provides one (embedded PostgreSQL) to every process. */
  databaseUrl: string;
  /** The gateway↔subgraph signing secret (NAUTILUS_INTERNAL_SECRET or `<data dir>/internal-secret`). */
  internalSecret: string;
  /** Builds the bus the configuration asks for (postgres by default, redis with REDIS_URL). */
  createBus(): Bus;
}

export interface RunServiceOptions {
  name: string;
  /** Starts the service; resolves to its stop function. */
  start: (kit: ServiceKit) => Promise<() => Promise<void>>;
}

/**
 * The `main` of every Nautilus process (`src/index.ts` is ~10 lines around
 * this): reads and validates configuration, builds the logger, clock and
 * secrets, starts the service and stops it cleanly on SIGINT/SIGTERM. A bad
 * configuration exits with code 2 and a message naming the variable.
 */
export function runService({ name, start }: RunServiceOptions): void {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${name}: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger({ name, level: config.LOG_LEVEL });
  void (async () => {
    if (!config.DATABASE_URL) {
      logger.fatal('DATABASE_URL is not set: run the whole platform with `npm start` (embedded PostgreSQL) or set DATABASE_URL');
      process.exit(2);
    }
    const internalSecret =
      config.NAUTILUS_INTERNAL_SECRET ?? (await loadOrCreateSecret({ dir: config.NAUTILUS_DATA_DIR, file: 'internal-secret', bytes: 48 })).value;
    const kit: ServiceKit = {
      config,
      logger,
      clock: new LiveClock(),
      databaseUrl: config.DATABASE_URL,
      internalSecret,
      createBus: () => createBus({ kind: config.bus, databaseUrl: config.DATABASE_URL, redisUrl: config.REDIS_URL, secret: internalSecret, logger }),
    };
    const stop = await start(kit);
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, `${name} stopping`);
      // A stop that hangs (a stuck connection) must not keep the process alive.
      setTimeout(() => {
        logger.error(`${name} did not stop within ${STOP_TIMEOUT_MS / 1000} s; exiting`);
        process.exit(1);
      }, STOP_TIMEOUT_MS).unref();
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, `${name} did not stop cleanly`);
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
  })().catch((error: unknown) => {
    logger.fatal({ err: error }, `${name} failed to start`);
    process.exit(1);
  });
}
