import { GraphQLError } from 'graphql';
import { ErrorCode, isBearer } from '@nautilus/runtime';

/** The single user of this single-user platform, as forwarded to subgraphs. */
export const OWNER = 'owner';

/**
 * Constant-time check of `Bearer <token>` (the scheme in any case, as RFC 7235
 * allows; also the bare token, for WebSocket params). Anything that is not a
 * string (a number in connectionParams) is simply not authorised.
 */
export const isAuthorized = isBearer;

/** The JSON body and headers of a refused HTTP request, answered before its body is read. */
export function unauthenticatedResponse(hasHeader: boolean): { status: number; headers: Record<string, string>; body: unknown } {
  const error = unauthenticated(hasHeader);
  return {
    status: 401,
    headers: { 'WWW-Authenticate': 'Bearer realm="nautilus"' },
    body: { errors: [{ message: error.message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] },
  };
}

/** A 401-style GraphQL error: no or wrong token. */
export function unauthenticated(hasHeader: boolean): GraphQLError {
  return new GraphQLError(
    hasHeader
      ? 'Unauthenticated: the bearer token is not valid; use the token printed by npm start (also in .data/api-token) or NAUTILUS_API_TOKEN'
      : 'Unauthenticated: send "Authorization: Bearer <token>"; npm start prints the token (also in .data/api-token)',
    { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } },
  );
}
