import { describe, expect, it } from 'vitest';
import { isRefusal } from '../src/explorer/refusal.ts';

describe('isRefusal (GraphiQL asks for the token again)', () => {
  it('is true for HTTP 401 and for an UNAUTHENTICATED error', () => {
    expect(isRefusal(401, undefined)).toBe(true);
    expect(isRefusal(200, { errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] })).toBe(true);
  });
  it('is false for other answers', () => {
    expect(isRefusal(200, { data: {} })).toBe(false);
    expect(isRefusal(400, { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] })).toBe(false);
    expect(isRefusal(502, 'not json')).toBe(false);
  });
});
