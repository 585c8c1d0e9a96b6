import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from './errors.ts';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(`DateTime: expected an ISO-8601 date-time with a time zone such as 2026-01-05T14:30:00Z, got ${JSON.stringify(value)}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return new Date(value);
}

/** ISO-8601 date-time in UTC; resolvers see `Date` objects. Shared by every subgraph. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO-8601 date-time in UTC, e.g. 2026-01-05T14:30:00Z.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string | number);
    if (Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime: expected a string such as "2026-01-05T14:30:00Z"', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    }
    return parseDateTime(ast.value);
  },
});
