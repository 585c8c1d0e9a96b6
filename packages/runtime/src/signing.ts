import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Gateway → subgraph request signing. The gateway authenticates the client,
 * then signs every subgraph request with a secret shared only inside the
 * deployment; subgraphs refuse requests without a valid, fresh signature, so
 * a subgraph port reached directly cannot bypass the gateway's auth.
 *
 * Signature = hex HMAC-SHA256(secret, `${timestamp}\n${user}\n${requestId}\n${body}`).
 */
export const SIGNATURE_HEADERS = {
  signature: 'x-nautilus-signature',
  timestamp: 'x-nautilus-timestamp',
  user: 'x-nautilus-user',
  requestId: 'x-nautilus-request-id',
} as const;

/** How far a signature's timestamp may be from the subgraph's clock. */
export const SIGNATURE_MAX_SKEW_MS = 60_000;

export interface SignRequestOptions {
  secret: string;
  body: string;
  timestamp: number;
  user: string;
  requestId: string;
}

export function computeSignature({ secret, body, timestamp, user, requestId }: SignRequestOptions): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${user}\n${requestId}\n${body}`).digest('hex');
}

/** Headers the gateway adds to a subgraph request. */
export function signRequest(options: SignRequestOptions): Record<string, string> {
  return {
    [SIGNATURE_HEADERS.signature]: computeSignature(options),
    [SIGNATURE_HEADERS.timestamp]: String(options.timestamp),
    [SIGNATURE_HEADERS.user]: options.user,
    [SIGNATURE_HEADERS.requestId]: options.requestId,
  };
}

export type VerifyResult =
  | { ok: true; user: string; requestId: string }
  | { ok: false; reason: string };

export interface VerifySignatureOptions {
  secret: string;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  now: number;
}

/** Checks a subgraph request's signature headers; the reason says what is wrong. */
export function verifySignature({ secret, body, headers, now }: VerifySignatureOptions): VerifyResult {
  const header = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const signature = header(SIGNATURE_HEADERS.signature);
  const timestampText = header(SIGNATURE_HEADERS.timestamp);
  const user = header(SIGNATURE_HEADERS.user) ?? '';
  const requestId = header(SIGNATURE_HEADERS.requestId) ?? '';
  if (!signature || !timestampText) return { ok: false, reason: 'the request is not signed by the gateway' };
  const timestamp = Number(timestampText);
  if (!Number.isFinite(timestamp) || Math.abs(now - timestamp) > SIGNATURE_MAX_SKEW_MS) {
    return { ok: false, reason: 'the request signature has expired' };
  }
  const expected = Buffer.from(computeSignature({ secret, body, timestamp, user, requestId }), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'the request signature does not match' };
  }
  return { ok: true, user, requestId };
}
