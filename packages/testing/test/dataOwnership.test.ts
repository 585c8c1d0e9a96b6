import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeSchemaViolations, findEngineSchemas, findForeignSchemaReferences } from '../src/dataOwnership.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const schemas = findEngineSchemas(path.join(root, 'prisma/migrations'));

/**
 * Data ownership (DESIGN "Data"): each engine owns a PostgreSQL schema, and its SQL names only
 * that schema; another engine's data comes through the owner's `@nautilus/<owner>/reads` or the
 * graph. The ESLint fence keeps imports honest; this keeps the SQL strings honest.
 */
describe('data ownership', () => {
  it('finds the engines\' schemas in the migrations', () => {
    expect(schemas).toEqual(['collateral', 'marketdata', 'portfolio', 'risk', 'strategy']);
  });

  it('no engine names another engine\'s schema in its SQL', () => {
    const violations = findForeignSchemaReferences({ root, schemas });
    expect(violations, describeSchemaViolations(violations)).toEqual([]);
  });

  it('fails on a planted violation, naming the file and line', () => {
    const fixture = mkdtempSync(path.join(os.tmpdir(), 'nautilus-ownership-'));
    try {
      mkdirSync(path.join(fixture, 'subgraphs/collateral/src/service'), { recursive: true });
      mkdirSync(path.join(fixture, 'subgraphs/portfolio/src'), { recursive: true });
      writeFileSync(
        path.join(fixture, 'subgraphs/collateral/src/service/sneaky.ts'),
        [
          '// portfolio.trade in a comment is not SQL',
          'const portfolio = { trade: 1 };',
          'export const own = `SELECT * FROM collateral.margin_account`;',
          'export const q = `SELECT t.id',
          '  FROM portfolio.trade t JOIN ${"x"} ON true`;',
          "export const s = 'SELECT 1 FROM \"marketdata\".bar';",
          'export const n = portfolio.trade;',
          "export const topic = 'marketdata.quote'; // a bus topic, not SQL",
        ].join('\n'),
      );
      writeFileSync(path.join(fixture, 'subgraphs/portfolio/src/reads.ts'), 'export const q = `SELECT * FROM portfolio.trade`;\n');
      const violations = findForeignSchemaReferences({ root: fixture, schemas });
      expect(violations).toEqual([
        { file: 'subgraphs/collateral/src/service/sneaky.ts', line: 5, engine: 'collateral', reference: 'portfolio.trade' },
        { file: 'subgraphs/collateral/src/service/sneaky.ts', line: 6, engine: 'collateral', reference: 'marketdata.bar' },
      ]);
      expect(describeSchemaViolations(violations)).toContain('subgraphs/collateral/src/service/sneaky.ts:5: collateral names portfolio.trade');
    } finally {
      rmSync(fixture, { recursive: true, force: true });
    }
  });
});
