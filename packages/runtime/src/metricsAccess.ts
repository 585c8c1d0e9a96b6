import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * Constant-time check of `Bearer <token>` (the scheme in any case, as RFC 7235
 * allows; also the bare token, for WebSocket params). Anything that is not a
 * non-empty string (a number in connectionParams) is simply not authorised.
 */
export function isBearer(header: unknown, token: string): boolean {
  if (typeof header !== 'string' || !header) return false;
  const given = /^bearer\s+/i.test(header) ? header.replace(/^bearer\s+/i, '').trim() : header.trim();
  return timingSafeEqual(digest(given), digest(token));
}

/**
 * The bearer token that `/metrics` (and `/status`) of every service asks for:
 * `NAUTILUS_METRICS_TOKEN` when it is set (docker-compose hands the same value
 * to Prometheus), otherwise derived from the internal secret the services
 * already share, so no process needs one more secret: HMAC-SHA256 of a fixed
 * label, which reveals nothing about the secret. The launcher writes it to
 * `.data/metrics-token` for a local Prometheus.
 */
export function metricsToken(internalSecret: string, configured?: string | null): string {
  return configured || createHmac('sha256', internalSecret).update('nautilus:metrics').digest('hex');
}

/** The header a scraper sends: `Authorization: Bearer <metrics token>`. */
export function metricsAuthorization(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
