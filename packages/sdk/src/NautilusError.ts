/** A GraphQL error as it appears in a response's `errors` (or a graphql-ws `error` message). */
export interface GraphQLErrorPayload {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

/**
 * Codes the SDK itself produces when no GraphQL error explains the failure. Every other `code`
 * comes from the server's `extensions.code` (see {@link ServerErrorCode}).
 */
export const ClientErrorCode = {
  /** The gateway could not be reached, or the connection dropped (HTTP or the subscription socket). */
  NETWORK_ERROR: 'NETWORK_ERROR',
  /** The gateway answered, but not with a GraphQL response (e.g. a proxy's HTML error page). */
  BAD_RESPONSE: 'BAD_RESPONSE',
} as const;

/** The codes the Nautilus gateway and engines put in `extensions.code` (`packages/runtime/src/errors.ts`). */
export const ServerErrorCode = {
  /** An argument or input field is invalid; `field` names it (e.g. `input.bars[3].high`). */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** No or wrong bearer token. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /** A referenced entity (by id or symbol) does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /** The request conflicts with current state (e.g. a duplicate key). */
  CONFLICT: 'CONFLICT',
  /** The operation exceeds a depth, alias or cost limit. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  COLLATERAL_INSUFFICIENT: 'COLLATERAL_INSUFFICIENT',
  /** `extensions.allowed` is the most that can be withdrawn. */
  WITHDRAWAL_EXCEEDS_EXCESS: 'WITHDRAWAL_EXCEEDS_EXCESS',
  /** An engine (`serviceName`) or its dependency (`dependency`, e.g. `database`) is down; retry later. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The GraphQL document does not validate against the schema (an SDK older than the gateway). */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
} as const;

export type KnownErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode] | (typeof ServerErrorCode)[keyof typeof ServerErrorCode];
/** A known code, or any other string a newer server may send (autocompletes the known ones). */
export type NautilusErrorCode = KnownErrorCode | (string & {});

export interface NautilusErrorOptions {
  field?: string | undefined;
  path?: ReadonlyArray<string | number> | undefined;
  /** HTTP status of the response, when there was one. */
  status?: number | undefined;
  /** Every GraphQL error of the response; the error's own code and message come from the first. */
  errors?: readonly GraphQLErrorPayload[];
  /** The first error's `extensions` (code included). */
  extensions?: Readonly<Record<string, unknown>>;
  cause?: unknown;
}

/**
 * Why a Nautilus call failed. Switch on `code`: the server's `extensions.code`
 * (`UNAUTHENTICATED`, `BAD_USER_INPUT`, `SERVICE_UNAVAILABLE`, …) or the SDK's own
 * `NETWORK_ERROR` / `BAD_RESPONSE`. `field` names the offending input for `BAD_USER_INPUT`
 * (e.g. `input.bars[3].high`); `serviceName` / `dependency` say what is down for
 * `SERVICE_UNAVAILABLE`; `extensions` holds everything else the server said (e.g. `allowed`);
 * `message` is written for humans.
 */
export class NautilusError extends Error {
  override name = 'NautilusError';
  readonly code: NautilusErrorCode;
  readonly field: string | undefined;
  readonly path: ReadonlyArray<string | number> | undefined;
  readonly status: number | undefined;
  readonly errors: readonly GraphQLErrorPayload[];
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(code: NautilusErrorCode, message: string, options: NautilusErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.path = options.path;
    this.status = options.status;
    this.errors = options.errors ?? [];
    this.extensions = options.extensions ?? {};
  }

  /** The engine that failed, for `SERVICE_UNAVAILABLE` from the gateway (e.g. `portfolio`). */
  get serviceName(): string | undefined {
    return typeof this.extensions.serviceName === 'string' ? this.extensions.serviceName : undefined;
  }

  /** The engine's dependency that failed, for `SERVICE_UNAVAILABLE` (e.g. `database`). */
  get dependency(): string | undefined {
    return typeof this.extensions.dependency === 'string' ? this.extensions.dependency : undefined;
  }

  /** True when the gateway was not reached (or the connection dropped): nothing was answered. */
  get isNetworkError(): boolean {
    return this.code === ClientErrorCode.NETWORK_ERROR;
  }

  /** True when trying again later may succeed (a network error or an unavailable service). */
  get retryable(): boolean {
    return this.isNetworkError || this.code === ServerErrorCode.SERVICE_UNAVAILABLE;
  }

  /**
   * Builds the error from a response's GraphQL errors, taking code, field and message from the
   * first one (a request that fails validation usually has one; the rest stay in `errors`).
   */
  static fromGraphQLErrors(errors: readonly GraphQLErrorPayload[], status?: number): NautilusError {
    const first = errors[0];
    if (first === undefined) return new NautilusError(ClientErrorCode.BAD_RESPONSE, 'Empty errors array', { status });
    const extensions = first.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : ServerErrorCode.INTERNAL_SERVER_ERROR;
    const field = typeof extensions.field === 'string' ? extensions.field : undefined;
    return new NautilusError(code, first.message, { field, path: first.path, status, errors, extensions });
  }
}

/** `error` is a {@link NautilusError}, optionally with `code` (also across two copies of the SDK). */
export function isNautilusError(error: unknown, code?: NautilusErrorCode): error is NautilusError {
  const candidate = error as { name?: unknown; code?: unknown } | null;
  const is = error instanceof NautilusError || (candidate !== null && typeof candidate === 'object' && candidate.name === 'NautilusError' && typeof candidate.code === 'string');
  return is && (code === undefined || candidate!.code === code);
}
