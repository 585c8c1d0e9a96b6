import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';

/**
 * What an operation may cost. One point per field; lists multiply what they
 * contain by their size (`first`, `last`, `limit`, or {@link UNBOUNDED_LIST}
 * for a list without one); compute arguments add their weight × value
 * (Monte Carlo paths, look-back and horizon days). Calibrated so that a chart
 * of 10,000 bars (~60,000) or a page of portfolios with risk reports (~15,000)
 * pass, and 30 Monte Carlo reports of a million paths (~450,000) or 50
 * instruments × 10,000 minute bars (~3,000,000) do not.
 */
export const MAX_OPERATION_COST = 200_000;

/** Assumed size of a list field without `first`/`last`/`limit`. */
export const UNBOUNDED_LIST = 20;

/** Arguments that size a list (the list's content costs this many times). */
const SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

/** Arguments that cost compute in proportion to their value, and the points per unit. */
export const COMPUTE_WEIGHTS: Readonly<Record<string, number>> = {
  paths: 0.01, // 1,000,000 Monte Carlo paths → 10,000
  lookbackDays: 1,
  horizonDays: 10,
  windowDays: 10,
};

/** Connection wrappers: their list is sized by the parent's `first`/`last`, not again. */
const CONNECTION_LISTS = new Set(['edges', 'nodes']);

/**
 * The cost of the operation `operationName` of `document` with `variables`,
 * argument defaults from the schema included (an omitted `paths` costs its
 * default). Unknown fields cost 1 (validation reports them).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;
  const vars = variables ?? {};

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, visiting: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visiting.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isCompositeType(type)) total += costOf(fragment.selectionSet, type, new Set([...visiting, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) total += costOf(selection.selectionSet, type, visiting);
        continue;
      }
      const name = selection.name.value;
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      if (!field) {
        total += name.startsWith('__') ? 0 : 1;
        continue;
      }
      let args: Record<string, unknown> = {};
      try {
        args = getArgumentValues(field, selection, vars);
      } catch {
        // invalid arguments: validation and the subgraph report them
      }
      let compute = 0;
      for (const [arg, weight] of Object.entries(COMPUTE_WEIGHTS)) {
        const value = args[arg];
        if (typeof value === 'number' && Number.isFinite(value) && value > 0) compute += weight * value;
      }
      const sized = SIZE_ARGUMENTS.map((arg) => args[arg]).find((v): v is number => typeof v === 'number' && Number.isFinite(v));
      const isList = isListType(getNullableType(field.type));
      const size = sized !== undefined ? Math.max(1, sized) : isList && !CONNECTION_LISTS.has(name) ? UNBOUNDED_LIST : 1;
      const named = getNamedType(field.type);
      const inner = selection.selectionSet && isCompositeType(named) ? costOf(selection.selectionSet, named, visiting) : 0;
      total += 1 + compute + size * inner;
    }
    return total;
  };
  return costOf(operation.selectionSet, root, new Set());
}

/** The refusal of an operation that costs too much, with the numbers to act on. */
export function tooCostly(cost: number): GraphQLError {
  return new GraphQLError(
    `This operation would cost ${Math.round(cost).toLocaleString('en-US')} points; the limit is ${MAX_OPERATION_COST.toLocaleString('en-US')}. ` +
      'Ask for fewer items (first/limit), fewer Monte Carlo paths or shorter windows, or split it into several requests.',
    { extensions: { code: 'QUERY_TOO_COMPLEX', cost: Math.round(cost), limit: MAX_OPERATION_COST, http: { status: 400 } } },
  );
}
