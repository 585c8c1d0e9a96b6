import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
  visit,
} from 'graphql';

/** The one root field of a subscription operation, with what is needed to rewrite it. */
export interface SubscriptionSelection {
  operation: OperationDefinitionNode;
  root: FieldNode;
  responseKey: string;
  fragments: FragmentDefinitionNode[];
}

export function findSubscriptionSelection(document: DocumentNode, operationName?: string | null): SubscriptionSelection {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation || operation.operation !== 'subscription') throw new Error('expected a subscription operation');
  const allFragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const root = flattenFields(operation.selectionSet, allFragments)[0];
  if (!root) throw new Error('a subscription selects exactly one root field');
  return { operation, root, responseKey: root.alias?.value ?? root.name.value, fragments: reachableFragments(root, allFragments) };
}

/** Fragments used (transitively) inside a field's selection: a lookup query must declare exactly these. */
function reachableFragments(root: FieldNode, all: readonly FragmentDefinitionNode[]): FragmentDefinitionNode[] {
  const used = new Set<string>();
  const pending: Array<FieldNode | FragmentDefinitionNode> = [root];
  while (pending.length) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = all.find((f) => f.name.value === name);
        if (!used.has(name) && fragment) {
          used.add(name);
          pending.push(fragment);
        }
      },
    });
  }
  return all.filter((f) => used.has(f.name.value));
}

/** Fields of a selection set, with inline fragments and fragment spreads expanded. */
export function flattenFields(selectionSet: SelectionSetNode, fragments: readonly FragmentDefinitionNode[]): FieldNode[] {
  const out: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) out.push(...flattenFields(selection.selectionSet, fragments));
    else {
      const fragment = fragments.find((f) => f.name.value === selection.name.value);
      if (fragment) out.push(...flattenFields(fragment.selectionSet, fragments));
    }
  }
  return out;
}

/**
 * True when every selected field is a plain field the event carries (no
 * arguments, no sub-selection, no directives), so the result can be built
 * from the event with no lookup.
 */
export function isCoveredByEvent(selection: SubscriptionSelection, eventFields: ReadonlySet<string>): boolean {
  if (!selection.root.selectionSet) return false;
  return flattenFields(selection.root.selectionSet, selection.fragments).every(
    (field) =>
      (field.name.value === '__typename' || eventFields.has(field.name.value)) &&
      !field.selectionSet &&
      !field.arguments?.length &&
      !field.directives?.length,
  );
}

/** Variables referenced inside the root field's selection (not its own arguments). */
export function usedVariableDefinitions(selection: SubscriptionSelection): VariableDefinitionNode[] {
  const names = new Set<string>();
  const collect = (node: SelectionSetNode | FragmentDefinitionNode) =>
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  if (selection.root.selectionSet) collect(selection.root.selectionSet);
  for (const fragment of selection.fragments) collect(fragment);
  return (selection.operation.variableDefinitions ?? []).filter((d) => names.has(d.variable.name.value));
}
