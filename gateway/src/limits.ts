import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Query limits, applied to HTTP operations (Apollo plugins + validation
 * rules) and to WebSocket subscriptions (the same validation rules in
 * graphql-ws `validate`). Generous for real dashboards, hostile to abuse.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5_000,
  maxCost: 20_000,
} as const;

/** `suggestions`: "did you mean …" hints in validation errors (development only: they reveal the schema). */
export function createLimits({ suggestions = true }: { suggestions?: boolean } = {}) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: !suggestions },
  });
  return armor.protect();
}
