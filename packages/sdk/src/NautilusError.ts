/** A GraphQL error as it appears in a response's `errors` (or a graphql-ws `error` message). */
export interface GraphQLErrorPayload {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

/**
 * Codes the SDK itself produces when no GraphQL error explains the failure. Every other `code`
 * comes from the server's `extensions.code` (`BAD_USER_INPUT`, `UNAUTHENTICATED`, `NOT_FOUND`,
 * `QUERY_TOO_COMPLEX`, … — see `packages/runtime/src/errors.ts`).
 */
export const ClientErrorCode = {
  /** The gateway could not be reached, or the connection dropped mid-request. */
  NETWORK_ERROR: 'NETWORK_ERROR',
  /** The gateway answered, but not with a GraphQL response (e.g. a proxy's HTML error page). */
  BAD_RESPONSE: 'BAD_RESPONSE',
} as const;

export interface NautilusErrorOptions {
  field?: string | undefined;
  path?: ReadonlyArray<string | number> | undefined;
  /** HTTP status of the response, when there was one. */
  status?: number | undefined;
  /** Every GraphQL error of the response; the error's own code and message come from the first. */
  errors?: readonly GraphQLErrorPayload[];
  cause?: unknown;
}

/**
 * Why a Nautilus call failed. Switch on `code`; `field` names the offending input for
 * `BAD_USER_INPUT` (e.g. `input.bars[3].high`); `message` is written for humans.
 */
export class NautilusError extends Error {
  override name = 'NautilusError';
  readonly code: string;
  readonly field: string | undefined;
  readonly path: ReadonlyArray<string | number> | undefined;
  readonly status: number | undefined;
  readonly errors: readonly GraphQLErrorPayload[];

  constructor(code: string, message: string, options: NautilusErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.path = options.path;
    this.status = options.status;
    this.errors = options.errors ?? [];
  }

  /**
   * Builds the error from a response's GraphQL errors, taking code, field and message from the
   * first one (a request that fails validation usually has one; the rest stay in `errors`).
   */
  static fromGraphQLErrors(errors: readonly GraphQLErrorPayload[], status?: number): NautilusError {
    const first = errors[0];
    if (first === undefined) return new NautilusError(ClientErrorCode.BAD_RESPONSE, 'Empty errors array', { status });
    const extensions = first.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    const field = typeof extensions.field === 'string' ? extensions.field : undefined;
    return new NautilusError(code, first.message, { field, path: first.path, status, errors });
  }
}
