import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@nautilus/runtime';

/** The single user of this single-user platform, as forwarded to subgraphs. */
export const OWNER = 'owner';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Constant-time check of `Bearer <token>` (also accepts the bare token, for WebSocket params). */
export function isAuthorized(header: string | undefined | null, token: string): boolean {
  if (!header) return false;
  const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : header.trim();
  return timingSafeEqual(digest(given), digest(token));
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
