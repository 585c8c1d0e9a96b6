/**
 * Writes one GraphQL operation per root field of the composed graph into
 * `src/operations/generated/`, so the SDK has a typed method for every query, mutation and
 * subscription, and grows with each engine:
 *
 *   gateway/supergraph.graphql ─(this script)→ src/operations/generated/{query,mutation,subscription}/<field>.graphql
 *                                             + src/operations/generated/operations.ts (field → document)
 *                              ─(npm run codegen)→ src/__generated__/graphql.ts (typed documents)
 *
 * Each operation takes every argument of its field as a variable (an argument with a default
 * becomes an optional variable, so the default applies when it is omitted) and selects a default
 * field set: the scalars and enums of the returned type, and of its object fields one level down;
 * connections (`…Connection` / `…Edge`) are walked through to their nodes and `pageInfo`. Fields
 * below the root that take arguments are left out (they are the expensive ones: risk reports,
 * performance, backtests); write a richer operation by hand in `src/operations/*.graphql` and run
 * it with `client.request`.
 *
 * Operation names: queries and mutations are the field name in PascalCase (`instruments` →
 * `Instruments`, types `InstrumentsQuery` / `InstrumentsQueryVariables`), subscriptions are
 * prefixed with `On` (`quotes` → `OnQuotes`, `OnQuotesSubscription`), since a subscription often
 * shares its name with the query behind it (`marginUtilization`).
 *
 * Run by `npm run codegen` (root) before codegen, or alone: `npm run generate -w @nautilus/sdk`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  print,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

const here = path.dirname(fileURLToPath(import.meta.url));
const SDK = path.resolve(here, '..');
const DEFAULT_SUPERGRAPH = path.resolve(SDK, '../../gateway/supergraph.graphql');
const OUT = path.join(SDK, 'src/operations/generated');

/** Object levels selected below the root field's own type (connections and edges do not count). */
const NESTED_LEVELS = 1;

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface GeneratedOperation {
  kind: OperationKind;
  field: string;
  /** The operation's name, e.g. `Instruments`, `OnQuotes`. */
  name: string;
  /** The operation document, printed by graphql-js. */
  source: string;
  description: string | undefined;
}

/**
 * The API schema of a supergraph: the supergraph's SDL as graphql-js reads it. The federation
 * types (`join__*`, `link__*`) are never reachable from the root types, so walking from those
 * sees only the API; fields and types marked `@inaccessible` are skipped by {@link isHidden}.
 */
export function buildApiSchema(supergraphSdl: string): GraphQLSchema {
  return buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });
}

