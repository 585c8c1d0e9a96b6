import { describe, expect, it } from 'vitest';
import { ReplayGuard, SIGNATURE_MAX_SKEW_MS, signRequest, verifySignature } from '../src/index.ts';

const secret = 'k'.repeat(40);
const body = '{"query":"{ instruments { totalCount } }"}';

describe('request signing', () => {
  const headers = signRequest({ secret, body, timestamp: 1_000_000, user: 'owner', requestId: 'req-1' });

  it('verifies a fresh signature and returns the forwarded user and request id', () => {
    expect(verifySignature({ secret, body, headers, now: 1_000_500 })).toEqual({ ok: true, user: 'owner', requestId: 'req-1' });
  });

  it.each([
    ['a missing signature', { secret, body, headers: {}, now: 1_000_000 }, 'the request is not signed by the gateway'],
    ['a changed body', { secret, body: body.replace('instruments', 'bars'), headers, now: 1_000_000 }, 'the request signature does not match'],
    ['another secret', { secret: 'x'.repeat(40), body, headers, now: 1_000_000 }, 'the request signature does not match'],
    ['a replay after the skew window', { secret, body, headers, now: 1_000_000 + SIGNATURE_MAX_SKEW_MS + 1 }, 'the request signature has expired'],
    ['a changed user', { secret, body, headers: { ...headers, 'x-nautilus-user': 'mallory' }, now: 1_000_000 }, 'the request signature does not match'],
    ['a changed nonce', { secret, body, headers: { ...headers, 'x-nautilus-nonce': '0'.repeat(32) }, now: 1_000_000 }, 'the request signature does not match'],
  ])('refuses %s', (_name, input, reason) => {
    expect(verifySignature(input)).toEqual({ ok: false, reason });
  });

  it('refuses a fresh request sent a second time (a replay), and accepts each new request once', () => {
    const replays = new ReplayGuard();
    expect(verifySignature({ secret, body, headers, now: 1_000_100, replays })).toMatchObject({ ok: true });
    expect(verifySignature({ secret, body, headers, now: 1_000_200, replays })).toEqual({ ok: false, reason: 'the request was already received (a replay)' });
    const again = signRequest({ secret, body, timestamp: 1_000_300, user: 'owner', requestId: 'req-1' });
    expect(again['x-nautilus-nonce']).not.toBe(headers['x-nautilus-nonce']);
    expect(verifySignature({ secret, body, headers: again, now: 1_000_300, replays })).toMatchObject({ ok: true });
  });
});
