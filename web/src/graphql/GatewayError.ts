/** A GraphQL error as the gateway sends it (`errors[]` of a response, or a graphql-ws `error` message). */
export interface GraphQLErrorLike {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/**
 * Why a gateway call failed, in a shape the UI can switch on.
 *
 * `code` is the Nautilus error code from `extensions.code` (`BAD_USER_INPUT`, `UNAUTHENTICATED`,
 * `NOT_FOUND`, …), or `NETWORK_ERROR` when no GraphQL response arrived at all. `field` names the
 * offending input when the server said which one.
 */
export class GatewayError extends Error {
  override name = 'GatewayError';
  readonly code: string;
  readonly field: string | undefined;
  readonly errors: readonly GraphQLErrorLike[];

  constructor(code: string, message: string, options: { field?: string; errors?: readonly GraphQLErrorLike[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.errors = options.errors ?? [];
  }

  /** True when a new token is the fix: the UI then asks for one instead of showing the error. */
  get isUnauthenticated(): boolean {
    return this.code === 'UNAUTHENTICATED';
  }
}

/** Builds a {@link GatewayError} from the first GraphQL error; the others stay in `errors`. */
export function toGatewayError(errors: readonly GraphQLErrorLike[], fallbackCode = 'INTERNAL_SERVER_ERROR'): GatewayError {
  const first = errors[0];
  if (first === undefined) return new GatewayError(fallbackCode, 'The gateway returned an error without details');
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : fallbackCode;
  const field = typeof first.extensions?.field === 'string' ? first.extensions.field : undefined;
  return new GatewayError(code, first.message, { field, errors });
}

/** Maps a gateway HTTP status without a GraphQL body to a code. */
export function codeForHttpStatus(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'SERVICE_UNAVAILABLE';
  return 'NETWORK_ERROR';
}
