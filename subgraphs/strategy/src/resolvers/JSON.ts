import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

/** Any JSON value (parameters, explanations, metrics by name); literals are read as plain values. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value (object, array, number, string, boolean or null).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => (ast.kind === Kind.NULL ? null : valueFromASTUntyped(ast, variables)),
});