function isHidden(node: { astNode?: { directives?: ReadonlyArray<{ name: { value: string } }> } | null | undefined }): boolean {
  return node.astNode?.directives?.some((d) => d.name.value === 'inaccessible' || d.name.value.endsWith('__inaccessible')) ?? false;
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const isWrapper = (type: GraphQLNamedType) => /(Connection|Edge)$/.test(type.name);

/** The selection set of `type` at `level` (0 = the root field's type), or undefined when empty. */
function selectionOf(type: GraphQLNamedType, level: number, seen: ReadonlySet<string>): string | undefined {
  if (isUnionType(type)) {
    const members = type
      .getTypes()
      .filter((member) => !isHidden(member))
      .map((member) => {
        const inner = selectionOf(member, level, seen);
        return inner === undefined ? undefined : `... on ${member.name} ${inner}`;
      })
      .filter((s) => s !== undefined);
    return `{ __typename ${members.join(' ')} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
  const parts: string[] = isInterfaceType(type) ? ['__typename'] : [];
  for (const field of Object.values(type.getFields())) {
    if (isHidden(field) || field.args.length > 0) continue;
    const named = getNamedType(field.type);
    if (isHidden(named)) continue;
    if (isScalarType(named) || isEnumType(named)) {
      parts.push(field.name);
      continue;
    }
    if (seen.has(named.name)) continue; // no cycles (Portfolio → owner → portfolios → …)
    const nextLevel = isWrapper(type) || isWrapper(named) || named.name === 'PageInfo' ? level : level + 1;
    if (nextLevel > NESTED_LEVELS) continue;
    const inner = selectionOf(named, nextLevel, new Set([...seen, named.name]));
    if (inner !== undefined) parts.push(`${field.name} ${inner}`);
  }
  return parts.length === 0 ? undefined : `{ ${parts.join(' ')} }`;
}

function operationFor(kind: OperationKind, field: GraphQLField<unknown, unknown>): GeneratedOperation {
  const name = kind === 'subscription' ? `On${pascal(field.name)}` : pascal(field.name);
  const args = field.args.filter((arg) => !isHidden(arg));
  // An argument with a default becomes a nullable variable: omitted, the schema's default applies.
  const variables = args.map((arg) => {
    const type = arg.defaultValue !== undefined && isNonNullType(arg.type) ? arg.type.ofType : arg.type;
    return `$${arg.name}: ${String(type)}`;
  });
  const call = args.length === 0 ? field.name : `${field.name}(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})`;
  const named = getNamedType(field.type);
  const selection = selectionOf(named, 0, new Set([named.name])) ?? (isObjectType(named) ? '{ __typename }' : '');
  const header = variables.length === 0 ? name : `${name}(${variables.join(', ')})`;
  const source = print(parse(`${kind} ${header} { ${call} ${selection} }`));
  return { kind, field: field.name, name, source, description: field.description ?? undefined };
}

/** One operation per visible field of Query, Mutation and Subscription, in schema order. */
export function generateOperations(schema: GraphQLSchema): GeneratedOperation[] {
  const roots: Array<[OperationKind, GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  const operations = roots.flatMap(([kind, root]) =>
    root === null || root === undefined
      ? []
      : Object.values(root.getFields())
          .filter((field) => !isHidden(field) && !field.name.startsWith('_'))
          .map((field) => operationFor(kind, field)),
  );
  const byName = new Map<string, GeneratedOperation>();
  for (const operation of operations) {
    const clash = byName.get(operation.name);
    if (clash !== undefined) {
      throw new Error(`${clash.kind} ${clash.field} and ${operation.kind} ${operation.field} would both be operation ${operation.name}; rename one field`);
    }
    byName.set(operation.name, operation);
  }
  return operations;
}

const BANNER = 'Generated by packages/sdk/scripts/generateOperations.ts from gateway/supergraph.graphql; do not edit.';

const documentSuffix = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** `operations.ts`: for each kind, field name → the typed document codegen makes of its operation. */
export function renderIndex(operations: readonly GeneratedOperation[]): string {
  const block = (kind: OperationKind, exportName: string) => {
    const entries = operations
      .filter((o) => o.kind === kind)
      .map((o) => {
        const doc = o.description === undefined ? '' : `  /** ${o.description.replace(/\*\//g, '*\\/').split('\n').join('\n   * ')} */\n`;
        return `${doc}  ${o.field}: documents.${o.name}Document,`;
      });
    return `/** Every ${kind} field of the graph → its generated, typed document (\`${documentSuffix[kind]}\` type). */\nexport const ${exportName} = {\n${entries.join('\n')}\n} as const;\n`;
  };
  return [
    `// ${BANNER}`,
    `import * as documents from '../../__generated__/graphql.ts';`,
    '',
    block('query', 'queries'),
    block('mutation', 'mutations'),
    block('subscription', 'subscriptions'),
  ].join('\n');
}

export async function writeOperations(supergraphPath = DEFAULT_SUPERGRAPH, outDir = OUT): Promise<GeneratedOperation[]> {
  const operations = generateOperations(buildApiSchema(await readFile(supergraphPath, 'utf8')));
  // Start from an empty folder so a removed field leaves no stale operation behind.
  await rm(outDir, { recursive: true, force: true });
  for (const kind of ['query', 'mutation', 'subscription'] as const) await mkdir(path.join(outDir, kind), { recursive: true });
  for (const operation of operations) {
    await writeFile(path.join(outDir, operation.kind, `${operation.field}.graphql`), `# ${BANNER}\n${operation.source}\n`);
  }
  await writeFile(path.join(outDir, 'operations.ts'), renderIndex(operations));
  return operations;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const operations = await writeOperations(process.argv[2] ?? DEFAULT_SUPERGRAPH);
  const count = (kind: OperationKind) => operations.filter((o) => o.kind === kind).length;
  console.log(`sdk: ${count('query')} queries, ${count('mutation')} mutations, ${count('subscription')} subscriptions → ${path.relative(process.cwd(), OUT)}`);
}
