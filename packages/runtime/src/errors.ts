import { GraphQLError } from 'graphql';

/**
 * Every error code a Nautilus API can return, in one place. Clients switch on
 * `extensions.code`; the message is for humans and says what to fix.
 */
export enum ErrorCode {
  /** An argument or input field is invalid; `extensions.field` names it. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** No or wrong bearer token at the gateway. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** A subgraph was called without a valid gateway signature. */
  FORBIDDEN = 'FORBIDDEN',
  /** A referenced entity (by id or symbol) does not exist. */
  NOT_FOUND = 'NOT_FOUND',
  /** The request conflicts with current state (e.g. a duplicate key). */
  CONFLICT = 'CONFLICT',
  /** The query exceeds a depth, alias or cost limit. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Collateral cannot cover the margin requirements; the message names the short accounts. */
  COLLATERAL_INSUFFICIENT = 'COLLATERAL_INSUFFICIENT',
  /** A withdrawal would put a margin account in a call; `extensions.allowed` is the most allowed. */
  WITHDRAWAL_EXCEEDS_EXCESS = 'WITHDRAWAL_EXCEEDS_EXCESS',
  /** A dependency (database, bus) is unavailable; retrying later may work. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** A bug; details are logged with the request id and hidden from the client. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface AppErrorOptions {
  /** Input path of the offending field, e.g. `input.bars[3].high`. */
  field?: string;
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** A GraphQL error with a code from {@link ErrorCode}; safe to show to clients. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, {
      extensions: {
        code,
        ...(options.field === undefined ? {} : { field: options.field }),
        ...(options.details ?? {}),
      },
      originalError: options.cause instanceof Error ? options.cause : undefined,
    });
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
  }
}

/** Most characters of a user's value an error message repeats. */
export const MAX_ECHO_LENGTH = 80;

/**
 * A user's value for an error message: a string JSON-quoted, anything else as
 * JSON, cut to {@link MAX_ECHO_LENGTH} characters with an ellipsis, so a
 * megabyte of input is never sent back (or logged) in full.
 */
export function quoteInput(value: unknown): string {
  const isString = typeof value === 'string';
  const text = isString ? value : (JSON.stringify(value) ?? String(value));
  let end = Math.min(text.length, MAX_ECHO_LENGTH);
  // Do not split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
  const cut = text.slice(0, end);
  return `${isString ? JSON.stringify(cut) : cut}${end < text.length ? '…' : ''}`;
}

/** `BAD_USER_INPUT` naming the field: `badInput('limit', 'must be at most 10000, got 20000')`. */
export function badInput(field: string, problem: string, details?: Record<string, unknown>): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${problem}`, { field, details });
}

/** An optional integer argument: the fallback when absent, else it must lie in [min, max] (BAD_USER_INPUT naming the field). */
export function parseIntInRange(value: number | null | undefined, fallback: number, min: number, max: number, field: string): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) throw badInput(field, `must be an integer from ${min} to ${max}, got ${v}`);
  return v;
}

export function notFound(what: string, key: string, field?: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${what} ${quoteInput(key)} does not exist`, { field });
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
