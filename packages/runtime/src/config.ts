import path from 'node:path';
import { z } from 'zod';

/**
 * The only module in Nautilus that reads `process.env`. Every service calls
 * {@link loadConfig} once at start-up and passes plain values down
 * (`createDb({ connectionString })`), so tests never touch the environment.
 *
 * A bad variable fails start-up with a message that names it and says what
 * is expected, e.g. `Invalid configuration: PORT: expected an integer 1-65535, got "abc"`.
 */
const port = (fallback: number) =>
  z.coerce
    .number({ error: 'expected an integer 1-65535' })
    .int('expected an integer 1-65535')
    .min(1, 'expected an integer 1-65535')
    .max(65535, 'expected an integer 1-65535')
    .default(fallback);

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(`${p}://`)), {
      message: `expected a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Folder for local state: embedded PostgreSQL, the generated API token, calibration files. */
  NAUTILUS_DATA_DIR: z.string().default('.data'),
  /**
   * Accel's calibration table (which backend is fastest for which workload on
   * this machine). Unset: `<NAUTILUS_DATA_DIR>/accel-calibration.json`. `npm
   * start` measures it once when missing and every engine loads it.
   */
  NAUTILUS_ACCEL_CALIBRATION: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  /** PostgreSQL connection string. Unset: the launcher runs an embedded PostgreSQL. */
  DATABASE_URL: optionalUrl(['postgres', 'postgresql']),
  /** Redis connection string. Set: the event bus uses Redis pub/sub instead of LISTEN/NOTIFY. */
  REDIS_URL: optionalUrl(['redis', 'rediss']),
  /** Event bus implementation; defaults to `redis` when REDIS_URL is set, else `postgres`. */
  NAUTILUS_BUS: z.enum(['postgres', 'redis', 'memory']).optional(),
  /** Gateway port. */
  PORT: port(4000),
  /** Bearer token clients present to the gateway. Unset: generated once into `<data dir>/api-token`. */
  NAUTILUS_API_TOKEN: z.string().min(16, 'expected at least 16 characters').optional(),
  /** Bearer token of every service's `/metrics` and `/status` (Prometheus). Unset: derived from the internal secret (metricsToken). */
  NAUTILUS_METRICS_TOKEN: z.string().min(16, 'expected at least 16 characters').optional(),
  /** Shared secret the gateway signs subgraph requests with. Unset: generated into `<data dir>/internal-secret`. */
  NAUTILUS_INTERNAL_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
  /** Interface the gateway listens on (0.0.0.0 to expose it beyond this machine). */
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  /** Host subgraphs bind to and the gateway calls. */
  NAUTILUS_HOST: z.string().default('127.0.0.1'),
  /** Seed of the market simulator: the same seed replays the same market. */
  SIMULATOR_SEED: z.coerce.number({ error: 'expected an integer' }).int('expected an integer').default(42),
  /** Milliseconds between simulated quote batches. */
  SIMULATOR_TICK_MS: z.coerce.number({ error: 'expected a number of milliseconds' }).int().min(10).default(1000),
  /** Allow introspection and the Sandbox landing page in production. */
  /** Database statement limit of the engines (ms; 0 = none). Default 15000 (POOL_TIMEOUTS in @nautilus/db). */
  NAUTILUS_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).optional(),
  /** Client-side query limit of the engines, which also bounds a frozen database (ms; 0 = none). Default 20000. */
  NAUTILUS_DB_QUERY_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).optional(),
  /** Browser origins (comma-separated) allowed to open the gateway's WebSocket besides its own http://localhost|127.0.0.1:<PORT>. */
  NAUTILUS_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((o) => o.trim()).filter(Boolean) : [])),
  NAUTILUS_ENABLE_SANDBOX: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});

export type Config = z.infer<typeof configSchema> & { bus: 'postgres' | 'redis' | 'memory' };

export interface SubgraphAddress {
  port: number;
  /** Where the gateway calls it: `<NAME>_URL`, else http://NAUTILUS_HOST:<port>/graphql. */
  url: string;
}

/**
 * Address of one subgraph from `<NAME>_PORT` (default `defaultPort`) and
 * `<NAME>_URL` (e.g. MARKETDATA_PORT, MARKETDATA_URL), so adding an engine
 * needs no new configuration code.
 * @throws {ConfigError} naming the variable when it is malformed.
 */
export function getSubgraphAddress(
  name: string,
  defaultPort: number,
  env: Record<string, string | undefined> = process.env,
): SubgraphAddress {
  const prefix = name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  const schema = z.object({
    [`${prefix}_PORT`]: port(defaultPort),
    [`${prefix}_URL`]: optionalUrl(['http', 'https']),
    NAUTILUS_HOST: z.string().default('127.0.0.1'),
  });
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}, got ${JSON.stringify(env[issue.path.join('.')])}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data as Record<string, unknown>;
  const portValue = values[`${prefix}_PORT`] as number;
  return { port: portValue, url: (values[`${prefix}_URL`] as string | undefined) ?? `http://${values.NAUTILUS_HOST as string}:${portValue}/graphql` };
}

/**
 * Absolute path of accel's calibration file: NAUTILUS_ACCEL_CALIBRATION, else
 * `accel-calibration.json` in the data folder (relative folders resolve
 * against `cwd`). The launcher writes it; engines pass it to `createAccel`
 * as `calibrationPath` with `calibrate: 'load'`.
 */
export function accelCalibrationPath(config: Pick<Config, 'NAUTILUS_ACCEL_CALIBRATION' | 'NAUTILUS_DATA_DIR'>, cwd: string = process.cwd()): string {
  return path.resolve(cwd, config.NAUTILUS_ACCEL_CALIBRATION ?? path.join(config.NAUTILUS_DATA_DIR, 'accel-calibration.json'));
}

/** Thrown when the environment does not describe a valid configuration. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses and validates the environment.
 * @throws {ConfigError} naming every bad variable and what it expects.
 */
/**
 * `NAUTILUS_METRICS_TOKEN` alone, for the engine skeleton, which builds
 * servers in tests too, where the rest of the configuration does not matter.
 */
export function configuredMetricsToken(env: Record<string, string | undefined> = process.env): string | undefined {
  const parsed = configSchema.shape.NAUTILUS_METRICS_TOKEN.safeParse(env.NAUTILUS_METRICS_TOKEN);
  if (!parsed.success) throw new ConfigError(`Invalid configuration: NAUTILUS_METRICS_TOKEN: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const value = env[name];
      return `${name}: ${issue.message}${value === undefined ? '' : `, got ${JSON.stringify(value)}`}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const config = parsed.data;
  const bus = config.NAUTILUS_BUS ?? (config.REDIS_URL ? 'redis' : 'postgres');
  if (bus === 'redis' && !config.REDIS_URL) {
    throw new ConfigError('Invalid configuration: NAUTILUS_BUS: "redis" needs REDIS_URL to be set');
  }
  return { ...config, bus };
}
