/** PostgreSQL SQLSTATEs that mean "the database cannot serve now", not "this request is wrong". */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovery)
  '57014', // query_canceled: statement_timeout fired
  '53300', // too_many_connections
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
]);

const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

/** node-postgres' own messages for a dead or frozen server. */
const UNAVAILABLE_MESSAGES = [/^Connection terminated/, /timeout exceeded when trying to connect/, /^Query read timeout$/, /^Client has encountered a connection error and is not queryable$/];

/** Prisma's codes for an unreachable, closed or exhausted database (its client wraps the driver's error). */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** `kind` of the driver adapter's error (Prisma 7, `@prisma/adapter-pg`) for the same situations. */
const UNAVAILABLE_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/** The driver's own error inside a Prisma error (`meta.driverAdapterError.cause`), as SQLSTATE-bearing fields. */
function adapterCause(e: unknown): { code?: unknown; message?: unknown; kind?: unknown } | undefined {
  const cause = (e as { meta?: { driverAdapterError?: { cause?: Record<string, unknown> } } }).meta?.driverAdapterError?.cause;
  if (!cause || typeof cause !== 'object') return undefined;
  return { code: cause.originalCode ?? cause.code, message: cause.originalMessage ?? cause.message, kind: cause.kind };
}

/**
 * Whether an error says the database is unavailable (down, restarting, frozen
 * past the timeouts) rather than that the request was wrong: such errors reach
 * clients as SERVICE_UNAVAILABLE naming the dependency, never as an internal
 * error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code) || UNAVAILABLE_PRISMA_CODES.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    const driver = adapterCause(e);
    if (driver) {
      if (typeof driver.kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(driver.kind)) return true;
      if (typeof driver.code === 'string' && (UNAVAILABLE_SQLSTATES.has(driver.code) || UNAVAILABLE_SOCKET_CODES.has(driver.code))) return true;
      if (typeof driver.message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(driver.message as string))) return true;
    }
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
  }
  return false;
}
