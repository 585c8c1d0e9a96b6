import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar, parseDateTime } from '../src/scalars.ts';

const refusal = (value: unknown): string => {
  try {
    parseDateTime(value);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(value)} was accepted`);
};

describe('DateTime', () => {
  it('accepts ISO-8601 date-times with a zone, converting offsets to the instant', () => {
    expect(parseDateTime('2026-01-05T14:30:00Z').toISOString()).toBe('2026-01-05T14:30:00.000Z');
    expect(parseDateTime('2024-02-29T23:59:59.123456+01:00').toISOString()).toBe('2024-02-29T22:59:59.123Z');
    expect(parseDateTime('2026-01-05T09:30-05:00').toISOString()).toBe('2026-01-05T14:30:00.000Z');
  });

  it('refuses calendar dates and times that Date.parse would roll over', () => {
    expect(refusal('2026-02-30T00:00:00Z')).toMatch(/2026-02 has no day 30/);
    expect(refusal('2025-02-29T00:00:00Z')).toMatch(/2025-02 has no day 29/);
    expect(refusal('2026-13-01T00:00:00Z')).toMatch(/month 13 does not exist/);
    expect(refusal('2026-01-05T24:00:00Z')).toMatch(/is not a time of day/);
    expect(refusal('2026-01-05T10:61:00Z')).toMatch(/is not a time of day/);
    expect(refusal('2026-01-05T10:00:00+25:00')).toMatch(/zone offset/);
  });

  it('refuses text without a zone, non-strings and years outside 1900 … 2200', () => {
    expect(refusal('2026-01-05T14:30:00')).toMatch(/with a time zone/);
    expect(refusal('not-a-date')).toMatch(/got "not-a-date"/);
    expect(refusal(1_767_600_000_000)).toMatch(/expected an ISO-8601/);
    expect(refusal('9999-01-01T00:00:00Z')).toMatch(/outside the supported range/);
    expect(refusal('1899-12-31T23:59:59Z')).toMatch(/outside the supported range/);
  });

  it('serialises to ISO text in UTC', () => {
    expect(DateTimeScalar.serialize(new Date('2026-01-05T14:30:00Z'))).toBe('2026-01-05T14:30:00.000Z');
  });
});
