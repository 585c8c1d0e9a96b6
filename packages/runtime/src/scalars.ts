import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode, quoteInput } from './errors.ts';

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** The range every DateTime argument must fall in (UTC): wide enough for history and plans, narrow enough to catch typos like year 9999. */
export const DATE_TIME_MIN = new Date('1900-01-01T00:00:00Z');
export const DATE_TIME_MAX = new Date('2200-01-01T00:00:00Z');

const badDateTime = (message: string) => new GraphQLError(`DateTime: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses an ISO-8601 date-time with a zone, refusing what `Date.parse` would
 * silently roll over (2026-02-30, 24:00, 10:61) and what lies outside
 * [DATE_TIME_MIN, DATE_TIME_MAX).
 */
export function parseDateTime(value: unknown): Date {
  const example = 'an ISO-8601 date-time with a time zone such as 2026-01-05T14:30:00Z';
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (!match) throw badDateTime(`expected ${example}, got ${quoteInput(value)}`);
  const [, y, mo, d, h, mi, sec = '0', , oh = '0', om = '0'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) throw badDateTime(`month ${mo} does not exist in ${quoteInput(value)}`);
  if (day < 1 || day > daysInMonth(year, month)) throw badDateTime(`${y}-${mo} has no day ${d} (${quoteInput(value)})`);
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) throw badDateTime(`${h}:${mi}:${sec.padStart(2, '0')} is not a time of day (${quoteInput(value)})`);
  if (Number(oh) > 23 || Number(om) > 59) throw badDateTime(`the zone offset of ${quoteInput(value)} is not valid`);
  const date = new Date(value as string);
  if (Number.isNaN(date.getTime())) throw badDateTime(`expected ${example}, got ${quoteInput(value)}`);
  if (date < DATE_TIME_MIN || date >= DATE_TIME_MAX) {
    throw badDateTime(`${quoteInput(value)} is outside the supported range ${DATE_TIME_MIN.toISOString()} … ${DATE_TIME_MAX.toISOString()}`);
  }
  return date;
}

/** ISO-8601 date-time in UTC; resolvers see `Date` objects. Shared by every subgraph. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO-8601 date-time with a zone, e.g. 2026-01-05T14:30:00Z; calendar-valid and within 1900-01-01 … 2200-01-01 (UTC).',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string | number);
    if (Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badDateTime('expected a string such as "2026-01-05T14:30:00Z"');
    return parseDateTime(ast.value);
  },
});
