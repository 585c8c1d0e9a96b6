import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** An engine's code naming another engine's PostgreSQL schema. */
export interface SchemaViolation {
  /** Path relative to the root, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  engine: string;
  /** The foreign object as written, e.g. `portfolio.trade`. */
  reference: string;
}

/** The engines' schemas: every `CREATE SCHEMA name` in the migrations (each engine owns the schema named after it). */
export function findEngineSchemas(migrationsDir: string): string[] {
  const schemas = new Set<string>();
  for (const entry of readdirSync(migrationsDir, { withFileTypes: true })) {
    const file = path.join(migrationsDir, entry.name, 'migration.sql');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/\bCREATE\s+SCHEMA\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?/gi)) schemas.add(match[1]!.toLowerCase());
  }
  return [...schemas].sort();
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== '__generated__') yield* sourceFiles(full);
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield full;
  }
}

/** The text of every string literal and template chunk of a TypeScript file, where SQL lives, with its start offset. */
function* stringsOf(source: ts.SourceFile): Generator<{ text: string; start: number }> {
  const visit = function* (node: ts.Node): Generator<{ text: string; start: number }> {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) yield { text: node.getText(source), start: node.getStart(source) };
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) yield { text: node.getText(source), start: node.getStart(source) };
    for (const child of node.getChildren(source)) yield* visit(child);
  };
  yield* visit(source);
}

/**
 * Every place where an engine's code (`subgraphs/<engine>/src/**`) names, in a string (SQL), an
 * object of another engine's schema (`portfolio.trade` in collateral, `marketdata.bar` in risk).
 * Strings that are a single dotted name (bus topics such as `marketdata.quote`) are not SQL and
 * are skipped. An engine reads another's data through the owner's published reads
 * (`@nautilus/<owner>/reads`, which lives in the owner's folder) or through the graph.
 */
export function findForeignSchemaReferences({ root, schemas }: { root: string; schemas: readonly string[] }): SchemaViolation[] {
  const violations: SchemaViolation[] = [];
  const subgraphs = path.join(root, 'subgraphs');
  for (const entry of readdirSync(subgraphs, { withFileTypes: true })) {
    const src = path.join(subgraphs, entry.name, 'src');
    if (!entry.isDirectory() || !existsSync(src)) continue;
    const engine = entry.name;
    const foreign = schemas.filter((s) => s !== engine);
    if (foreign.length === 0) continue;
    const pattern = new RegExp(`(?<![\\w$."])"?(${foreign.join('|')})"?\\s*\\.\\s*"?([a-z_][a-z0-9_]*)`, 'g');
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      for (const literal of stringsOf(source)) {
        // A string that is one dotted name and nothing else is a name (a bus topic such as
        // 'marketdata.quote', a metric, a logger), not a statement.
        if (/^['"`}][\w.]*['"`${]$/.test(literal.text)) continue;
        for (const match of literal.text.matchAll(pattern)) {
          const { line } = source.getLineAndCharacterOfPosition(literal.start + match.index!);
          violations.push({ file: path.relative(root, file).split(path.sep).join('/'), line: line + 1, engine, reference: `${match[1]}.${match[2]}` });
        }
      }
    }
  }
  return violations;
}

/** One line per violation: `file:line: <engine> names <reference> …`. */
export function describeSchemaViolations(violations: readonly SchemaViolation[]): string {
  return violations
    .map((v) => `${v.file}:${v.line}: ${v.engine} names ${v.reference}; read ${v.reference.split('.')[0]}'s data through @nautilus/${v.reference.split('.')[0]}/reads or the graph`)
    .join('\n');
}
